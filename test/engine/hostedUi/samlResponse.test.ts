import { describe, expect, it } from 'vitest';
import { SAML_ENTITY_ID, SAML_METADATA_URL, SAML_USERS, SAML_SSO_URL } from '../../../src/engine';
import { formOf } from '../../support/browser';
import { postForm } from '../../support/oauth';
import { responseSignedByStranger, signedResponse } from '../../support/saml';
import { ARTICLE_SCOPES, authorizeUrl, callbackParams, CALLBACK, hostedUi, verify, type HostedUiSetup } from './setup';

const MARIA = SAML_USERS[0]!;
const TOM = SAML_USERS[1]!;

/** The article's hosted UI with the simulated SAML IdP as `CorpSAML` (metadata read from its URL), for the code grant. */
async function samlHostedUi(): Promise<HostedUiSetup> {
  const ui = await hostedUi({
    pool: {
      Schema: [
        { Name: 'email', Required: true },
        { Name: 'groups', AttributeDataType: 'String', Mutable: true },
      ],
    },
  });
  await ui.cloud.cognitoIdp.createIdentityProvider({
    UserPoolId: ui.userPoolId,
    ProviderName: 'CorpSAML',
    ProviderType: 'SAML',
    ProviderDetails: { MetadataURL: SAML_METADATA_URL },
    AttributeMapping: { email: 'email', given_name: 'given_name', family_name: 'family_name', 'custom:groups': 'groups' },
  });
  await ui.cloud.cognitoIdp.updateUserPoolClient({
    UserPoolId: ui.userPoolId,
    ClientId: ui.clientId,
    CallbackURLs: [CALLBACK],
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ARTICLE_SCOPES,
    AllowedOAuthFlowsUserPoolClient: true,
    SupportedIdentityProviders: ['COGNITO', 'CorpSAML'],
  });
  return ui;
}

/** authorize → the IdP's sign-in page → its POST-binding page (the SAMLResponse not yet posted). */
async function toPostPage(ui: HostedUiSetup, username: string, password: string) {
  const hop = await ui.browser.request(authorizeUrl(ui, { identity_provider: 'CorpSAML', response_type: 'code', scope: 'openid email profile' }));
  expect(hop.status).toBe(302);
  expect(hop.location!.startsWith(`${SAML_SSO_URL}?SAMLRequest=`)).toBe(true);
  const { last: signInPage } = await ui.browser.visit(hop.location!);
  expect(signInPage.status).toBe(200);
  const { last: postPage } = await ui.browser.submit(signInPage, { username, password });
  expect(postPage.status).toBe(200);
  return postPage;
}

