import { describe, expect, it } from 'vitest';
import { SAML_IDP_CERTIFICATE } from '../../../src/engine/idp/saml/credentials';
import { MINUTE } from '../../../src/engine/kernel/clock';
import { readSamlResponse } from '../../../src/engine/saml/assertion';
import { samlResponseXml } from '../../../src/engine/idp/saml/response';
import { signSamlElement } from '../../../src/engine/idp/saml/sign';
import { encodeBase64 } from '../../../src/engine/saml/dom';
import { SAML_CLOCK_SKEW, verifySamlResponse, type SamlExpectations } from '../../../src/engine/saml/verify';
import {
  decoded,
  idpInitiatedResponse,
  responseInput,
  responseSignedByStranger,
  signedAfterEdit,
  signedResponse,
  tampered,
  TEST_ACS,
  TEST_AUDIENCE,
  TEST_ISSUER,
  TEST_NOW,
  TEST_REQUEST_ID,
  UNTRUSTED_CERTIFICATE,
  unsignedResponse,
  wrapped,
  xmlCryptoAccepts,
} from '../../support/saml';

const expectations = (overrides: Partial<SamlExpectations> = {}): SamlExpectations => ({
  certificates: [SAML_IDP_CERTIFICATE],
  audience: TEST_AUDIENCE,
  recipient: TEST_ACS,
  inResponseTo: TEST_REQUEST_ID,
  issuer: TEST_ISSUER,
  now: TEST_NOW + MINUTE,
  ...overrides,
});

async function failureOf(base64: string, overrides: Partial<SamlExpectations> = {}) {
  const verdict = await verifySamlResponse(base64, expectations(overrides));
  return verdict.ok ? 'ok' : verdict.failure;
}

describe('a response the simulated IdP signs', () => {
  it('verifies with xml-crypto, an XML-DSig library independent of ours', async () => {
    expect(xmlCryptoAccepts(await signedResponse())).toBe(true);
  });

  it('verifies with ours and says who signed in, for whom, until when', async () => {
    const verdict = await verifySamlResponse(await signedResponse(), expectations());
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.assertion).toMatchObject({
      responseId: '_response-1',
      issuer: TEST_ISSUER,
      destination: TEST_ACS,
      inResponseTo: TEST_REQUEST_ID,
      statusCode: 'urn:oasis:names:tc:SAML:2.0:status:Success',
      nameId: 'maria.garcia@example.com',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      audiences: [TEST_AUDIENCE],
      recipient: TEST_ACS,
      notBefore: TEST_NOW,
      notOnOrAfter: TEST_NOW + 5 * MINUTE,
      subjectNotOnOrAfter: TEST_NOW + 5 * MINUTE,
      authnInstant: TEST_NOW,
      sessionIndex: '_session-1',
      attributes: { email: ['maria.garcia@example.com'], given_name: ['Maria'], groups: ['admins', 'staff'] },
    });
  });

  it('signs the Assertion with exclusive c14n, SHA-256 and RSA-SHA256, the signature right after its Issuer', async () => {
    const xml = decoded(await signedResponse());
    expect(xml).toMatch(/<saml:Assertion [^>]*><saml:Issuer>[^<]+<\/saml:Issuer><ds:Signature /);
    expect(xml).toContain('<ds:Reference URI="#_assertion-1">');
    expect(xml).toContain('Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"');
    expect(xml).toContain('Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"');
    expect(xml).toContain('Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"');
  });

  it('is the same bytes for the same input (the fixture key, no randomness)', async () => {
    expect(await signedResponse()).toBe(await signedResponse());
  });
});

