import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWS_ROLE_ATTRIBUTE,
  AWS_ROLE_SESSION_NAME_ATTRIBUTE,
  SAML_ENTITY_ID,
  SAML_IAM_PROVIDER_NAME,
  SAML_LABEL,
  SAML_METADATA_URL,
  SAML_POST_BUTTON,
  SAML_SSO_URL,
  SAML_USERS,
} from '../../../src/engine';
import { SAML_IDP_CERTIFICATE } from '../../../src/engine/idp/saml/credentials';
import { samlAnswer } from '../../../src/engine/idp/saml/issue';
import { Random, seedState } from '../../../src/engine/kernel/ids';
import { readSamlResponse } from '../../../src/engine/saml/assertion';
import { verifySamlResponse } from '../../../src/engine/saml/verify';
import { parseSamlMetadata } from '../../../src/engine/userPool/lib/samlMetadata';
import { formOf, roleText, TestBrowser } from '../../support/browser';
import { newCloud } from '../../support/cloud';
import { authnRequestXml, redirectBindingUrl, responseFromIdp, TEST_ACS, TEST_AUDIENCE, TEST_REQUEST_ID, xmlCryptoAccepts } from '../../support/saml';
import { encodeBase64 } from '../../../src/engine/saml/dom';

const MARIA = SAML_USERS[0]!;
const TOM = SAML_USERS[1]!;

async function signIn(username: string, password: string, relayState = 'relay-1') {
  const cloud = await newCloud();
  const browser = new TestBrowser(cloud);
  const { last: signInPage } = await browser.visit(redirectBindingUrl(SAML_SSO_URL, authnRequestXml(), relayState));
  expect(signInPage.status).toBe(200);
  const { last } = await browser.submit(signInPage, { username, password });
  return { cloud, browser, page: last };
}

