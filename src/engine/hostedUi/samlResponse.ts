/**
 * `/saml2/idpresponse`: the assertion consumer service where a SAML IdP posts its answer (HTTP-POST binding). Cognito
 * takes the sign-in the RelayState names, verifies the SAMLResponse against the provider's metadata (signing
 * certificates, entityID) as the pool's service provider (`urn:amazon:cognito:sp:<poolId>`), and signs the NameID's user
 * in with the assertion's attributes as claims, then answers the app's request as any hosted UI sign-in does.
 */
import { bodyText, type WireResponse } from '../protocol/wire';
import { assertionConsumerUrl, spEntityId } from '../userPool/lib/samlServiceProvider';
import type { SamlFailure } from '../saml/verify';
import type { Visit } from './endpoints';
import { htmlPage } from './lib/html';
import { domainOrigin, finishFederatedSignIn, takePendingFederation } from './lib/federation';
import { errorToApp } from './lib/redirect';

/**
 * What Cognito says after "Invalid SAML response received: " when it refuses an assertion. [O] for the signature (AWS's
 * answer `error=server_error&error_description=Invalid SAML response received: SAML Assertion signature is invalid. `,
 * quoted in aws/aws-sdk-js-v3#6201); [U] the others' words, which AWS does not document.
 */
const FAILURE_TEXT: Record<SamlFailure, string> = {
  malformed: 'The SAML response could not be parsed.',
  unsigned: 'SAML Assertion signature is missing.',
  badSignature: 'SAML Assertion signature is invalid.',
  untrustedCertificate: 'SAML Assertion signature is invalid.',
  status: 'The SAML response status is not Success.',
  issuer: 'The SAML Assertion issuer does not match the identity provider.',
  audience: 'The SAML Assertion audience does not match the user pool.',
  recipient: 'The SAML Assertion recipient does not match the assertion consumer URL.',
  inResponseTo: 'The SAML response does not answer the request Cognito sent.',
  notYetValid: 'The SAML Assertion is not yet valid.',
  expired: 'The SAML Assertion has expired.',
};

/** The ACS: a POST form with `SAMLResponse` and `RelayState`. [U] AWS's answer to another method or a form without them. */
export async function samlResponse(visit: Visit): Promise<WireResponse> {
  if (visit.request.method !== 'POST') return htmlPage(405, 'Method not allowed', 'The SAML assertion consumer takes a POST.', '', { allow: 'POST' });
  const form = new URLSearchParams(bodyText(visit.request.body));
  const samlResponseValue = form.get('SAMLResponse');
  // SIMPLIFIED: IdP-initiated sign-in (no RelayState; AWS's IdPInit flag) is not simulated: it ends as an unknown RelayState.
  const taken = takePendingFederation(visit, form.get('RelayState'));
  if (!taken.ok) return taken.response;
  const { pending, params, provider } = taken;
  const metadata = provider.saml;
  // [U] The words for a RelayState of another kind of sign-in or a form without SAMLResponse (AWS documents none).
  if (provider.ProviderType !== 'SAML' || !metadata || !samlResponseValue) {
    return errorToApp(params.redirectUri, 'invalid_request', params.state, 'Invalid samlResponse or relayState from identity provider');
  }
  const { verifySamlResponse } = await import('../saml/verify');
  const verdict = await verifySamlResponse(samlResponseValue, {
    certificates: metadata.signingCertificates,
    audience: spEntityId(visit.pool),
    recipient: assertionConsumerUrl(domainOrigin(visit)),
    ...(pending.samlRequestId !== undefined ? { inResponseTo: pending.samlRequestId } : {}),
    issuer: metadata.entityId,
    now: visit.ctx.now,
  });
  if (!verdict.ok) return errorToApp(params.redirectUri, 'server_error', params.state, `Invalid SAML response received: ${FAILURE_TEXT[verdict.failure]} `);
  const { assertion } = verdict;
  // Claims: each attribute by its Name (one value as a string, several as a list, joined with commas when mapped), the NameID as `sub`.
  const claims: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(assertion.attributes)) claims[name] = values.length === 1 ? values[0] : values;
  claims.sub = assertion.nameId;
  return finishFederatedSignIn(visit, params, provider, claims);
}