describe('a response changed after signing is refused by both verifiers', () => {
  it('an attribute value changed: the digest no longer matches (badSignature)', async () => {
    const changed = tampered(await signedResponse(), (xml) => xml.replace('>staff<', '>superusers<'));
    expect(xmlCryptoAccepts(changed)).toBe(false);
    const verdict = await verifySamlResponse(changed, expectations());
    expect(verdict).toMatchObject({
      ok: false,
      failure: 'badSignature',
      message: 'The digest of the signed element does not match: it was changed after signing.',
    });
  });

  it('the NameID changed (badSignature)', async () => {
    const changed = tampered(await signedResponse(), (xml) => xml.replace('>maria.garcia@example.com</saml:NameID>', '>admin@example.com</saml:NameID>'));
    expect(xmlCryptoAccepts(changed)).toBe(false);
    expect(await failureOf(changed)).toBe('badSignature');
  });

  it('the signature moved to a wrapper around the signed Assertion, a forged one in its place (badSignature)', async () => {
    const attack = wrapped(await signedResponse(), 'admin@example.com');
    expect(xmlCryptoAccepts(attack)).toBe(false);
    const verdict = await verifySamlResponse(attack, expectations());
    expect(verdict).toMatchObject({
      ok: false,
      failure: 'badSignature',
      message: 'A signature is outside the Response and its Assertion: the signed element is not the one read.',
      assertion: { nameId: 'admin@example.com' },
    });
  });

  it('the signature value changed (badSignature)', async () => {
    const changed = tampered(await signedResponse(), (xml) =>
      xml.replace(/<ds:SignatureValue>(.)/, (_, c: string) => `<ds:SignatureValue>${c === 'A' ? 'B' : 'A'}`),
    );
    expect(xmlCryptoAccepts(changed)).toBe(false);
    expect(await failureOf(changed)).toBe('badSignature');
  });

  it('the reference pointed at another element (badSignature)', async () => {
    const changed = tampered(await signedResponse(), (xml) => xml.replace('URI="#_assertion-1"', 'URI="#_response-1"'));
    expect(xmlCryptoAccepts(changed)).toBe(false);
    expect(await failureOf(changed)).toBe('badSignature');
  });
});

describe('what a careful SP also gets right', () => {
  it('verifies a response signed twice, the Assertion and then the whole Response, as some IdPs sign', async () => {
    const input = responseInput();
    const once = await signSamlElement(samlResponseXml(input), input.ids.assertion);
    const twice = encodeBase64(await signSamlElement(once, input.ids.response));
    expect(decoded(twice).match(/<ds:Signature /g)).toHaveLength(2);
    expect(xmlCryptoAccepts(twice)).toBe(true);
    expect(await failureOf(twice)).toBe('ok');
  });

  it('reads a NameID split by a comment whole: canonicalization drops the comment, so the signature holds, and the value is all the text', async () => {
    const signed = await signedResponse({ nameId: 'admin@example.com.evil.example' });
    const split = tampered(signed, (xml) => xml.replace('>admin@example.com.evil.example<', '>admin@example.com<!---->.evil.example<'));
    const verdict = await verifySamlResponse(split, expectations());
    expect(verdict).toMatchObject({ ok: true, assertion: { nameId: 'admin@example.com.evil.example' } });
  });
});

