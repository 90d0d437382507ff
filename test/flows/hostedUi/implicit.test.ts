import { describe, expect, it } from 'vitest';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import type { BrowserState } from '../../../src/flows/hostedUi/browse';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { ARTICLE_USER } from '../../../src/flows/types';
import { wire } from '../support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });

async function integrated() {
  const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
  await w.type({ domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: 'implicit', scopes: 'openid email phone' });
  const s = await w.send(ev('integration.save'));
  return { w, s };
}

const page = (s: { context: { browser?: unknown } }) => {
  const b = s.context.browser as BrowserState;
  return b.history[b.index]!;
};

describe('the hosted UI flow: the article’s implicit grant', () => {
  it('saves App integration with CreateUserPoolDomain and UpdateUserPoolClient', async () => {
    const { w, s } = await integrated();
    expect(s.value).toBe('integrated');
    const calls = w.cloud.log.entries.filter((e) => !e.parent).map((e) => e.action);
    expect(calls.slice(-4)).toEqual(['DescribeUserPool', 'CreateUserPoolDomain', 'DescribeUserPoolClient', 'UpdateUserPoolClient']);
  });

  it('launches the hosted UI, signs in on its login page and receives the tokens in the callback’s fragment', async () => {
    const { w } = await integrated();
    let s = await w.send(ev('hostedUi.launch'));
    expect(s.value).toBe('browsing');
    expect(page(s).chain.map((h) => [new URL(h.url).pathname, h.status])).toEqual([
      ['/oauth2/authorize', 302],
      ['/login', 200],
    ]);
    s = await w.send(ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: '#Wrong9999' } }));
    expect(s.value).toBe('browsing');
    expect(page(s).body).toContain('Incorrect username or password.');
    s = await w.send(ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } }));
    expect(s.value).toBe('signedIn');
    expect(s.context.tokens).toMatchObject({ grant: 'implicit', ExpiresIn: 3600 });
    expect(s.context.tokens?.IdToken).toBeTruthy();
    expect(s.context.callback).toMatch(/^http:\/\/localhost\/?#id_token=/);

    // The session cookie skips the form.
    s = await w.send(ev('hostedUi.launch'));
    expect(s.value).toBe('signedIn');
    expect(page(s).chain.map((h) => new URL(h.url).pathname)).toEqual(['/oauth2/authorize']);
  });
});

describe('the hosted UI flow: signing out and a refused callback', () => {
  it('signs out through /logout, which ends the session: the next launch shows the form again', async () => {
    const { w } = await integrated();
    await w.send(ev('hostedUi.launch'));
    await w.send(ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } }));
    let s = await w.send(ev('hostedUi.logout'));
    expect(s.value).toBe('signedOut');
    expect(s.context.tokens).toBeUndefined();
    expect(page(s).chain.map((h) => [new URL(h.url).pathname, h.status])).toEqual([['/logout', 302]]);
    s = await w.send(ev('hostedUi.launch'));
    expect(s.value).toBe('browsing');
    expect(page(s).chain.map((h) => new URL(h.url).pathname)).toEqual(['/oauth2/authorize', '/login']);
  });

  it('shows UpdateUserPoolClient refusing an http callback outside localhost, and keeps the saved settings', async () => {
    const { w } = await integrated();
    await w.type({ callbackUrl: 'http://shop.example.com/callback' });
    const s = await w.send(ev('integration.save'));
    expect(s.value).toBe('integrated');
    expect(s.context.error).toEqual({ code: 'InvalidParameterException', message: 'http://shop.example.com/callback cannot use the HTTP protocol.' });
    expect(s.context.settings?.callbackUrl).toBe('http://localhost');
  });
});
