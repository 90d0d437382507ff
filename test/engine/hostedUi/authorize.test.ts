import { describe, expect, it } from 'vitest';
import { CALLBACK, authorizeUrl, callbackParams, hostedUi } from './setup';

// GET /oauth2/authorize: the checks, in AWS's order, and where each answer sends the browser.
describe('/oauth2/authorize', () => {
  it('sends a valid request to /login with the same query', async () => {
    const ui = await hostedUi();
    const url = authorizeUrl(ui, { scope: 'openid email', nonce: 'n-1' });
    const { last } = await ui.browser.visit(url).then((r) => ({ last: r.hops[0]! }));
    expect(last.status).toBe(302);
    expect(last.location).toBe(`/login${new URL(url).search}`);
  });

  it('never redirects to an unregistered callback or for an unknown client: the domain’s error page says why', async () => {
    const ui = await hostedUi();
    const mismatch = await ui.browser.visit(authorizeUrl(ui, { redirect_uri: 'https://evil.example.com/cb' }));
    expect(mismatch.hops.map((h) => [h.status, h.location])).toEqual([
      [302, `/error?error=redirect_mismatch&client_id=${ui.clientId}`],
      [400, null],
    ]);
    expect(mismatch.last.body).toContain('An error was encountered with the requested page.');
    expect(mismatch.last.body).toContain('redirect_mismatch: the redirect_uri (or logout_uri) is missing or is not one the app client registered');

    const missing = await ui.browser.request(authorizeUrl(ui, { redirect_uri: undefined }));
    expect(missing.location).toBe(`/error?error=redirect_mismatch&client_id=${ui.clientId}`);

    const unknown = await ui.browser.visit(authorizeUrl(ui, { client_id: 'nosuchclient' }));
    expect(unknown.hops[0]!.location).toBe('/error?error=invalid_request&client_id=nosuchclient');
    expect(unknown.last.body).toContain('the client_id is missing or names no app client of this user pool. (client_id nosuchclient)');
    const known = await ui.browser.request(`${ui.base}/error?error=invalid_request&client_id=${ui.clientId}`);
    expect(known.body).toContain('invalid_request: the request lacks a parameter the hosted UI needs, or has one it cannot accept.');
  });

  it('answers a client of another pool as unknown', async () => {
    const ui = await hostedUi();
    const other = await ui.cloud.cognitoIdp.createUserPool({ PoolName: 'other' });
    const { UserPoolClient } = await ui.cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: other.UserPool.Id,
      ClientName: 'x',
      CallbackURLs: [CALLBACK],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    const hop = await ui.browser.request(authorizeUrl(ui, { client_id: UserPoolClient.ClientId }));
    expect(hop.location).toBe(`/error?error=invalid_request&client_id=${UserPoolClient.ClientId}`);
  });

  it('sends a flow the client does not allow back to the app as unauthorized_client, with the state', async () => {
    const ui = await hostedUi({ client: { AllowedOAuthFlows: ['code'] } });
    const hop = await ui.browser.request(authorizeUrl(ui, { response_type: 'token' }));
    expect(hop.status).toBe(302);
    expect(hop.location).toBe(`${CALLBACK}?error=unauthorized_client&state=xyz`);

    const off = await hostedUi({ client: { AllowedOAuthFlowsUserPoolClient: false } });
    expect((await off.browser.request(authorizeUrl(off, { response_type: 'code' }))).location).toBe(`${CALLBACK}?error=unauthorized_client&state=xyz`);
  });

  it('answers a missing or unknown response_type and a PKCE method other than S256 with invalid_request', async () => {
    const ui = await hostedUi();
    for (const params of [{ response_type: undefined }, { response_type: 'id_token' }]) {
      expect(callbackParams((await ui.browser.request(authorizeUrl(ui, params))).location!, 'search')).toEqual({ error: 'invalid_request', state: 'xyz' });
    }
    const plain = await ui.browser.request(authorizeUrl(ui, { response_type: 'code', code_challenge: 'abc', code_challenge_method: 'plain' }));
    expect(callbackParams(plain.location!, 'search')).toEqual({
      error: 'invalid_request',
      error_description: 'Unsupported code challenge method',
      state: 'xyz',
    });
    const noMethod = await ui.browser.request(authorizeUrl(ui, { response_type: 'code', code_challenge: 'abc' }));
    expect(callbackParams(noMethod.location!, 'search')).toEqual({ error: 'invalid_request', state: 'xyz' });
  });

  it('answers invalid_scope when nothing requested is allowed, or email without openid; unknown scopes are ignored', async () => {
    const ui = await hostedUi({ client: { AllowedOAuthScopes: ['openid', 'email'] } });
    for (const scope of ['phone', 'nonsense', 'email']) {
      expect(callbackParams((await ui.browser.request(authorizeUrl(ui, { scope }))).location!, 'search')).toEqual({ error: 'invalid_scope', state: 'xyz' });
    }
    expect((await ui.browser.request(authorizeUrl(ui, { scope: 'openid nonsense' }))).location).toMatch(/^\/login\?/);
  });

  it('answers an identity provider the pool does not have as AWS does for a login option the client lacks', async () => {
    const ui = await hostedUi();
    const hop = await ui.browser.request(authorizeUrl(ui, { identity_provider: 'Google' }));
    expect(callbackParams(hop.location!, 'search')).toEqual({
      error: 'invalid_request',
      error_description: 'Login option is not available. Please try another one',
      state: 'xyz',
    });
    expect((await ui.browser.request(authorizeUrl(ui, { identity_provider: 'COGNITO' }))).location).toMatch(/^\/login\?/);
  });

  it('refuses methods other than GET', async () => {
    const ui = await hostedUi();
    const hop = await ui.browser.request(authorizeUrl(ui), { method: 'POST', form: {} });
    expect(hop.status).toBe(405);
  });
});
