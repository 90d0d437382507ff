import type { ActionContext } from './context';
import type { IdentityProviderRecord, UserPoolRecord } from '../model';

/** The pool's SAML service-provider entity ID: the Audience a SAML IdP must put in its assertions for the pool. */
export function spEntityId(pool: UserPoolRecord): string {
  return `urn:amazon:cognito:sp:${pool.Id}`;
}

/** Where a SAML IdP posts its SAMLResponse: the domain's assertion consumer service. */
export function assertionConsumerUrl(domainOrigin: string): string {
  return `${domainOrigin}/saml2/idpresponse`;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Raw DEFLATE (RFC 1951), as the HTTP-Redirect binding wants it, through the platform's CompressionStream. */
async function deflateRaw(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface SamlRedirect {
  /** The IdP's single sign-on URL with `SAMLRequest` (deflated, base64) and `RelayState`. */
  url: string;
  /** The AuthnRequest's ID: the assertion's InResponseTo must name it. */
  requestId: string;
  /** The AuthnRequest as sent, before deflating (for inspectors). */
  xml: string;
}

/**
 * The SP-initiated sign-in Cognito starts for a SAML provider: an AuthnRequest from the pool's entity ID, asking for the
 * answer at the domain's `/saml2/idpresponse` with the HTTP-POST binding, sent with the HTTP-Redirect binding to the IdP's
 * SingleSignOnService, with the RelayState Cognito keeps. Undefined when the IdP's metadata has no redirect sign-on service.
 * SIMPLIFIED: the request is not signed, whatever RequestSigningAlgorithm says; [U] the NameIDPolicy Cognito asks for.
 */
export async function samlAuthnRequest(
  ctx: ActionContext,
  pool: UserPoolRecord,
  provider: IdentityProviderRecord,
  options: { domainOrigin: string; relayState: string },
): Promise<SamlRedirect | undefined> {
  const destination = provider.saml?.ssoRedirectUrl;
  if (!destination) return undefined;
  const requestId = `_${ctx.random.uuid()}`;
  const issueInstant = new Date(ctx.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xml =
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${requestId}" Version="2.0" IssueInstant="${issueInstant}" Destination="${escapeXml(destination)}"` +
    ` AssertionConsumerServiceURL="${escapeXml(assertionConsumerUrl(options.domainOrigin))}"` +
    ` ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">` +
    `<saml:Issuer>${escapeXml(spEntityId(pool))}</saml:Issuer>` +
    `<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" AllowCreate="true"/>` +
    `</samlp:AuthnRequest>`;
  const url = new URL(destination);
  url.searchParams.set('SAMLRequest', base64(await deflateRaw(xml)));
  url.searchParams.set('RelayState', options.relayState);
  return { url: url.href, requestId, xml };
}