describe('each check an SP makes, by its failure code', () => {
  it('malformed: not base64, not XML, a DOCTYPE, not a Response', async () => {
    expect(await failureOf('%%%')).toBe('malformed');
    expect(await failureOf(encodeBase64('<samlp:Response'))).toBe('malformed');
    expect(await failureOf(encodeBase64('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'))).toBe('malformed');
    expect(await failureOf(encodeBase64('<html/>'))).toBe('malformed');
    expect(await readSamlResponse('%%%')).toEqual({ error: 'The SAMLResponse is not base64.' });
  });

  it('unsigned: neither the Response nor the Assertion carries a signature', async () => {
    const verdict = await verifySamlResponse(unsignedResponse(), expectations());
    expect(verdict).toMatchObject({ ok: false, failure: 'unsigned', message: 'Neither the Response nor its Assertion is signed.' });
    expect(xmlCryptoAccepts(unsignedResponse())).toBe(false);
  });

  it('untrustedCertificate: signed by a key whose certificate the metadata does not list', async () => {
    const stranger = await responseSignedByStranger();
    expect(await failureOf(stranger)).toBe('untrustedCertificate');
    // …and the IdP's own signature is not trusted by an SP whose metadata lists only another certificate.
    expect(await failureOf(await signedResponse(), { certificates: [UNTRUSTED_CERTIFICATE] })).toBe('untrustedCertificate');
    expect(await failureOf(stranger, { certificates: [SAML_IDP_CERTIFICATE, UNTRUSTED_CERTIFICATE] })).toBe('ok');
  });

  it('status: the IdP answered something other than Success', async () => {
    const denied = await signedAfterEdit((xml) => xml.replace(':status:Success"', ':status:Responder"'));
    const verdict = await verifySamlResponse(denied, expectations());
    expect(verdict).toMatchObject({
      ok: false,
      failure: 'status',
      message: 'The IdP answered with the status urn:oasis:names:tc:SAML:2.0:status:Responder, not Success.',
    });
  });

  it('issuer: another entity issued it', async () => {
    expect(await failureOf(await signedResponse({ issuer: 'https://evil.example.com' }))).toBe('issuer');
  });

  it('audience: the assertion is for another service provider', async () => {
    const verdict = await verifySamlResponse(await signedResponse({ audience: 'urn:amazon:cognito:sp:eu-west-1_Other' }), expectations());
    expect(verdict).toMatchObject({
      ok: false,
      failure: 'audience',
      message: `The assertion is not for ${TEST_AUDIENCE} (its audiences: urn:amazon:cognito:sp:eu-west-1_Other).`,
    });
  });

  it('recipient: it was meant for another assertion consumer URL', async () => {
    expect(await failureOf(await signedResponse({ recipient: 'https://other.auth.eu-west-1.amazoncognito.com/saml2/idpresponse' }))).toBe('recipient');
  });

  it('inResponseTo: it answers another AuthnRequest, or none when one was sent', async () => {
    expect(await failureOf(await signedResponse({ inResponseTo: '_another-request' }))).toBe('inResponseTo');
    expect(await failureOf(await idpInitiatedResponse())).toBe('inResponseTo');
    // IdP-initiated (STS): no request to answer.
    expect(await failureOf(await signedResponse(), { inResponseTo: undefined })).toBe('ok');
  });

  it(`notYetValid and expired: NotBefore and NotOnOrAfter at the cloud's clock, with ${SAML_CLOCK_SKEW / MINUTE} minutes of skew`, async () => {
    const response = await signedResponse();
    expect(await failureOf(response, { now: TEST_NOW - SAML_CLOCK_SKEW })).toBe('ok');
    expect(await failureOf(response, { now: TEST_NOW - SAML_CLOCK_SKEW - 1 })).toBe('notYetValid');
    expect(await failureOf(response, { now: TEST_NOW + 5 * MINUTE + SAML_CLOCK_SKEW - 1 })).toBe('ok');
    const verdict = await verifySamlResponse(response, expectations({ now: TEST_NOW + 5 * MINUTE + SAML_CLOCK_SKEW }));
    expect(verdict).toMatchObject({ ok: false, failure: 'expired', message: 'The assertion expired at 2026-01-15T10:05:00.000Z.' });
  });
});

describe('the XML DOM', () => {
  it('is @xmldom/xmldom inside xmldsigjs too, even where the environment has a DOMParser of its own', async () => {
    await import('../../../src/engine/saml/dom');
    const { Parse } = await import('xmldsigjs');
    const { DOMParser } = await import('@xmldom/xmldom');
    expect(typeof globalThis.DOMParser).toBe('function');
    expect(Object.getPrototypeOf(Parse('<a/>'))).toBe(Object.getPrototypeOf(new DOMParser().parseFromString('<b/>', 'text/xml')));
  });
});
