import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import type { BrowserState } from '../../../src/flows/hostedUi/browse';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { ARTICLE_USER } from '../../../src/flows/types';
import { wire } from '../support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const page = (s: { context: { browser?: unknown } }) => {
  const b = s.context.browser as BrowserState;
  return b.history[b.index]!;
};
const signIn = ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } });
const hops = (s: { context: { browser?: unknown } }) => page(s).chain.map((h) => [new URL(h.url).pathname, h.status]);
const sessionCookies = (s: { context: { browser?: unknown } }) =>
  page(s)
    .chain.flatMap((h) => h.setCookies)
    .filter((c) => c.startsWith('cognito='));

async function signedIn(flows: string) {
  const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
  await w.type({ domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows, scopes: 'openid email' });
  await w.send(ev('integration.save'));
  await w.send(ev('hostedUi.launch'));
  const s = await w.send(signIn);
  expect(s.value).toBe('signedIn');
  return { w, s };
}

describe('the hosted UI flow: logout, first form (logout_uri)', () => {
  it('ends the session and lands on the sign-out URL, in signedOut', async () => {
    const { w } = await signedIn('code');
    const s = await w.send(ev('hostedUi.logout'));
    expect(s.value).toBe('signedOut');
    expect(hops(s)).toEqual([['/logout', 302]]);
    const logout = new URL(page(s).chain[0]!.url);
    expect(Object.fromEntries(logout.searchParams)).toEqual({ client_id: w.setup.clientId, logout_uri: 'http://localhost' });
    expect(sessionCookies(s)).toHaveLength(1);
    expect(sessionCookies(s)[0]).toMatch(/^cognito=;/);
  });
});

describe('the hosted UI flow: logout, second form (redirect_uri + response_type)', () => {
  it('ends the session and shows /login again, in browsing (not signedOut), with a new sign-in’s state, scope and PKCE challenge', async () => {
    const { w, s: before } = await signedIn('code');
    const s = await w.send(ev('hostedUi.switchUser'));
    expect(s.value).toBe('browsing');
    expect(s.context.tokens).toBeUndefined();
    expect(hops(s)).toEqual([
      ['/logout', 302],
      ['/login', 200],
    ]);
    const logout = new URL(page(s).chain[0]!.url);
    expect(Object.fromEntries(logout.searchParams)).toMatchObject({
      client_id: w.setup.clientId,
      redirect_uri: 'http://localhost',
      response_type: 'code',
      scope: 'openid email',
      state: s.context.oauthState,
      code_challenge: s.context.pkce!.challenge,
      code_challenge_method: 'S256',
    });
    expect(logout.searchParams.has('logout_uri')).toBe(false);
    expect(s.context.oauthState).not.toBe(before.context.oauthState);
    expect(sessionCookies(s)[0]).toMatch(/^cognito=;/);
    expect(page(s).body).toContain('<label for="username">');
  });

  it('signs in as someone else from that page and goes on to the callback, the code exchanged as after a launch', async () => {
    const { w } = await signedIn('code');
    const login = await w.send(ev('hostedUi.switchUser'));
    const nonce = new URL(page(login).chain[0]!.url).searchParams.get('nonce');
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A wrong password first: the session really ended, the form asks again.
    let s = await w.send(ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: '#Wrong9999' } }));
    expect(page(s).body).toContain('Incorrect username or password.');
    s = await w.send(signIn);
    expect(s.value).toBe('signedIn');
    expect(s.context.tokens).toMatchObject({ grant: 'code' });
    expect(decodeJwt(s.context.tokens!.IdToken!)).toMatchObject({ nonce });
  });

  it('works for the implicit grant too: the tokens come back in the fragment', async () => {
    const { w } = await signedIn('implicit');
    let s = await w.send(ev('hostedUi.switchUser'));
    expect(new URL(page(s).chain[0]!.url).searchParams.get('response_type')).toBe('token');
    s = await w.send(signIn);
    expect(s.value).toBe('signedIn');
    expect(s.context.callback).toMatch(/^http:\/\/localhost\/?#id_token=/);
  });

  it('is refused by the hosted UI for a redirect_uri the client did not register: the domain’s error page, still signed in there', async () => {
    const { w } = await signedIn('code');
    const base = `https://article-shop.auth.${w.cloud.region}.amazoncognito.com`;
    const s = await w.send(
      ev('browser.navigate', {
        url: `${base}/logout?client_id=${w.setup.clientId}&redirect_uri=${encodeURIComponent('https://evil.example.com')}&response_type=code`,
      }),
    );
    expect(s.value).toBe('browsing');
    expect(page(s).chain.map((h) => new URL(h.url).pathname)).toEqual(['/logout', '/error']);
    expect(new URL(page(s).url).searchParams.get('error')).toBe('redirect_mismatch');
    expect(sessionCookies(s)).toEqual([]);
  });
});
