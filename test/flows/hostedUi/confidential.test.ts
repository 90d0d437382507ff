import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import type { BrowserState } from '../../../src/flows/hostedUi/browse';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { basicAuthorization } from '../../../src/flows/hostedUi/oauth';
import { ARTICLE_USER } from '../../../src/flows/types';
import { wire } from '../support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const signIn = ev('browser.submit', { button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } });

/** App integration saved with a confidential client (the console's "server-side web app"). */
async function confidential() {
  const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
  await w.type({
    domain: 'article-shop',
    callbackUrl: 'http://localhost',
    signOutUrl: 'http://localhost',
    flows: 'code',
    scopes: 'openid email',
    clientType: 'confidential',
  });
  const s = await w.send(ev('integration.save'));
  return { w, s };
}

/** Every request the browser sent (and every page it was shown), as JSON. */
const browserText = (s: { context: { browser?: unknown } }) => JSON.stringify(s.context.browser);

/** The token requests the cloud received, with their headers and bodies. */
function tokenRequests(w: Awaited<ReturnType<typeof confidential>>['w']) {
  return w.cloud.log.entries.filter((e) => !e.parent && e.action === 'POST /oauth2/token').map((e) => e.http.request);
}

describe('the hosted UI flow: a confidential client’s code grant', () => {
  it('creates the client with GenerateSecret and the same OAuth settings, leaving the article’s public client as it was', async () => {
    const { w, s } = await confidential();
    expect(s.value).toBe('integrated');
    const calls = w.cloud.log.entries.filter((e) => !e.parent).map((e) => e.action);
    expect(calls.slice(-3)).toEqual(['DescribeUserPool', 'CreateUserPoolDomain', 'CreateUserPoolClient']);
    const server = s.context.server!;
    expect(server.clientId).not.toBe(w.setup.clientId);
    expect(s.context.settings).toMatchObject({ clientType: 'confidential', clientId: server.clientId });
    expect(s.context.settings).not.toHaveProperty('clientSecret');
    // The developer copied the secret into the app's server.
    expect(s.context.form['serverSecret']).toBe(server.clientSecret);
    const { UserPoolClient } = await w.cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: w.setup.userPoolId!, ClientId: server.clientId });
    expect(UserPoolClient).toMatchObject({
      ClientName: 'article-server-app',
      ClientSecret: server.clientSecret,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: ['http://localhost'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    const { UserPoolClient: article } = await w.cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: w.setup.userPoolId!, ClientId: w.setup.clientId! });
    expect(article.AllowedOAuthFlows ?? []).toEqual([]);

    // A second save updates the same client: no second one, the same secret.
    await w.type({ scopes: 'openid email phone' });
    const again = await w.send(ev('integration.save'));
    expect(again.context.server).toEqual(server);
    const { UserPoolClients } = await w.cloud.cognitoIdp.listUserPoolClients({ UserPoolId: w.setup.userPoolId! });
    expect(UserPoolClients.map((c) => c.ClientName).sort()).toEqual(['article-app', 'article-server-app']);
  });

  it('signs in, and its server exchanges the code with HTTP Basic and the PKCE verifier; the secret never passes through the browser', async () => {
    const { w } = await confidential();
    let s = await w.send(ev('hostedUi.launch'));
    const server = s.context.server!;
    const authorize = new URL((s.context.browser as BrowserState).history[0]!.chain[0]!.url);
    expect(authorize.searchParams.get('client_id')).toBe(server.clientId);
    expect(authorize.searchParams.get('code_challenge')).toBe(s.context.pkce!.challenge);
    s = await w.send(signIn);
    expect(s.value).toBe('signedIn');
    expect(s.context.tokens).toMatchObject({ grant: 'code', ExpiresIn: 3600 });

    const [request] = tokenRequests(w);
    expect(request!.headers['authorization']).toBe(basicAuthorization(server));
    expect(request!.headers['authorization']).toBe(`Basic ${btoa(`${server.clientId}:${server.clientSecret}`)}`);
    const body = new URLSearchParams(request!.body);
    expect(body.get('client_id')).toBeNull();
    expect(body.get('code_verifier')).toBe(s.context.pkce!.verifier);

    // No hop of the browser, no page it was shown, carries the secret or the Basic credentials.
    expect(browserText(s)).not.toContain(server.clientSecret);
    expect(browserText(s)).not.toContain(btoa(`${server.clientId}:${server.clientSecret}`));
    // Of every request the cloud received, only the server's token request carried it.
    const carriers = w.cloud.log.entries.filter((e) => {
      const sent = JSON.stringify(e.http.request);
      return sent.includes(server.clientSecret) || sent.includes(btoa(`${server.clientId}:${server.clientSecret}`));
    });
    expect(carriers.map((e) => e.action)).toEqual(['POST /oauth2/token']);

    const jwks = await (await w.cloud.fetch(`https://cognito-idp.${w.cloud.region}.amazonaws.com/${w.setup.userPoolId}/.well-known/jwks.json`)).json();
    const { payload } = await jwtVerify(s.context.tokens!.AccessToken, createLocalJWKSet(jwks), { currentDate: new Date(w.cloud.clock.now()) });
    expect(payload).toMatchObject({ token_use: 'access', client_id: server.clientId });
  });

  it('may leave PKCE out: the authorize URL has no challenge and the secret alone authenticates the exchange', async () => {
    const { w } = await confidential();
    await w.type({ pkce: 'off' });
    let s = await w.send(ev('hostedUi.launch'));
    expect(s.context.pkce).toBeUndefined();
    const authorize = new URL((s.context.browser as BrowserState).history[0]!.chain[0]!.url);
    expect(authorize.searchParams.has('code_challenge')).toBe(false);
    s = await w.send(signIn);
    expect(s.value).toBe('signedIn');
    const body = new URLSearchParams(tokenRequests(w)[0]!.body);
    expect(body.get('code')).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.has('code_verifier')).toBe(false);
  });

  it('shows invalid_client on the app’s screen when its server sends a wrong secret, and signs in again with the right one', async () => {
    const { w } = await confidential();
    await w.send(ev('hostedUi.launch'));
    let s = await w.send(signIn);
    const secret = s.context.server!.clientSecret;
    await w.type({ serverSecret: `${secret}x` });
    s = await w.send(ev('hostedUi.launch'));
    expect(s.value).toBe('callbackRefused');
    expect(s.context.tokens).toBeUndefined();
    expect(s.context.error).toEqual({ code: 'invalid_client', message: 'POST /oauth2/token answered 400 {"error":"invalid_client"}' });
    await w.type({ serverSecret: secret });
    s = await w.send(ev('hostedUi.launch'));
    expect(s.value).toBe('signedIn');
    expect(s.context.error).toBeUndefined();
  });
});
