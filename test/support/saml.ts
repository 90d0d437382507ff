/**
 * SAML test helpers: a signed SAMLResponse as the simulated IdP makes it (for any audience, user and clock), ways to
 * tamper with one, and xml-crypto (an XML-DSig library independent of the engine's xmldsigjs) as a second verifier.
 */
import { deflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml as XmlCryptoSignedXml } from 'xml-crypto';
import { SAML_SSO_URL, SAML_USERS, type Cloud } from '../../src/engine';
import { pemBody, SAML_IDP_CERTIFICATE_PEM } from '../../src/engine/idp/saml/credentials';
import { NAMEID_EMAIL, samlResponseXml, signedSamlResponse, type SamlResponseInput } from '../../src/engine/idp/saml/response';
import { signSamlElement } from '../../src/engine/idp/saml/sign';
import { decodeBase64, encodeBase64 } from '../../src/engine/saml/dom';
import { UNTRUSTED_CERTIFICATE_PEM, UNTRUSTED_PRIVATE_KEY } from '../fixtures/samlUntrustedSigner';
import { formOf, TestBrowser } from './browser';

export const TEST_POOL_ID = 'eu-west-1_SAMLtest1';
export const TEST_AUDIENCE = `urn:amazon:cognito:sp:${TEST_POOL_ID}`;
export const TEST_ACS = 'https://example-app.auth.eu-west-1.amazoncognito.com/saml2/idpresponse';
export const TEST_ISSUER = 'https://saml.idp.example.com/metadata';
export const TEST_REQUEST_ID = '_3f0c1e9a-request';
/** 2026-01-15T10:00:00Z. */
export const TEST_NOW = Date.UTC(2026, 0, 15, 10);

export const UNTRUSTED_CERTIFICATE = pemBody(UNTRUSTED_CERTIFICATE_PEM);

export function responseInput(overrides: Partial<SamlResponseInput> = {}): SamlResponseInput {
  return {
    issuer: TEST_ISSUER,
    recipient: TEST_ACS,
    audience: TEST_AUDIENCE,
    inResponseTo: TEST_REQUEST_ID,
    nameId: 'maria.garcia@example.com',
    nameIdFormat: NAMEID_EMAIL,
    attributes: { email: ['maria.garcia@example.com'], given_name: ['Maria'], groups: ['admins', 'staff'] },
    now: TEST_NOW,
    ids: { response: '_response-1', assertion: '_assertion-1', session: '_session-1' },
    ...overrides,
  };
}

/** A SAMLResponse signed with the simulated IdP's fixture key. */
export function signedResponse(overrides: Partial<SamlResponseInput> = {}): Promise<string> {
  return signedSamlResponse(responseInput(overrides));
}

/** An IdP-initiated response: it answers no AuthnRequest. */
export function idpInitiatedResponse(overrides: Partial<SamlResponseInput> = {}): Promise<string> {
  const { inResponseTo: _, ...input } = responseInput(overrides);
  return signedSamlResponse(input);
}