describe('/saml2/idpresponse', () => {
  it('takes the IdP’s signed assertion through the whole chain to Cognito tokens for <ProviderName>_<NameID>', async () => {
    const ui = await samlHostedUi();
    const postPage = await toPostPage(ui, MARIA.username, MARIA.password);
    const form = formOf(postPage.body);
    expect(form.action).toBe(`${ui.base}/saml2/idpresponse`);
    const { last: back } = await ui.browser.submit(postPage, {});
    expect(back.status).toBe(302);
    const params = callbackParams(back.location!, 'search');
    expect(params['state']).toBe('xyz');
    const tokens = await postForm(ui.cloud, `${ui.base}/oauth2/token`, {
      grant_type: 'authorization_code',
      client_id: ui.clientId,
      code: params['code']!,
      redirect_uri: CALLBACK,
    });
    expect(tokens.status).toBe(200);
    const { id_token } = (await tokens.json()) as { id_token: string };
    const claims = await verify(ui, id_token);
    expect(claims).toMatchObject({
      'cognito:username': 'CorpSAML_maria.garcia@example.com',
      'cognito:groups': [`${ui.userPoolId}_CorpSAML`],
      email: 'maria.garcia@example.com',
      given_name: 'Maria',
      family_name: 'Garcia',
      identities: [
        {
          userId: 'maria.garcia@example.com',
          providerName: 'CorpSAML',
          providerType: 'SAML',
          issuer: SAML_ENTITY_ID,
          primary: 'true',
          dateCreated: String(ui.cloud.clock.now()),
        },
      ],
    });
    const { UserAttributes, UserStatus } = await ui.cloud.cognitoIdp.adminGetUser({ UserPoolId: ui.userPoolId, Username: 'CorpSAML_maria.garcia@example.com' });
    expect(UserStatus).toBe('EXTERNAL_PROVIDER');
    expect(UserAttributes).toContainEqual({ Name: 'custom:groups', Value: 'Developers,Staff' });
  });

  it('names a persistent NameID’s user after it too', async () => {
    const ui = await samlHostedUi();
    const { last: back } = await ui.browser.submit(await toPostPage(ui, TOM.username, TOM.password), {});
    expect(callbackParams(back.location!, 'search')['code']).toBeDefined();
    const { Username } = await ui.cloud.cognitoIdp.adminGetUser({ UserPoolId: ui.userPoolId, Username: `CorpSAML_${TOM.nameId}` });
    expect(Username).toBe(`CorpSAML_${TOM.nameId}`);
  });

  it('sends the app Cognito’s SAML error when the assertion does not verify (a changed attribute)', async () => {
    const ui = await samlHostedUi();
    const form = formOf((await toPostPage(ui, MARIA.username, MARIA.password)).body);
    const xml = atob(form.fields['SAMLResponse']!).replace('>Developers<', '>Administrators<');
    const back = await ui.browser.request(form.action, { form: { ...form.fields, SAMLResponse: btoa(xml) } });
    expect(back.status).toBe(302);
    expect(callbackParams(back.location!, 'search')).toEqual({
      error: 'server_error',
      error_description: 'Invalid SAML response received: SAML Assertion signature is invalid. ',
      state: 'xyz',
    });
  });

  it('refuses an assertion for another request, another audience or from a key the metadata does not list', async () => {
    const ui = await samlHostedUi();
    const acs = `${ui.base}/saml2/idpresponse`;
    const cases: [string, string][] = [
      [
        await signedResponse({ issuer: SAML_ENTITY_ID, recipient: acs, audience: `urn:amazon:cognito:sp:${ui.userPoolId}`, now: ui.cloud.clock.now() }),
        'The SAML response does not answer the request Cognito sent.',
      ],
      [
        await signedResponse({ issuer: SAML_ENTITY_ID, recipient: acs, now: ui.cloud.clock.now() }),
        'The SAML Assertion audience does not match the user pool.',
      ],
      [await responseSignedByStranger({ issuer: SAML_ENTITY_ID, recipient: acs, now: ui.cloud.clock.now() }), 'SAML Assertion signature is invalid.'],
    ];
    for (const [samlResponse, detail] of cases) {
      // Each sign-in is new: a RelayState is used once.
      const fresh = formOf((await toPostPage(ui, MARIA.username, MARIA.password)).body);
      const back = await ui.browser.request(acs, { form: { ...fresh.fields, SAMLResponse: samlResponse } });
      expect(callbackParams(back.location!, 'search')['error_description']).toBe(`Invalid SAML response received: ${detail} `);
    }
  });

  it('uses a RelayState once: the same POST again goes to the error page', async () => {
    const ui = await samlHostedUi();
    const form = formOf((await toPostPage(ui, MARIA.username, MARIA.password)).body);
    expect((await ui.browser.request(form.action, { form: form.fields })).location).toMatch(/^http:\/\/localhost\?code=/);
    const again = await ui.browser.request(form.action, { form: form.fields });
    expect(again.status).toBe(302);
    const errorPage = new URL(again.location!, ui.base);
    expect([errorPage.pathname, errorPage.searchParams.get('error')]).toEqual(['/error', 'invalid_request']);
  });

  it('answers only a POST', async () => {
    const ui = await samlHostedUi();
    expect((await ui.browser.request(`${ui.base}/saml2/idpresponse`)).status).toBe(405);
  });
});
