/** The AuthnRequest a service provider sends to the simulated IdP's sign-on service, as the IdP reads it. */
import { attribute, bytesOfBase64, decodeBase64, firstChild, parseXml, SAML_ASSERTION, SAML_PROTOCOL, textOf } from '../../saml/dom';

export interface AuthnRequestInfo {
  id: string;
  /** The SP's entity ID: the audience of the assertion. */
  issuer: string;
  /** Where to post the answer. */
  acsUrl: string;
  /** The request as received (for the sign-in form to carry on, in the HTTP-POST binding's encoding). */
  xml: string;
}

/** Raw INFLATE (RFC 1951) of the HTTP-Redirect binding's SAMLRequest, through the platform's DecompressionStream. */
async function inflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return await new Response(stream).text();
  } catch {
    return undefined;
  }
}

/**
 * Reads a SAMLRequest: deflated then base64 (HTTP-Redirect) or base64 only (HTTP-POST). An answer in words when it is
 * not an AuthnRequest with an ID, an Issuer and an AssertionConsumerServiceURL.
 * SIMPLIFIED: the IdP knows no SP metadata, so a request that names only an AssertionConsumerServiceIndex is refused.
 */
export async function readAuthnRequest(samlRequest: string, binding: 'redirect' | 'post'): Promise<AuthnRequestInfo | { error: string }> {
  let xml: string | undefined;
  try {
    xml = binding === 'redirect' ? await inflateRaw(bytesOfBase64(samlRequest)) : decodeBase64(samlRequest);
  } catch {
    xml = undefined;
  }
  const root = xml ? parseXml(xml)?.documentElement : undefined;
  if (!xml || !root) return { error: 'The SAMLRequest cannot be decoded.' };
  if (root.namespaceURI !== SAML_PROTOCOL || root.localName !== 'AuthnRequest') return { error: 'The SAMLRequest is not an AuthnRequest.' };
  const id = attribute(root, 'ID');
  const issuer = textOf(firstChild(root, SAML_ASSERTION, 'Issuer'));
  const acsUrl = attribute(root, 'AssertionConsumerServiceURL');
  if (!id) return { error: 'The AuthnRequest has no ID.' };
  if (!issuer) return { error: 'The AuthnRequest has no Issuer.' };
  if (!acsUrl) return { error: 'The AuthnRequest names no AssertionConsumerServiceURL.' };
  return { id, issuer, acsUrl, xml };
}

/** A user pool domain's assertion consumer (on `npm run cloud` also `{domain}.auth.{region}.localhost:{port}`). */
const COGNITO_ACS =
  /^https?:\/\/[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.auth\.[a-z]{2}(?:-[a-z]+)+-\d+\.(?:amazoncognito\.com|localhost(?::\d+)?)\/saml2\/idpresponse$/;

/**
 * Whether the IdP posts to this URL. SIMPLIFIED: no SP registry: any user pool domain's `/saml2/idpresponse` is accepted
 * (https, or http on `.localhost`), as a real IdP accepts the ACS URLs an administrator registered for the SP.
 */
export function isKnownAssertionConsumer(url: string): boolean {
  return COGNITO_ACS.test(url) && (url.startsWith('https://') || /\.localhost(?::\d+)?\//.test(url));
}
