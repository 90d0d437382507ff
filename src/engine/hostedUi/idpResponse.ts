/**
 * `GET /oauth2/idpresponse`: where Google, Facebook, Login with Amazon, Apple and OIDC providers send the browser back
 * with an authorization code (the URL registered with the provider as its redirect URI). Cognito finds the sign-in the
 * `state` belongs to, exchanges the code at the provider's token endpoint, verifies the provider's ID token, reads the
 * user's attributes with the access token, and signs the user in: the app's callback gets its code or tokens. An error
 * from the provider, or one Cognito finds, goes to the app's callback as `error` and `error_description` (the developer
 * guide's "Managed login and federation error responses").
 */
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import { domainOrigin, finishFederatedSignIn, takePendingFederation } from './lib/federation';
import { htmlPage } from './lib/html';
import { exchangeCode, providerKeySet, readAttributes, verifyIdToken } from './lib/providerTokens';
import { errorToApp } from './lib/redirect';

export async function idpResponse(visit: Visit): Promise<WireResponse> {
  const { request, ctx } = visit;
  // [U] What the endpoint answers other methods (providers send the browser back with GET: response_mode=query).
  if (request.method !== 'GET') return htmlPage(405, 'Method not allowed', '/oauth2/idpresponse only answers GET.', '', { allow: 'GET' });
  const query = request.url.searchParams;
  const taken = takePendingFederation(visit, query.get('state'));
  if (!taken.ok) return taken.response;
  const { pending, params, provider } = taken;
  const back = (error: string, description: string) => errorToApp(params.redirectUri, error, params.state, description);
  // [U] A SAML provider's answer belongs at /saml2/idpresponse.
  if (provider.ProviderType === 'SAML' || !provider.endpoints) return back('invalid_request', 'Login option is not available. Please try another one');
  const endpoints = provider.endpoints;

  const providerError = query.get('error');
  if (providerError) {
    // [U] An error at the provider's authorize endpoint (the user cancelled): relayed as the provider worded it.
    const said = query.get('error_description');
    return back(providerError, `${provider.ProviderName} Error - ${providerError}${said ? ` ${said}` : ''}`);
  }
  const code = query.get('code');
  // [U] A redirect with neither a code nor an error.
  if (!code) return back('invalid_request', `${provider.ProviderName} Error - no authorization code`);

  // An OpenID provider's keys are read while its token endpoint answers; the attributes are asked for while the ID token
  // is checked. [U] AWS's order between these requests is not documented. A refused ID token wins over the attributes.
  const keySet = endpoints.issuer !== undefined ? providerKeySet(ctx, endpoints) : undefined;
  const tokens = await exchangeCode(ctx, provider, endpoints, code, `${domainOrigin(visit)}/oauth2/idpresponse`);
  // An OpenID provider asked with a nonce must answer an ID token carrying it. [U] Cognito's words.
  const refusal = !tokens.ok
    ? back(tokens.error, tokens.description)
    : tokens.idToken === undefined && pending.nonce !== undefined
      ? back('invalid_request', `${provider.ProviderName} Error - the token response has no id_token`)
      : undefined;
  if (refusal || !tokens.ok) {
    // The keys' request ends within this visit, logged under it.
    await keySet;
    return refusal!;
  }
  const [verified, attributes] = await Promise.all([
    tokens.idToken !== undefined ? verifyIdToken(ctx, provider, endpoints, keySet, tokens.idToken, pending.nonce) : undefined,
    readAttributes(ctx, provider, endpoints, tokens.accessToken),
  ]);
  if (verified && !verified.ok) return back(verified.error, verified.description);
  if (!attributes.ok) return back(attributes.error, attributes.description);
  const idClaims: Record<string, unknown> = verified?.claims ?? {};
  // OIDC Core §5.3.2: userinfo's `sub` must be the ID token's, or its claims are not about the same person.
  if (idClaims['sub'] !== undefined && attributes.claims['sub'] !== undefined && attributes.claims['sub'] !== idClaims['sub']) {
    return back('invalid_request', `${provider.ProviderName} Error - the attributes are for another subject than the id_token`);
  }
  // [U] Which wins when both name a claim: the attributes endpoint's fresher values, the ID token's subject.
  const claims = { ...idClaims, ...attributes.claims, ...(idClaims['sub'] !== undefined ? { sub: idClaims['sub'] } : {}) };
  return finishFederatedSignIn(visit, params, provider, claims);
}
