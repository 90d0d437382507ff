/**
 * A SAML 2.0 service provider's checks on a SAMLResponse (Web Browser SSO profile, HTTP-POST binding), as a Cognito user
 * pool makes them at `/saml2/idpresponse` and STS at AssumeRoleWithSAML: well-formed, Status Success, signed (the
 * Assertion or the whole Response) by a certificate the IdP's metadata lists, from the expected Issuer, for the expected
 * Audience and Recipient, in response to the expected AuthnRequest, and within its validity at the cloud's clock.
 */
import { MINUTE } from '../kernel/clock';
import { parseSamlResponseXml, type SamlAssertion } from './assertion';
import { childElements, decodeBase64, STATUS_SUCCESS, XMLDSIG, type XmlElement } from './dom';
import { checkEnvelopedSignature } from './signature';

export interface SamlExpectations {
  /** Base64 DER of the signing certificates the metadata lists. */
  certificates: string[];
  /** `urn:amazon:cognito:sp:<poolId>`, or `https://signin.aws.amazon.com/saml` for STS. */
  audience: string;
  /** The assertion consumer URL the SubjectConfirmationData (and the Response's Destination, if any) must name. */
  recipient?: string;
  /** The AuthnRequest ID (SP-initiated sign-in). */
  inResponseTo?: string;
  /** The IdP's entityID from its metadata. */
  issuer?: string;
  /** The cloud's clock (ctx.now), epoch ms. */
  now: number;
}

export type SamlFailure =
  | 'malformed'
  | 'unsigned'
  | 'badSignature'
  | 'untrustedCertificate'
  | 'status'
  | 'issuer'
  | 'audience'
  | 'recipient'
  | 'inResponseTo'
  | 'notYetValid'
  | 'expired';

export type SamlVerdict = { ok: true; assertion: SamlAssertion } | { ok: false; failure: SamlFailure; message: string; assertion?: SamlAssertion };

/**
 * [U] How far the IdP's clock may be from the cloud's: AWS does not document a skew for SAML; 5 minutes is the usual
 * SP default (Shibboleth's, ADFS's, SimpleSAMLphp's order of magnitude) and keeps a lesson's clock jumps meaningful.
 */
export const SAML_CLOCK_SKEW = 5 * MINUTE;

const iso = (ms: number) => new Date(ms).toISOString();

/** The one signature directly inside `element`, undefined for none, or 'several'. */
function envelopedSignature(element: XmlElement): XmlElement | 'several' | undefined {
  const found = childElements(element, XMLDSIG, 'Signature');
  return found.length > 1 ? 'several' : found[0];
}

/**
 * Verifies a SAMLResponse form value (base64) as a service provider must, and answers what it says or the first check
 * it fails (with the decoded assertion when there is one, for inspectors).
 */
export async function verifySamlResponse(base64: string, expect: SamlExpectations): Promise<SamlVerdict> {
  const xml = decodeBase64(base64);
  if (xml === undefined) return { ok: false, failure: 'malformed', message: 'The SAMLResponse is not base64.' };
  const parsed = parseSamlResponseXml(xml);
  if ('error' in parsed) return { ok: false, failure: 'malformed', message: parsed.error };
  const { doc, response, assertionElement, assertion } = parsed;
  const fail = (failure: SamlFailure, message: string): SamlVerdict => ({ ok: false, failure, message, assertion });

  if (assertion.statusCode !== STATUS_SUCCESS) return fail('status', `The IdP answered with the status ${assertion.statusCode || '(none)'}, not Success.`);
  if (!assertionElement) return fail('malformed', 'The Response holds no Assertion (an EncryptedAssertion is not read here).');

  // Every signature must be the enveloped signature of the Response or of its Assertion: one found anywhere else is
  // the mark of a wrapping attack (a signed element moved where the SP does not read it).
  const signatures = doc.getElementsByTagNameNS(XMLDSIG, 'Signature');
  const onResponse = envelopedSignature(response);
  const onAssertion = envelopedSignature(assertionElement);
  if (onResponse === 'several' || onAssertion === 'several') return fail('badSignature', 'An element carries more than one signature.');
  const placed = (onResponse ? 1 : 0) + (onAssertion ? 1 : 0);
  if (signatures.length === 0) return fail('unsigned', 'Neither the Response nor its Assertion is signed.');
  if (signatures.length !== placed)
    return fail('badSignature', 'A signature is outside the Response and its Assertion: the signed element is not the one read.');
  for (const [signed, signature] of [
    [assertionElement, onAssertion],
    [response, onResponse],
  ] as const) {
    if (!signature) continue;
    const check = await checkEnvelopedSignature(doc, signed, signature, expect.certificates);
    if (!check.ok) return fail(check.failure, check.message);
  }

  if (expect.issuer !== undefined) {
    if (assertion.assertionIssuer !== expect.issuer)
      return fail('issuer', `The assertion's Issuer is ${assertion.assertionIssuer ?? '(none)'}, not ${expect.issuer}.`);
    if (assertion.issuer !== expect.issuer) return fail('issuer', `The Response's Issuer is ${assertion.issuer}, not ${expect.issuer}.`);
  }
  if (!assertion.audiences.includes(expect.audience))
    return fail('audience', `The assertion is not for ${expect.audience} (its audiences: ${assertion.audiences.join(', ') || 'none'}).`);
  if (assertion.recipient === undefined) return fail('recipient', 'The assertion has no bearer SubjectConfirmationData with a Recipient.');
  if (expect.recipient !== undefined) {
    if (assertion.recipient !== expect.recipient) return fail('recipient', `The assertion's Recipient is ${assertion.recipient}, not ${expect.recipient}.`);
    if (assertion.destination !== undefined && assertion.destination !== expect.recipient) {
      return fail('recipient', `The Response's Destination is ${assertion.destination}, not ${expect.recipient}.`);
    }
  }
  if (expect.inResponseTo !== undefined) {
    const answers = assertion.subjectInResponseTo;
    if (answers !== expect.inResponseTo)
      return fail('inResponseTo', `The assertion answers ${answers ?? 'no request'}, not the request ${expect.inResponseTo}.`);
    if (assertion.inResponseTo !== undefined && assertion.inResponseTo !== expect.inResponseTo) {
      return fail('inResponseTo', `The Response answers ${assertion.inResponseTo}, not the request ${expect.inResponseTo}.`);
    }
  }
  const { now } = expect;
  if (assertion.notBefore !== undefined && now + SAML_CLOCK_SKEW < assertion.notBefore)
    return fail('notYetValid', `The assertion is valid from ${iso(assertion.notBefore)}.`);
  for (const end of [assertion.notOnOrAfter, assertion.subjectNotOnOrAfter]) {
    if (end !== undefined && now - SAML_CLOCK_SKEW >= end) return fail('expired', `The assertion expired at ${iso(end)}.`);
  }
  if (assertion.subjectNotOnOrAfter === undefined) return fail('expired', 'The bearer SubjectConfirmationData has no NotOnOrAfter.');
  return { ok: true, assertion };
}
