import { describe, expect, it } from 'vitest';
import { ARTICLE_USER, newCloud, poolsOf } from '../../support/cloud';
import { formOf, roleText } from '../../support/browser';
import { confirmedUser, PASSWORD } from '../../support/users';
import { ARTICLE_SCOPES, CALLBACK, authorizeUrl, callbackParams, hostedUi, verify, type HostedUiSetup } from './setup';

const HOUR = 60 * 60 * 1000;

/** Opens the sign-in page through /oauth2/authorize, as the app's "Launch Hosted UI" does. */
async function openLogin(ui: HostedUiSetup, params: Record<string, string | undefined> = {}) {
  const { hops, last } = await ui.browser.visit(authorizeUrl(ui, params));
  expect(hops.map((h) => h.status)).toEqual([302, 200]);
  return last;
}

describe('/login', () => {
  it('runs the article’s implicit grant as a browser does: the form, its CSRF cookie, the session cookie, and the tokens in the fragment', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, ARTICLE_USER.username);
    const page = await openLogin(ui, { nonce: 'n-0S6_WzA2Mj' });
    expect(page.setCookie).toMatch(/^XSRF-TOKEN=[0-9a-f-]{36}; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    const form = formOf(page.body);
    expect(form.action).toBe(`/login${new URL(authorizeUrl(ui, { nonce: 'n-0S6_WzA2Mj' })).search}`);
    expect(form.fields['_csrf']).toBe(ui.browser.cookies.get('XSRF-TOKEN')!.value);
    expect(form.labels).toEqual(['username:Username', 'password:Password']);

    const { hops, last } = await ui.browser.submit(page, { username: ARTICLE_USER.username, password: ARTICLE_USER.password });
    expect(hops).toHaveLength(1);
    expect(last.status).toBe(302);
    const expires = new Date(ui.cloud.clock.now() + HOUR).toUTCString();
    expect(last.setCookie).toMatch(new RegExp(`^cognito=[A-Za-z0-9_-]+; Expires=${expires}; Path=/; Secure; HttpOnly; SameSite=Lax$`));
    expect(last.location).toMatch(/^http:\/\/localhost#id_token=[^&]+&access_token=[^&]+&expires_in=3600&token_type=Bearer&state=xyz$/);

    const fragment = callbackParams(last.location!, 'hash');
    expect(fragment).not.toHaveProperty('refresh_token');
    const access = await verify(ui, fragment['access_token']!);
    const id = await verify(ui, fragment['id_token']!);
    const authTime = Math.floor(ui.cloud.clock.now() / 1000);
    expect(access).toMatchObject({ token_use: 'access', client_id: ui.clientId, scope: ARTICLE_SCOPES.join(' '), auth_time: authTime });
    expect(id).toMatchObject({ token_use: 'id', aud: ui.clientId, nonce: 'n-0S6_WzA2Mj', auth_time: authTime, email: ARTICLE_USER.email });
  });

  it('issues a code bound to the request, and an access token alone without openid in the implicit grant', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, 'alice');
    const params = {
      response_type: 'code',
      scope: 'openid profile',
      nonce: 'abc',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    };
    const { last } = await ui.browser.submit(await openLogin(ui, params), { username: 'alice', password: PASSWORD });
    const { code, state } = callbackParams(last.location!, 'search');
    expect(state).toBe('xyz');
    expect(code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(last.location).toBe(`${CALLBACK}?code=${code}&state=xyz`);
    const now = ui.cloud.clock.now();
    expect(poolsOf(ui.cloud)[ui.userPoolId]!.hostedUi.codes[code!]).toEqual({
      clientId: ui.clientId,
      redirectUri: CALLBACK,
      username: 'alice',
      scopes: ['openid', 'profile'],
      nonce: 'abc',
      codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      codeChallengeMethod: 'S256',
      authTime: now,
      expiresAt: now + 5 * 60 * 1000,
      used: false,
    });

    // The session now skips the form; without openid the implicit grant returns the access token only.
    const implicit = await ui.browser.request(authorizeUrl(ui, { scope: 'aws.cognito.signin.user.admin', state: undefined }));
    expect(implicit.location).toMatch(/^http:\/\/localhost#access_token=[^&]+&expires_in=3600&token_type=Bearer$/);
    expect(await verify(ui, callbackParams(implicit.location!, 'hash')['access_token']!)).toMatchObject({ scope: 'aws.cognito.signin.user.admin' });
  });

  it('skips the form while the session cookie lives (auth_time from the sign-in), and asks again after 1 hour', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, 'alice');
    await ui.browser.submit(await openLogin(ui), { username: 'alice', password: PASSWORD });
    const signedInAt = Math.floor(ui.cloud.clock.now() / 1000);
    ui.cloud.clock.advance(HOUR - 1000);
    const again = await ui.browser.request(authorizeUrl(ui, { scope: 'openid' }));
    expect(again.status).toBe(302);
    const claims = await verify(ui, callbackParams(again.location!, 'hash')['id_token']!);
    expect(claims['auth_time']).toBe(signedInAt);
    expect(claims['iat']).toBe(signedInAt + 3599);
    // /login itself skips the form too.
    expect((await ui.browser.request(`${ui.base}/login${new URL(authorizeUrl(ui)).search}`)).location).toMatch(/^http:\/\/localhost#/);

    ui.cloud.clock.advance(1000);
    expect((await ui.browser.request(authorizeUrl(ui))).location).toMatch(/^\/login\?/);
    // Even a browser that kept the expired cookie is asked to sign in.
    const stale = await ui.cloud.fetch(authorizeUrl(ui), { headers: { cookie: `cognito=${ui.browser.cookies.get('cognito')!.value}` }, redirect: 'manual' });
    expect(stale.headers.get('location')).toMatch(/^\/login\?/);
  });

  it('keeps the session and the codes in the cloud’s snapshot: a restored cloud still skips the form for the same cookie', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, 'alice');
    await ui.browser.submit(await openLogin(ui, { response_type: 'code' }), { username: 'alice', password: PASSWORD });
    const restored = await newCloud({ snapshot: JSON.parse(JSON.stringify(ui.cloud.snapshot())) });
    const cookie = `cognito=${ui.browser.cookies.get('cognito')!.value}`;
    const answer = await restored.fetch(authorizeUrl(ui), { headers: { cookie }, redirect: 'manual' });
    expect(answer.headers.get('location')).toMatch(/^http:\/\/localhost#id_token=/);
    expect(Object.keys(poolsOf(restored)[ui.userPoolId]!.hostedUi.codes)).toHaveLength(1);
  });

  it('shows "Incorrect username or password." on the page for a wrong password, and locks the user out as the API does', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, 'alice');
    const page = await openLogin(ui);
    let last = (await ui.browser.submit(page, { username: 'alice', password: 'wrong' })).last;
    expect(last.status).toBe(200);
    expect(roleText(last.body, 'alert')).toBe('Incorrect username or password.');
    expect(formOf(last.body).fields['username']).toBe('alice');
    for (let i = 0; i < 4; i++) last = (await ui.browser.submit(last, { username: 'alice', password: 'wrong' })).last;
    last = (await ui.browser.submit(last, { username: 'alice', password: PASSWORD })).last;
    expect(roleText(last.body, 'alert')).toBe('Password attempts exceeded');
    ui.cloud.clock.advance(1000);
    expect((await ui.browser.submit(last, { username: 'alice', password: PASSWORD })).last.status).toBe(302);
  });

  it('says "User does not exist." under LEGACY and hides it under ENABLED; a disabled user is told so', async () => {
    const legacy = await hostedUi({ client: { PreventUserExistenceErrors: 'LEGACY' } });
    const page = (await legacy.browser.submit(await openLogin(legacy), { username: 'nobody', password: PASSWORD })).last;
    expect(roleText(page.body, 'alert')).toBe('User does not exist.');

    const hidden = await hostedUi({ client: { PreventUserExistenceErrors: 'ENABLED' } });
    await confirmedUser(hidden.cloud, hidden.clientId, 'alice');
    const nobody = (await hidden.browser.submit(await openLogin(hidden), { username: 'nobody', password: PASSWORD })).last;
    expect(roleText(nobody.body, 'alert')).toBe('Incorrect username or password.');
    await hidden.cloud.cognitoIdp.adminDisableUser({ UserPoolId: hidden.userPoolId, Username: 'alice' });
    const disabled = (await hidden.browser.submit(nobody, { username: 'alice', password: PASSWORD })).last;
    expect(roleText(disabled.body, 'alert')).toBe('User is disabled.');
  });

  it('refuses a post whose _csrf does not match the XSRF-TOKEN cookie, or comes without the cookie', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, 'alice');
    const page = await openLogin(ui);
    const forged = await ui.browser.submit(page, { username: 'alice', password: PASSWORD, _csrf: 'forged' });
    expect(forged.last.status).toBe(403);
    expect(forged.last.body).toContain('its CSRF token does not match');
    ui.browser.cookies.delete('XSRF-TOKEN');
    expect((await ui.browser.submit(page, { username: 'alice', password: PASSWORD })).last.status).toBe(403);
    expect(poolsOf(ui.cloud)[ui.userPoolId]!.hostedUi.sessions).toEqual({});
  });

  it('says so on the page for a user who needs MFA (pages the simulator does not serve yet)', async () => {
    const mfa = await hostedUi({ pool: { MfaConfiguration: 'ON', SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sns' } } });
    await confirmedUser(mfa.cloud, mfa.clientId, 'carol');
    const mfaPage = (await mfa.browser.submit(await openLogin(mfa), { username: 'carol', password: PASSWORD })).last;
    expect(mfaPage.body).toContain('This user pool requires MFA. The hosted UI’s MFA pages are not simulated yet');
  });

  it('escapes what the request carries, and checks the request like /oauth2/authorize', async () => {
    const ui = await hostedUi();
    const page = await openLogin(ui, { state: '"><script>alert(1)</script>' });
    expect(page.body).not.toContain('<script>');
    expect(formOf(page.body).action).toContain('state=%22%3E%3Cscript%3E');
    const mismatch = await ui.browser.request(`${ui.base}/login?client_id=${ui.clientId}&redirect_uri=https://evil.example.com&response_type=code`);
    expect(mismatch.location).toBe(`/error?error=redirect_mismatch&client_id=${ui.clientId}`);
  });

  it('shows managed login (version 2) domains the same pages, with a line saying so', async () => {
    const ui = await hostedUi({ managedLoginVersion: 2 });
    const page = await openLogin(ui);
    expect(roleText(page.body, 'note')).toBe('This domain uses managed login (version 2); the simulator shows the classic hosted UI pages for it.');
    expect(formOf(page.body).labels).toEqual(['username:Username', 'password:Password']);
  });
});
