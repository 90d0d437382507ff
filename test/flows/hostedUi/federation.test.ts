import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { GOOGLE_USERS, OIDC_USERS } from '../../../src/engine';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import type { BrowserState } from '../../../src/flows/hostedUi/browse';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { ARTICLE_USER } from '../../../src/flows/types';
import { wire } from '../support';

const JANE = GOOGLE_USERS[0]!;
const ALEX = OIDC_USERS[0]!;
const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const pageOf = (s: { context: unknown }) => {
  const browser = (s.context as { browser: BrowserState }).browser;
  return browser.history[browser.index]!;
};
/** Every URL the browser's last request visited, redirects included. */
const hostsOf = (s: { context: unknown }) => pageOf(s).chain.map((hop) => new URL(hop.url).host);

describe('the hosted UI flow: signing in with Google through the user pool', () => {
  it('opens integrated, goes to Google, and comes back through /oauth2/idpresponse with Cognito’s tokens for Google_<sub>', async () => {
    const w = await wire(hostedUiMachine, 'googleFederation', createHostedUiActors);
    expect(w.snapshot().value).toBe('integrated');
    let s = await w.send(ev('hostedUi.launch', { identityProvider: 'Google' }));
    expect(s.value).toBe('browsing');
    expect(hostsOf(s)).toEqual([`article-shop.auth.${w.cloud.region}.amazoncognito.com`, 'accounts.google.com', 'accounts.google.com']);
    expect(new URL(pageOf(s).url).pathname).toBe('/v3/signin/identifier');

    s = await w.send(ev('browser.submit', { button: 'Next', values: { email: JANE.email, password: JANE.password } }));
    expect(new URL(pageOf(s).url).pathname).toBe('/signin/oauth/consent');
    s = await w.send(ev('browser.submit', { button: 'Allow' }));
    expect(s.value).toBe('signedIn');
    // Google's code to Cognito's /oauth2/idpresponse, then Cognito's code to the app.
    const chain = pageOf(s).chain.map((hop) => new URL(hop.url));
    expect(chain.map((u) => u.pathname)).toContain('/oauth2/idpresponse');
    expect(s.context.callback).toMatch(/^http:\/\/localhost\/?\?code=/);

    const id = decodeJwt(s.context.tokens!.IdToken!);
    expect(id['cognito:username']).toBe(`Google_${JANE.sub}`);
    expect(id).toMatchObject({ email: JANE.email, given_name: JANE.givenName, family_name: JANE.familyName, name: JANE.name, picture: JANE.picture });
    expect(id['identities']).toEqual([expect.objectContaining({ userId: JANE.sub, providerName: 'Google', providerType: 'Google', primary: 'true' })]);
    const user = await w.cloud.cognitoIdp.adminGetUser({ UserPoolId: w.setup.userPoolId!, Username: `Google_${JANE.sub}` });
    expect(user.UserStatus).toBe('EXTERNAL_PROVIDER');
  });

  it('refuses to link an identity that signed in already, then links it once its own user is deleted: Jane signs in as the article’s user', async () => {
    const w = await wire(hostedUiMachine, 'googleFederation', createHostedUiActors);
    await w.send(ev('hostedUi.launch', { identityProvider: 'Google' }));
    await w.send(ev('browser.submit', { button: 'Next', values: { email: JANE.email, password: JANE.password } }));
    await w.send(ev('browser.submit', { button: 'Allow' }));
    let s = await w.send(ev('users.link'));
    expect(s.value).toBe('signedIn');
    expect(s.context.error).toEqual({
      code: 'InvalidParameterException',
      message: 'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link',
    });
    s = await w.send(ev('users.replaceWithLink'));
    expect(s.context.error).toBeUndefined();
    // Signed out of the hosted UI, then a new sign-in: Google still knows Jane and her consent, so no Google page shows.
    s = await w.send(ev('hostedUi.logout'));
    expect(s.value).toBe('signedOut');
    s = await w.send(ev('hostedUi.launch', { identityProvider: 'Google' }));
    expect(s.value).toBe('signedIn');
    const id = decodeJwt(s.context.tokens!.IdToken!);
    expect(id['cognito:username']).toBe(ARTICLE_USER.username);
    expect(id['identities']).toEqual([expect.objectContaining({ userId: JANE.sub, providerName: 'Google', primary: 'false' })]);
  });

  it('linkGoogleUser: Jane’s first Google sign-in is the article’s user, and no Google_<sub> user is made', async () => {
    const w = await wire(hostedUiMachine, 'linkGoogleUser', createHostedUiActors);
    await w.send(ev('hostedUi.launch', { identityProvider: 'Google' }));
    await w.send(ev('browser.submit', { button: 'Next', values: { email: JANE.email, password: JANE.password } }));
    const s = await w.send(ev('browser.submit', { button: 'Allow' }));
    expect(decodeJwt(s.context.tokens!.IdToken!)['cognito:username']).toBe(ARTICLE_USER.username);
    const { Users } = await w.cloud.cognitoIdp.listUsers({ UserPoolId: w.setup.userPoolId! });
    expect(Users!.map((u) => u.Username)).toEqual([ARTICLE_USER.username]);
  });
});

describe('the hosted UI flow: signing in with a generic OpenID Connect provider', () => {
  it('goes to idp.example.com and comes back with Cognito’s tokens for ExampleID_<sub>', async () => {
    const w = await wire(hostedUiMachine, 'oidcFederation', createHostedUiActors);
    let s = await w.send(ev('hostedUi.launch', { identityProvider: 'ExampleID' }));
    expect(hostsOf(s)).toContain('idp.example.com');
    s = await w.send(ev('browser.submit', { button: 'Next', values: { email: ALEX.email, password: ALEX.password } }));
    s = await w.send(ev('browser.submit', { button: 'Allow' }));
    expect(s.value).toBe('signedIn');
    const id = decodeJwt(s.context.tokens!.IdToken!);
    expect(id['cognito:username']).toBe(`ExampleID_${ALEX.sub}`);
    expect(id).toMatchObject({ email: ALEX.email, family_name: ALEX.familyName });
    expect(id['identities']).toEqual([expect.objectContaining({ providerName: 'ExampleID', providerType: 'OIDC' })]);
  });
});
