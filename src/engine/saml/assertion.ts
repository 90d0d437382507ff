/**
 * What a SAMLResponse says, decoded but not verified: inspectors show an assertion even when an SP would refuse it, and
 * verify.ts reads the same fields before it checks them.
 */
import {
  attribute,
  BEARER,
  childElements,
  decodeBase64,
  firstChild,
  parseXml,
  SAML_ASSERTION,
  SAML_PROTOCOL,
  textOf,
  type XmlDocument,
  type XmlElement,
} from './dom';

export interface SamlAssertion {
  responseId: string;
  issuer: string;
  destination?: string;
  inResponseTo?: string;
  statusCode: string;
  nameId: string;
  nameIdFormat?: string;
  /** Conditions: AudienceRestriction's audiences, NotBefore and NotOnOrAfter (epoch ms). */
  audiences: string[];
  notBefore?: number;
  notOnOrAfter?: number;
  /** The bearer SubjectConfirmationData. */
  recipient?: string;
  subjectNotOnOrAfter?: number;
  subjectInResponseTo?: string;
  authnInstant?: number;
  sessionIndex?: string;
  sessionNotOnOrAfter?: number;
  /** Name → values, in document order. */
  attributes: Record<string, string[]>;
  /** The Assertion's ID, and its Issuer (the Response's Issuer is optional). */
  assertionId?: string;
  assertionIssuer?: string;
  /** The decoded SAMLResponse. */
  xml: string;
}

/** A parsed response: the document, its Response element, its one Assertion element (if any) and what they say. */
export interface ParsedSamlResponse {
  doc: XmlDocument;
  response: XmlElement;
  assertionElement?: XmlElement;
  assertion: SamlAssertion;
}

const time = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};

function set<K extends keyof SamlAssertion>(target: SamlAssertion, key: K, value: SamlAssertion[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function readAssertion(into: SamlAssertion, element: XmlElement): void {
  set(into, 'assertionId', attribute(element, 'ID'));
  set(into, 'assertionIssuer', textOf(firstChild(element, SAML_ASSERTION, 'Issuer')));
  const subject = firstChild(element, SAML_ASSERTION, 'Subject');
  const nameId = firstChild(subject, SAML_ASSERTION, 'NameID');
  into.nameId = textOf(nameId) ?? '';
  set(into, 'nameIdFormat', attribute(nameId, 'Format'));
  const bearer = subject ? childElements(subject, SAML_ASSERTION, 'SubjectConfirmation').find((c) => attribute(c, 'Method') === BEARER) : undefined;
  const data = firstChild(bearer, SAML_ASSERTION, 'SubjectConfirmationData');
  set(into, 'recipient', attribute(data, 'Recipient'));
  set(into, 'subjectNotOnOrAfter', time(attribute(data, 'NotOnOrAfter')));
  set(into, 'subjectInResponseTo', attribute(data, 'InResponseTo'));
  const conditions = firstChild(element, SAML_ASSERTION, 'Conditions');
  set(into, 'notBefore', time(attribute(conditions, 'NotBefore')));
  set(into, 'notOnOrAfter', time(attribute(conditions, 'NotOnOrAfter')));
  for (const restriction of conditions ? childElements(conditions, SAML_ASSERTION, 'AudienceRestriction') : []) {
    for (const audience of childElements(restriction, SAML_ASSERTION, 'Audience')) into.audiences.push(textOf(audience) ?? '');
  }
  const authn = firstChild(element, SAML_ASSERTION, 'AuthnStatement');
  set(into, 'authnInstant', time(attribute(authn, 'AuthnInstant')));
  set(into, 'sessionIndex', attribute(authn, 'SessionIndex'));
  set(into, 'sessionNotOnOrAfter', time(attribute(authn, 'SessionNotOnOrAfter')));
  for (const statement of childElements(element, SAML_ASSERTION, 'AttributeStatement')) {
    for (const attr of childElements(statement, SAML_ASSERTION, 'Attribute')) {
      const name = attribute(attr, 'Name');
      if (!name) continue;
      const values = (into.attributes[name] ??= []);
      for (const value of childElements(attr, SAML_ASSERTION, 'AttributeValue')) values.push(textOf(value) ?? '');
    }
  }
}

/** Parses a decoded SAMLResponse: a samlp:Response with at most one Assertion (an EncryptedAssertion is not read). */
export function parseSamlResponseXml(xml: string): ParsedSamlResponse | { error: string } {
  const doc = parseXml(xml);
  const response = doc?.documentElement ?? undefined;
  if (!doc || !response) return { error: 'The SAMLResponse is not well-formed XML (or declares a DOCTYPE).' };
  if (response.namespaceURI !== SAML_PROTOCOL || response.localName !== 'Response') return { error: 'The SAMLResponse is not a samlp:Response.' };
  const status = firstChild(firstChild(response, SAML_PROTOCOL, 'Status'), SAML_PROTOCOL, 'StatusCode');
  const assertion: SamlAssertion = {
    responseId: attribute(response, 'ID') ?? '',
    issuer: textOf(firstChild(response, SAML_ASSERTION, 'Issuer')) ?? '',
    statusCode: attribute(status, 'Value') ?? '',
    nameId: '',
    audiences: [],
    attributes: {},
    xml,
  };
  set(assertion, 'destination', attribute(response, 'Destination'));
  set(assertion, 'inResponseTo', attribute(response, 'InResponseTo'));
  const elements = childElements(response, SAML_ASSERTION, 'Assertion');
  if (elements.length > 1) return { error: 'The Response holds more than one Assertion.' };
  const assertionElement = elements[0];
  if (assertionElement) {
    readAssertion(assertion, assertionElement);
    if (!assertion.issuer) assertion.issuer = assertion.assertionIssuer ?? '';
  }
  return { doc, response, ...(assertionElement ? { assertionElement } : {}), assertion };
}

/**
 * Decodes a SAMLResponse form field (base64 of a samlp:Response) and reads what its Assertion says: issuer, subject,
 * conditions, the bearer confirmation, the authentication statement and the attributes. Nothing here is verified.
 */
export async function readSamlResponse(base64: string): Promise<SamlAssertion | { error: string }> {
  const xml = decodeBase64(base64);
  if (xml === undefined) return { error: 'The SAMLResponse is not base64.' };
  const parsed = parseSamlResponseXml(xml);
  return 'error' in parsed ? parsed : parsed.assertion;
}
