import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { newCloud } from '../../support/cloud';
import { basic, CALLBACK, issueCode, machinePool, oauthPool, postForm, USERNAME, type OAuthSetup } from '../../support/oauth';
import { PASSWORD } from '../../support/users';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

async function codeTokens(cloud: TestCloud, setup: OAuthSetup, scopes = ['openid', 'email']) {
  const code = await issueCode(cloud, setup, { scopes });
  const response = await postForm(cloud, `${setup.base}/oauth2/token`, {
    grant_type: 'authorization_code',
    client_id: setup.clientId,
    code,
    redirect_uri: CALLBACK,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { id_token?: string; access_token: string; refresh_token: string };
}

const refresh = (cloud: TestCloud, setup: OAuthSetup, refresh_token: string, form: Record<string, string> = {}) =>
  postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'refresh_token', client_id: setup.clientId, refresh_token, ...form });

async function expectOAuthError(response: Response, error: string, status = 400) {
  expect(response.status).toBe(status);
  expect(await response.json()).toEqual({ error });
}

describe('POST /oauth2/token with refresh_token', () => {
  it('gives new ID and access tokens with the sign-in scopes and auth_time, and no new refresh token', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const signedInAt = cloud.clock.now() / 1000;
    const first = await codeTokens(cloud, setup);
    cloud.clock.advance(2 * 3600_000);
    const response = await refresh(cloud, setup, first.refresh_token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'id_token', 'token_type']);
    const access = decodeJwt(body.access_token);
    expect(access).toMatchObject({ scope: 'openid email', auth_time: signedInAt, username: USERNAME, origin_jti: decodeJwt(first.access_token).origin_jti });
    expect(access.iat).toBe(signedInAt + 7200);
    expect(decodeJwt(body.id_token).auth_time).toBe(signedInAt);
  });

  it('refreshes a token from the API sign-in too, with its aws.cognito.signin.user.admin scope', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
      ClientId: setup.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME, PASSWORD },
    });
    const body = await (await refresh(cloud, setup, AuthenticationResult!.RefreshToken!)).json();
    expect(decodeJwt(body.access_token).scope).toBe('aws.cognito.signin.user.admin');
    expect(body.id_token).toBeDefined();
  });

  it('refuses a revoked, an expired, an unknown and another client’s refresh token with invalid_grant', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { refresh_token } = await codeTokens(cloud, setup);
    await expectOAuthError(await refresh(cloud, setup, 'not-a-refresh-token'), 'invalid_grant');
    const { UserPoolClient: other } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: setup.userPoolId, ClientName: 'other' });
    await expectOAuthError(await refresh(cloud, setup, refresh_token, { client_id: other.ClientId }), 'invalid_grant');
    const kept = (await codeTokens(cloud, setup)).refresh_token;
    await cloud.cognitoIdp.revokeToken({ ClientId: setup.clientId, Token: refresh_token });
    await expectOAuthError(await refresh(cloud, setup, refresh_token), 'invalid_grant');
    expect((await refresh(cloud, setup, kept)).status).toBe(200);
    cloud.clock.advance(30 * 24 * 3600_000 + 1);
    await expectOAuthError(await refresh(cloud, setup, kept), 'invalid_grant');
  });

  it('wants the refresh_token parameter', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    await expectOAuthError(await postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'refresh_token', client_id: setup.clientId }), 'invalid_request');
  });
});

describe('POST /oauth2/token with client_credentials', () => {
  const grant = (cloud: TestCloud, setup: OAuthSetup, form: Record<string, string> = {}, secret = setup.clientSecret!) =>
    postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'client_credentials', ...form }, basic(setup.clientId, secret));

  it('gives a machine an access token only, for the custom scopes it asked and is allowed', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud);
    const response = await grant(cloud, setup, { scope: 'orders/read profile orders/unknown' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(body).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({ sub: setup.clientId, client_id: setup.clientId, token_use: 'access', scope: 'orders/read', version: 2 });
    expect(claims.username).toBeUndefined();
    expect(claims.iss).toBe(`https://cognito-idp.${cloud.region}.amazonaws.com/${setup.userPoolId}`);
  });

  it('grants all the client’s custom scopes when none is asked', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud);
    const body = await (await grant(cloud, setup)).json();
    expect(decodeJwt(body.access_token).scope).toBe('orders/read orders/write');
  });

  it('answers invalid_scope when nothing asked can be granted, and invalid_client for a wrong secret', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud, ['orders/read']);
    await expectOAuthError(await grant(cloud, setup, { scope: 'orders/write' }), 'invalid_scope');
    await expectOAuthError(await grant(cloud, setup, {}, 'wrong'), 'invalid_client');
  });

  it('refuses a client without the client_credentials flow with unauthorized_client, and a public client with invalid_client', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { secret: true });
    await expectOAuthError(await grant(cloud, setup), 'unauthorized_client');
    const cloud2 = await newCloud();
    const pub = await oauthPool(cloud2);
    expect(pub.clientSecret).toBeUndefined();
    await expectOAuthError(await postForm(cloud2, `${pub.base}/oauth2/token`, { grant_type: 'client_credentials', client_id: pub.clientId }), 'invalid_client');
  });
});
