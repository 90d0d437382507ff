import { describe, expect, it } from 'vitest';
import { lastCodeFor, poolsOf, sentCount } from '../../support/cloud';
import { formOf, linkHref, roleText } from '../../support/browser';
import { PASSWORD, unconfirmedUser } from '../../support/users';
import { authorizeUrl, callbackParams, hostedUi, verify, type HostedUiSetup } from './setup';

/** The sign-up page, reached from /login's link as a user does. */
async function openSignUp(ui: HostedUiSetup, params: Record<string, string | undefined> = {}) {
  const login = (await ui.browser.visit(authorizeUrl(ui, params))).last;
  const page = await ui.browser.request(linkHref(login.body, 'Need an account? Sign up'), {}, ui.base);
  expect(page.status).toBe(200);
  return page;
}

describe('/signup and /confirmUser', () => {
  it('signs a user up with the pool’s schema, sends the code to the outbox, confirms it, and finishes the authorization', async () => {
    const ui = await hostedUi();
    const page = await openSignUp(ui, { scope: 'openid email', nonce: 'n1' });
    expect(formOf(page.body).labels).toEqual(['username:Username', 'email:Email', 'password:Password']);
    const signedUp = await ui.browser.submit(page, { username: 'dave', email: 'dave@example.com', password: PASSWORD });
    expect(signedUp.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(signedUp.hops[0]!.location).toMatch(/^\/confirmUser\?.*&username=dave$/);
    expect(roleText(signedUp.last.body, 'status')).toBe('We have sent a code by email to d***@e***.com. Enter it below to confirm your account.');
    expect(poolsOf(ui.cloud)[ui.userPoolId]!.users['dave']!.status).toBe('UNCONFIRMED');

    const wrong = await ui.browser.submit(signedUp.last, { code: '000000' });
    expect(roleText(wrong.last.body, 'alert')).toBe('Invalid verification code provided, please try again.');
    const { last } = await ui.browser.submit(wrong.last, { code: lastCodeFor(ui.cloud, 'dave@example.com') });
    expect(last.status).toBe(302);
    expect(last.setCookie).toMatch(/^cognito=/);
    const fragment = callbackParams(last.location!, 'hash');
    expect(fragment['state']).toBe('xyz');
    expect(await verify(ui, fragment['id_token']!)).toMatchObject({ 'cognito:username': 'dave', email: 'dave@example.com', email_verified: true, nonce: 'n1' });
    expect(poolsOf(ui.cloud)[ui.userPoolId]!.users['dave']!.status).toBe('CONFIRMED');
  });

  it('answers with the API’s password policy and errors, on the page', async () => {
    const ui = await hostedUi();
    const page = await openSignUp(ui);
    const weak = await ui.browser.submit(page, { username: 'dave', email: 'dave@example.com', password: 'short' });
    expect(weak.last.status).toBe(200);
    expect(roleText(weak.last.body, 'alert')).toMatch(/^Password did not conform with policy: /);
    expect(formOf(weak.last.body).fields['email']).toBe('dave@example.com');
    await unconfirmedUser(ui.cloud, ui.clientId, 'erin');
    const taken = await ui.browser.submit(weak.last, { username: 'erin', email: 'erin@example.com', password: PASSWORD });
    expect(roleText(taken.last.body, 'alert')).toBe('User already exists');
  });

  it('asks only for the email in a pool that signs in with it, and for a client with a secret supplies the hash itself', async () => {
    const ui = await hostedUi({ secret: true, pool: { UsernameAttributes: ['email'] } });
    const page = await openSignUp(ui);
    expect(formOf(page.body).labels).toEqual(['username:Email', 'password:Password']);
    const before = sentCount(ui.cloud);
    const done = await ui.browser.submit(page, { username: 'fay@example.com', password: PASSWORD });
    expect(sentCount(ui.cloud)).toBe(before + 1);
    const { last } = await ui.browser.submit(done.last, { code: lastCodeFor(ui.cloud, 'fay@example.com') });
    expect(callbackParams(last.location!, 'hash')).toHaveProperty('access_token');
  });

  it('sends an unconfirmed user who signs in a new code and the confirmation page', async () => {
    const ui = await hostedUi();
    await unconfirmedUser(ui.cloud, ui.clientId, 'gus');
    const first = lastCodeFor(ui.cloud, 'gus@example.com');
    const login = (await ui.browser.visit(authorizeUrl(ui))).last;
    const { hops, last } = await ui.browser.submit(login, { username: 'gus', password: PASSWORD });
    expect(hops[0]!.location).toMatch(/^\/confirmUser\?.*username=gus$/);
    expect(lastCodeFor(ui.cloud, 'gus@example.com')).not.toBe(first);
    const confirmed = await ui.browser.submit(last, { code: lastCodeFor(ui.cloud, 'gus@example.com') });
    expect(confirmed.last.location).toMatch(/^http:\/\/localhost#/);
  });

  it('runs SignUp through the user pool’s pipeline: logged as a request of the page, validated as the API validates it', async () => {
    const ui = await hostedUi();
    const page = await openSignUp(ui);
    const blank = await ui.browser.submit(page, { username: '', email: 'j@example.com', password: PASSWORD });
    expect(roleText(blank.last.body, 'alert')).toMatch(
      /^2 validation errors detected: Value at 'username' failed to satisfy constraint: Member must have length greater than or equal to 1; /,
    );
    await ui.browser.submit(blank.last, { username: 'jo', email: 'jo@example.com', password: PASSWORD });
    const entries = ui.cloud.log.entries;
    const signUp = entries.filter((e) => e.action === 'SignUp').at(-1)!;
    const visit = entries.find((e) => e.requestId === signUp.parent)!;
    expect(signUp).toMatchObject({ service: 'cognito-idp', status: 200, request: { ClientId: ui.clientId, Username: 'jo' } });
    expect(visit).toMatchObject({ service: 'cognito-hosted-ui', action: 'POST /signup' });
  });

  it('sends a new code from the confirmation page’s Resend code button, within ResendConfirmationCode’s hourly limit', async () => {
    const ui = await hostedUi();
    const signedUp = await ui.browser.submit(await openSignUp(ui), { username: 'ida', email: 'ida@example.com', password: PASSWORD });
    const first = lastCodeFor(ui.cloud, 'ida@example.com');
    const resent = await ui.browser.submit(signedUp.last, { action: 'resend' });
    expect(roleText(resent.last.body, 'status')).toBe('We have sent a new code by email to i***@e***.com. Enter it below to confirm your account.');
    const second = lastCodeFor(ui.cloud, 'ida@example.com');
    expect(second).not.toBe(first);
    let page = resent.last;
    for (let i = 0; i < 4; i++) page = (await ui.browser.submit(page, { action: 'resend' })).last;
    page = (await ui.browser.submit(page, { action: 'resend' })).last;
    expect(roleText(page.body, 'alert')).toBe('Attempt limit exceeded, please try after some time.');
    const { last } = await ui.browser.submit(page, { code: lastCodeFor(ui.cloud, 'ida@example.com') });
    expect(last.location).toMatch(/^http:\/\/localhost#/);
  });

  it('refuses sign-up where only administrators create users, and a forged post', async () => {
    const closed = await hostedUi({ pool: { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } } });
    const login = (await closed.browser.visit(authorizeUrl(closed))).last;
    expect(login.body).not.toContain('/signup');
    const page = await closed.browser.request(`${closed.base}/signup${new URL(authorizeUrl(closed)).search}`);
    expect(page.status).toBe(403);
    expect(page.body).toContain('SignUp is not permitted for this user pool');

    const ui = await hostedUi();
    const form = await openSignUp(ui);
    const forged = await ui.browser.submit(form, { username: 'h', email: 'h@example.com', password: PASSWORD, _csrf: 'x' });
    expect(forged.last.status).toBe(403);
    expect(poolsOf(ui.cloud)[ui.userPoolId]!.users).toEqual({});
  });
});
