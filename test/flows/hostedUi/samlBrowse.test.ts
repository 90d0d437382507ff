import { describe, expect, it } from 'vitest';
import { SAML_METADATA_URL, SAML_POST_BUTTON, SAML_USERS } from '../../../src/engine';
import { browse, type BrowserState } from '../../../src/flows/hostedUi/browse';
import type { AppSettings } from '../../../src/flows/hostedUi/oauth';
import { ARTICLE_SCOPES, authorizeUrl, CALLBACK, hostedUi } from '../../engine/hostedUi/setup';

const MARIA = SAML_USERS[0]!;

describe('the simulated browser through a SAML sign-in', () => {
  it('signs in at the SAML IdP and presses its POST page’s button, which takes the assertion to the hosted UI and back to the app', async () => {
    const ui = await hostedUi();
    await ui.cloud.cognitoIdp.createIdentityProvider({
      UserPoolId: ui.userPoolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: SAML_METADATA_URL },
      AttributeMapping: { email: 'email' },
    });
    await ui.cloud.cognitoIdp.updateUserPoolClient({
      UserPoolId: ui.userPoolId,
      ClientId: ui.clientId,
      CallbackURLs: [CALLBACK],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ARTICLE_SCOPES,
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ['CorpSAML'],
    });
    const settings: AppSettings = { domain: 'shop-login', callbackUrl: CALLBACK, signOutUrl: CALLBACK, flows: ['code'], scopes: ['openid', 'email'] };
    const url = authorizeUrl(ui, { identity_provider: 'CorpSAML', response_type: 'code', scope: 'openid email' });
    let out = await browse(ui.cloud, undefined, { kind: 'navigate', url }, settings);
    let page = (out.browser as BrowserState).history.at(-1)!;
    expect(new URL(page.url).host).toBe('saml.idp.example.com');
    out = await browse(ui.cloud, out.browser, { kind: 'submit', button: 'Sign in', values: { username: MARIA.username, password: MARIA.password } }, settings);
    page = (out.browser as BrowserState).history.at(-1)!;
    expect(page.body).toContain('name="SAMLResponse"');
    out = await browse(ui.cloud, out.browser, { kind: 'submit', button: SAML_POST_BUTTON, values: {} }, settings);
    expect(out.landed).toMatch(/^http:\/\/localhost\/?\?code=[0-9a-f-]{36}&state=xyz$/);
    const hops = (out.browser as BrowserState).history.at(-1)!.chain.map((h) => `${h.method} ${new URL(h.url).host}${new URL(h.url).pathname} ${h.status}`);
    expect(hops).toEqual([`POST shop-login.auth.${ui.cloud.region}.amazoncognito.com/saml2/idpresponse 302`]);
  });
});