describe('the simulated SAML IdP', () => {
  it('publishes metadata a user pool can read: its entityID, signing certificate and both sign-on bindings', async () => {
    const cloud = await newCloud();
    const response = await cloud.fetch(SAML_METADATA_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/samlmetadata+xml');
    const xml = await response.text();
    expect(xml).toContain('<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>');
    expect(await parseSamlMetadata(xml)).toEqual({
      entityId: SAML_ENTITY_ID,
      signingCertificates: [SAML_IDP_CERTIFICATE],
      ssoRedirectUrl: SAML_SSO_URL,
      ssoPostUrl: SAML_SSO_URL,
    });
  });

  it('is what CreateIdentityProvider reads from MetadataURL', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'corp' });
    const { IdentityProvider } = await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId: UserPool.Id,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: SAML_METADATA_URL },
    });
    expect(IdentityProvider.ProviderDetails?.['SSORedirectBindingURI']).toBe(SAML_SSO_URL);
  });

  it('is a document IAM takes for the SAML provider its users’ Role attribute names', async () => {
    const cloud = await newCloud();
    const metadata = await (await cloud.fetch(SAML_METADATA_URL)).text();
    const { SAMLProviderArn } = await cloud.iam.createSAMLProvider({ Name: SAML_IAM_PROVIDER_NAME, SAMLMetadataDocument: metadata });
    expect(SAMLProviderArn).toBe(`arn:aws:iam::${cloud.accountId}:saml-provider/SimulatedSamlIdP`);
  });

  it('shows a sign-in form for an AuthnRequest sent with the HTTP-Redirect binding, its test users and the page label', async () => {
    const cloud = await newCloud();
    const page = await new TestBrowser(cloud).request(redirectBindingUrl(SAML_SSO_URL, authnRequestXml(), 'relay-1'));
    expect(page.status).toBe(200);
    expect(page.body).toContain(SAML_LABEL);
    expect(page.body).toContain(`<code>${TEST_AUDIENCE}</code>`);
    expect(page.body).toContain(`Continue as Maria Garcia (maria.garcia)`);
    const form = formOf(page.body);
    expect(form.action).toBe(SAML_SSO_URL);
    expect(form.fields).toMatchObject({ SAMLRequest: encodeBase64(authnRequestXml()), RelayState: 'relay-1', username: '' });
  });

  it('takes the HTTP-POST binding too', async () => {
    const cloud = await newCloud();
    const page = await new TestBrowser(cloud).request(SAML_SSO_URL, { form: { SAMLRequest: encodeBase64(authnRequestXml()) } });
    expect(page.status).toBe(200);
    expect(formOf(page.body).fields).toMatchObject({ SAMLRequest: encodeBase64(authnRequestXml()) });
  });

  it('refuses a wrong password on the page again, with the username kept', async () => {
    const { page } = await signIn('maria.garcia', 'wrong');
    expect(page.status).toBe(200);
    expect(roleText(page.body, 'alert')).toBe('The username or password is incorrect.');
    expect(formOf(page.body).fields['username']).toBe('maria.garcia');
  });

  it('answers the right password with the HTTP-POST binding: a form to the ACS URL with the signed SAMLResponse and the RelayState', async () => {
    const { cloud, page } = await signIn('maria.garcia', MARIA.password);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<button type="submit">${SAML_POST_BUTTON}</button>`);
    expect(page.body).not.toContain('<script');
    const form = formOf(page.body);
    expect(form.action).toBe(TEST_ACS);
    expect(form.fields['RelayState']).toBe('relay-1');
    const samlResponse = form.fields['SAMLResponse']!;
    expect(xmlCryptoAccepts(samlResponse)).toBe(true);
    const verdict = await verifySamlResponse(samlResponse, {
      certificates: [SAML_IDP_CERTIFICATE],
      audience: TEST_AUDIENCE,
      recipient: TEST_ACS,
      inResponseTo: TEST_REQUEST_ID,
      issuer: SAML_ENTITY_ID,
      now: cloud.clock.now(),
    });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const account = cloud.accountId;
    expect(verdict.assertion).toMatchObject({
      issuer: SAML_ENTITY_ID,
      nameId: 'maria.garcia@example.com',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      audiences: [TEST_AUDIENCE],
      attributes: {
        email: ['maria.garcia@example.com'],
        given_name: ['Maria'],
        family_name: ['Garcia'],
        groups: ['Developers', 'Staff'],
        [AWS_ROLE_ATTRIBUTE]: [`arn:aws:iam::${account}:role/SamlDevelopers,arn:aws:iam::${account}:saml-provider/SimulatedSamlIdP`],
        [AWS_ROLE_SESSION_NAME_ATTRIBUTE]: ['maria.garcia'],
      },
    });
  });

  it('gives a persistent NameID, and no AWS attributes to a user without AWS roles', async () => {
    const { page } = await signIn('tom.baker', TOM.password);
    const assertion = await readSamlResponse(formOf(page.body).fields['SAMLResponse']!);
    expect(assertion).toMatchObject({ nameId: 'a3f1c9e07b2d4e58', nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' });
    expect(Object.keys((assertion as { attributes: object }).attributes)).toEqual(['email', 'given_name', 'family_name', 'groups']);
  });

  it('refuses a request it cannot use: no SAMLRequest, one that is not an AuthnRequest, an ACS URL no SP registered', async () => {
    const cloud = await newCloud();
    const browser = new TestBrowser(cloud);
    const none = await browser.request(SAML_SSO_URL);
    expect([none.status, roleText(none.body, 'alert')]).toEqual([400, 'The request carries no SAMLRequest.']);
    const garbage = await browser.request(`${SAML_SSO_URL}?SAMLRequest=not-deflated`);
    expect([garbage.status, roleText(garbage.body, 'alert')]).toEqual([400, 'The SAMLRequest cannot be decoded.']);
    const other = await browser.request(redirectBindingUrl(SAML_SSO_URL, '<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_x"/>'));
    expect([other.status, roleText(other.body, 'alert')]).toEqual([400, 'The SAMLRequest is not an AuthnRequest.']);
    const evil = await browser.request(redirectBindingUrl(SAML_SSO_URL, authnRequestXml({ acs: 'https://evil.example.com/acs' })));
    expect([evil.status, roleText(evil.body, 'alert')]).toEqual([400, 'The assertion consumer https://evil.example.com/acs is not registered with this IdP.']);
  });

  it('answers 404 for a page it does not have', async () => {
    const cloud = await newCloud();
    expect((await cloud.fetch(`${SAML_SSO_URL}/nothing`)).status).toBe(404);
  });
});

describe('test support', () => {
  it('gets a SAMLResponse from the site as a browser does, for any SP audience', async () => {
    const cloud = await newCloud();
    const { samlResponse, relayState, acs } = await responseFromIdp(cloud, {
      username: 'tom.baker',
      audience: 'urn:amazon:cognito:sp:eu-west-1_Other',
      relayState: 'r',
    });
    expect([relayState, acs]).toEqual(['r', TEST_ACS]);
    expect(await readSamlResponse(samlResponse)).toMatchObject({ nameId: TOM.nameId, audiences: ['urn:amazon:cognito:sp:eu-west-1_Other'] });
  });
});

describe('samlAnswer, for tests and flows that take the SAMLResponse without posting it', () => {
  it('is addressed to AWS by default (STS), IdP-initiated, and verifies for that audience', async () => {
    const now = Date.UTC(2026, 0, 15, 10);
    const samlResponse = await samlAnswer({ user: MARIA, accountId: '123456789012', now, random: new Random(seedState('saml')) });
    const verdict = await verifySamlResponse(samlResponse, {
      certificates: [SAML_IDP_CERTIFICATE],
      audience: 'https://signin.aws.amazon.com/saml',
      recipient: 'https://signin.aws.amazon.com/saml',
      issuer: SAML_ENTITY_ID,
      now,
    });
    expect(verdict.ok).toBe(true);
    expect(verdict.assertion).not.toHaveProperty('inResponseTo');
    expect(verdict.assertion).not.toHaveProperty('subjectInResponseTo');
  });
});

describe('the simulated SAML IdP under random requests', () => {
  it('answers every method, path, query and body without a 500', async () => {
    const cloud = await newCloud();
    const deflated = new URL(redirectBindingUrl(SAML_SSO_URL, authnRequestXml())).searchParams.get('SAMLRequest')!;
    const posted = encodeBase64(authnRequestXml());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/metadata', '/sso', '/', '/sso/x'),
        fc.constantFrom('GET', 'POST', 'PUT'),
        fc.dictionary(fc.constantFrom('SAMLRequest', 'RelayState'), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(deflated, posted, '%%'))),
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.constantFrom(
            `SAMLRequest=${encodeURIComponent(posted)}&username=maria.garcia&password=Maria-Passw0rd`,
            `SAMLRequest=${encodeURIComponent(deflated)}&username=x`,
            'SAMLRequest=&username=',
          ),
        ),
        async (path, method, query, body) => {
          const url = new URL(`${SAML_SSO_URL.replace('/sso', '')}${path}`);
          for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
          const init = {
            method,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            ...(method === 'GET' ? {} : { body }),
            redirect: 'manual' as const,
          };
          const response = await cloud.fetch(url, init);
          expect(response.status, `${method} ${url} → ${response.status}`).toBeLessThan(500);
          await response.text();
        },
      ),
      { numRuns: 150, seed: 20260115 },
    );
  });
});
