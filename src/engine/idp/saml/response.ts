/**
 * The SAMLResponse the simulated IdP sends back (Web Browser SSO profile): a samlp:Response to the assertion consumer,
 * holding one signed Assertion with the IdP as Issuer, the user's NameID, a bearer SubjectConfirmation (Recipient,
 * InResponseTo, NotOnOrAfter), Conditions for the SP's audience, an AuthnStatement and an AttributeStatement.
 */
import { MINUTE } from '../../kernel/clock';
import { encodeBase64, SAML_ASSERTION, SAML_PROTOCOL, STATUS_SUCCESS } from '../../saml/dom';
import { signSamlElement, type SigningIdentity } from './sign';

export const NAMEID_EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
export const NAMEID_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';

/** [U] How long the simulated IdP's assertions are valid: 5 minutes, a common IdP default (AWS does not set it). */
export const ASSERTION_VALIDITY = 5 * MINUTE;

export interface SamlResponseInput {
  /** The IdP's entityID. */
  issuer: string;
  /** The assertion consumer service URL: the Response's Destination and the bearer confirmation's Recipient. */
  recipient: string;
  /** The SP's entity ID, from the AuthnRequest's Issuer (`urn:amazon:cognito:sp:<poolId>`) or AWS's for STS. */
  audience: string;
  /** The AuthnRequest's ID; none for an IdP-initiated response. */
  inResponseTo?: string;
  nameId: string;
  nameIdFormat: string;
  attributes: Record<string, readonly string[]>;
  /** The IdP's clock (the cloud's), epoch ms. */
  now: number;
  /** Ids for the Response, the Assertion and the session (from the cloud's seeded generator). */
  ids: { response: string; assertion: string; session: string };
  /** Tests only: sign with another key and certificate. */
  signer?: SigningIdentity;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const instant = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The unsigned document (the Assertion carries no signature yet). */
export function samlResponseXml(input: SamlResponseInput): string {
  const { now, ids } = input;
  const e = escapeXml;
  const until = instant(now + ASSERTION_VALIDITY);
  const answers = input.inResponseTo ? ` InResponseTo="${e(input.inResponseTo)}"` : '';
  const attributes = Object.entries(input.attributes)
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${e(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">` +
        values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${e(v)}</saml:AttributeValue>`).join('') +
        `</saml:Attribute>`,
    )
    .join('');
  return (
    `<samlp:Response xmlns:samlp="${SAML_PROTOCOL}" xmlns:saml="${SAML_ASSERTION}" ID="${e(ids.response)}" Version="2.0"` +
    ` IssueInstant="${instant(now)}" Destination="${e(input.recipient)}"${answers}>` +
    `<saml:Issuer>${e(input.issuer)}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="${STATUS_SUCCESS}"/></samlp:Status>` +
    `<saml:Assertion xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
    ` ID="${e(ids.assertion)}" Version="2.0" IssueInstant="${instant(now)}">` +
    `<saml:Issuer>${e(input.issuer)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="${e(input.nameIdFormat)}">${e(input.nameId)}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData Recipient="${e(input.recipient)}" NotOnOrAfter="${until}"${answers}/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${instant(now)}" NotOnOrAfter="${until}">` +
    `<saml:AudienceRestriction><saml:Audience>${e(input.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${instant(now)}" SessionIndex="${e(ids.session)}">` +
    `<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>` +
    `</saml:AuthnStatement>` +
    (attributes ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` : '') +
    `</saml:Assertion></samlp:Response>`
  );
}

/** The signed SAMLResponse, base64 as the HTTP-POST binding's form field carries it. */
export async function signedSamlResponse(input: SamlResponseInput): Promise<string> {
  return encodeBase64(await signSamlElement(samlResponseXml(input), input.ids.assertion, input.signer));
}