/** Signed by a key and certificate no metadata lists. */
export async function responseSignedByStranger(overrides: Partial<SamlResponseInput> = {}): Promise<string> {
  const der = Uint8Array.from(atob(pemBody(UNTRUSTED_PRIVATE_KEY)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  return signedSamlResponse(responseInput({ ...overrides, signer: { key, certificate: UNTRUSTED_CERTIFICATE } }));
}

/** A response whose unsigned XML was edited before the Assertion was signed (e.g. a Response-level Status). */
export async function signedAfterEdit(edit: (xml: string) => string, overrides: Partial<SamlResponseInput> = {}): Promise<string> {
  const input = responseInput(overrides);
  return encodeBase64(await signSamlElement(edit(samlResponseXml(input)), input.ids.assertion));
}

export function unsignedResponse(overrides: Partial<SamlResponseInput> = {}): string {
  return encodeBase64(samlResponseXml(responseInput(overrides)));
}

export function decoded(base64: string): string {
  const xml = decodeBase64(base64);
  if (xml === undefined) throw new Error('not base64');
  return xml;
}

/** The signed response, edited after signing (what an attacker between the IdP and the SP can do). */
export function tampered(base64: string, edit: (xml: string) => string): string {
  const xml = decoded(base64);
  const changed = edit(xml);
  if (changed === xml) throw new Error('the edit changed nothing');
  return encodeBase64(changed);
}

/**
 * Signature wrapping: the signed Assertion is moved, signature and all, into an Extensions element of the Response, and
 * a forged copy (another NameID, no signature, another ID) takes its place, where an SP reads the assertion.
 */
export function wrapped(base64: string, forgedNameId: string): string {
  const xml = decoded(base64);
  const start = xml.indexOf('<saml:Assertion ');
  const end = xml.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length;
  const original = xml.slice(start, end);
  const forged = original
    .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '')
    .replace(/ID="[^"]+"/, 'ID="_forged-1"')
    .replace(/(<saml:NameID[^>]*>)[^<]*/, `$1${forgedNameId}`);
  const issuerEnd = xml.indexOf('</saml:Issuer>') + '</saml:Issuer>'.length;
  const withWrapper = `${xml.slice(0, issuerEnd)}<samlp:Extensions>${original}</samlp:Extensions>${xml.slice(issuerEnd, start)}${forged}${xml.slice(end)}`;
  return encodeBase64(withWrapper);
}

/**
 * What xml-crypto, used as an SP should use it, makes of a response: every signature verifies with the IdP's certificate,
 * and one of them references the Assertion the SP reads (the Response's own Assertion child), else it is refused.
 */
export function xmlCryptoAccepts(base64: string, certificatePem = SAML_IDP_CERTIFICATE_PEM): boolean {
  const xml = decoded(base64);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const response = doc.documentElement;
  if (!response) return false;
  const assertion = Array.from(response.childNodes).find((n) => n.nodeType === 1 && (n as unknown as Element).localName === 'Assertion') as unknown as
    Element | undefined;
  const signatures = doc.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature');
  if (!assertion || signatures.length === 0) return false;
  for (let i = 0; i < signatures.length; i++) {
    const verifier = new XmlCryptoSignedXml({ publicCert: certificatePem, getCertFromKeyInfo: () => null });
    verifier.loadSignature(signatures.item(i) as unknown as Node);
    try {
      if (!verifier.checkSignature(xml)) return false;
    } catch {
      return false;
    }
    const references = verifier.getReferences().map((r) => r.uri);
    if (references.includes(`#${assertion.getAttribute('ID')}`) || references.includes(`#${response.getAttribute('ID')}`)) return true;
  }
  return false;
}

/** An SP's AuthnRequest to the simulated IdP, as the HTTP-Redirect binding sends it (deflated, base64, in the query). */
export function authnRequestXml(options: { id?: string; issuer?: string; acs?: string } = {}): string {
  return (
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${options.id ?? TEST_REQUEST_ID}" Version="2.0" IssueInstant="2026-01-15T10:00:00Z"` +
    ` AssertionConsumerServiceURL="${options.acs ?? TEST_ACS}" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">` +
    `<saml:Issuer>${options.issuer ?? TEST_AUDIENCE}</saml:Issuer></samlp:AuthnRequest>`
  );
}

export function redirectBindingUrl(ssoUrl: string, xml: string, relayState?: string): string {
  const url = new URL(ssoUrl);
  url.searchParams.set('SAMLRequest', deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'));
  if (relayState !== undefined) url.searchParams.set('RelayState', relayState);
  return url.href;
}

/**
 * A SAMLResponse as a browser gets it from the simulated IdP's site (through cloud.fetch): its sign-on service given an
 * AuthnRequest (HTTP-Redirect binding), signed in as a test user; the POST page's hidden fields, not posted.
 */
export async function responseFromIdp(
  cloud: Cloud,
  options: { username?: string; audience?: string; acs?: string; requestId?: string; relayState?: string } = {},
): Promise<{ samlResponse: string; relayState: string | undefined; acs: string }> {
  const user = SAML_USERS.find((u) => u.username === (options.username ?? SAML_USERS[0]!.username));
  if (!user) throw new Error(`no SAML test user ${options.username}`);
  const browser = new TestBrowser(cloud);
  const xml = authnRequestXml({
    ...(options.requestId !== undefined ? { id: options.requestId } : {}),
    ...(options.audience !== undefined ? { issuer: options.audience } : {}),
    ...(options.acs !== undefined ? { acs: options.acs } : {}),
  });
  const { last: signInPage } = await browser.visit(redirectBindingUrl(SAML_SSO_URL, xml, options.relayState));
  const { last: postPage } = await browser.submit(signInPage, { username: user.username, password: user.password });
  const form = formOf(postPage.body);
  if (!form.fields['SAMLResponse']) throw new Error(`the IdP did not answer with a SAMLResponse: ${postPage.body.slice(0, 300)}`);
  return { samlResponse: form.fields['SAMLResponse'], relayState: form.fields['RelayState'], acs: form.action };
}
