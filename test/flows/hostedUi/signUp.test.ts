import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import type { BrowserState } from '../../../src/flows/hostedUi/browse';
import { linkByText } from '../../../src/flows/hostedUi/forms';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { NEW_USER } from '../../../src/flows/hostedUi/scenario';
import { GUIDED_PASSWORDS } from '../../../src/flows/types';
import { newestCodeTo, wire } from '../support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const page = (s: { context: { browser?: unknown } }) => {
  const b = s.context.browser as BrowserState;
  return b.history[b.index]!;
};
const signUp = (password: string) => ev('browser.submit', { button: 'Sign up', values: { username: NEW_USER.username, email: NEW_USER.email, password } });

async function onLoginPage() {
  const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
  await w.type({ domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: 'code', scopes: 'openid email' });
  await w.send(ev('integration.save'));
  const s = await w.send(ev('hostedUi.launch'));
  return { w, s };
}

describe('the hosted UI flow: signing up on the hosted UI', () => {
  it('follows the login page’s Sign up link, keeping the OAuth request in its query', async () => {
    const { w, s: login } = await onLoginPage();
    expect(new URL(page(login).url).pathname).toBe('/login');
    const href = linkByText(page(login).body, page(login).url, 'Sign up')!;
    expect(new URL(href).pathname).toBe('/signup');
    expect(new URL(href).searchParams.get('state')).toBe(login.context.oauthState);
    const s = await w.send(ev('browser.navigate', { url: href }));
    expect(s.value).toBe('browsing');
    expect(page(s).status).toBe(200);
    expect(page(s).body).toContain('<label for="email">Email</label>');
    expect(page(s).body).toContain('<label for="password">Password</label>');
  });

  it('shows the pool’s password policy error on the page for a weak password, and creates no user', async () => {
    const { w, s: login } = await onLoginPage();
    await w.send(ev('browser.navigate', { url: linkByText(page(login).body, page(login).url, 'Sign up')! }));
    const s = await w.send(signUp(GUIDED_PASSWORDS.weak));
    expect(s.value).toBe('browsing');
    expect(new URL(page(s).url).pathname).toBe('/signup');
    expect(page(s).body).toContain('<p role="alert">Password did not conform with policy: Password not long enough</p>');
    const signUpCall = w.cloud.log.entries.find((e) => e.action === 'SignUp' && e.parent)!;
    expect(signUpCall.error).toEqual({ code: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' });
    await expect(w.cloud.cognitoIdp.adminGetUser({ UserPoolId: w.setup.userPoolId!, Username: NEW_USER.username })).rejects.toMatchObject({
      name: 'UserNotFoundException',
    });
  });

  it('signs up, reads the code from the outbox, confirms it on /confirmUser and lands at the callback signed in as the new user', async () => {
    const { w, s: login } = await onLoginPage();
    await w.send(ev('browser.navigate', { url: linkByText(page(login).body, page(login).url, 'Sign up')! }));
    let s = await w.send(signUp(NEW_USER.password));
    expect(s.value).toBe('browsing');
    expect(page(s).chain.map((h) => [new URL(h.url).pathname, h.status])).toEqual([
      ['/signup', 302],
      ['/confirmUser', 200],
    ]);
    expect(page(s).body).toContain('We have sent a code by email to');
    const code = newestCodeTo(w.cloud, NEW_USER.email);

    // A wrong code stays on the page with ConfirmSignUp's message.
    s = await w.send(ev('browser.submit', { button: 'Confirm account', values: { code: code === '000000' ? '111111' : '000000' } }));
    expect(s.value).toBe('browsing');
    expect(page(s).body).toContain('Invalid verification code provided, please try again.');

    s = await w.send(ev('browser.submit', { button: 'Confirm account', values: { code } }));
    expect(s.value).toBe('signedIn');
    expect(s.context.tokens).toMatchObject({ grant: 'code' });
    expect(decodeJwt(s.context.tokens!.IdToken!)).toMatchObject({ 'cognito:username': NEW_USER.username, email: NEW_USER.email, email_verified: true });
    const { UserStatus } = await w.cloud.cognitoIdp.adminGetUser({ UserPoolId: w.setup.userPoolId!, Username: NEW_USER.username });
    expect(UserStatus).toBe('CONFIRMED');
  });
});
