import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import { challengeOf } from '../../../src/flows/hostedUi/oauth';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { ARTICLE_USER } from '../../../src/flows/types';
import { wire } from '../support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });

describe('the hosted UI flow: the authorization code grant with PKCE', () => {
  it('sends the S256 challenge, receives a code at the callback, and exchanges it with the verifier for tokens', async () => {
    const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
    await w.type({ domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: 'code', scopes: 'openid email' });
    await w.send(ev('integration.save'));
    let s = await w.send(ev('hostedUi.launch'));
    const pkce = s.context.pkce!;
    expect(pkce.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pkce.challenge).toBe(challengeOf(pkce.verifier));
    const authorize = new URL((s.context.browser as { history: { chain: { url: string }[] }[] }).history[0]!.chain[0]!.url);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ response_type: 'code', code_challenge: pkce.challenge, code_challenge_method: 'S256' });

    s = await w.send(ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } }));
    expect(s.value).toBe('signedIn');
    expect(s.context.callback).toMatch(/^http:\/\/localhost\/?\?code=[0-9a-f-]{36}&state=/);
    expect(s.context.tokens).toMatchObject({ grant: 'code', ExpiresIn: 3600 });
    expect(s.context.tokens?.RefreshToken).toBeTruthy();
    const calls = w.cloud.log.entries.filter((e) => !e.parent).map((e) => e.action);
    expect(calls.at(-1)).toBe('POST /oauth2/token');

    const jwks = await (await w.cloud.fetch(`https://cognito-idp.${w.cloud.region}.amazonaws.com/${w.setup.userPoolId}/.well-known/jwks.json`)).json();
    const { payload } = await jwtVerify(s.context.tokens!.AccessToken, createLocalJWKSet(jwks), { currentDate: new Date(w.cloud.clock.now()) });
    expect(payload).toMatchObject({ token_use: 'access', scope: 'openid email', client_id: w.setup.clientId });
  });
});

describe('the hosted UI flow: OpenID Connect’s nonce', () => {
  it('sends a nonce with openid, which the pool echoes in the ID token', async () => {
    const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
    await w.type({ domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: 'implicit', scopes: 'openid email' });
    await w.send(ev('integration.save'));
    let s = await w.send(ev('hostedUi.launch'));
    const authorize = new URL((s.context.browser as { history: { chain: { url: string }[] }[] }).history[0]!.chain[0]!.url);
    const nonce = authorize.searchParams.get('nonce');
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    s = await w.send(ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } }));
    expect(decodeJwt(s.context.tokens!.IdToken!)).toMatchObject({ nonce, token_use: 'id' });
  });
});
