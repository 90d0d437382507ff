import { describe, expect, it } from 'vitest';
import { newCloud } from '../../support/cloud';
import { basic, CALLBACK, issueCode, oauthPool, postForm, type OAuthSetup } from '../../support/oauth';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

async function tokens(cloud: TestCloud, setup: OAuthSetup, auth: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const code = await issueCode(cloud, setup, { scopes: ['openid'] });
  const response = await postForm(
    cloud,
    `${setup.base}/oauth2/token`,
    { grant_type: 'authorization_code', client_id: setup.clientId, code, redirect_uri: CALLBACK, ...auth },
    headers,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { access_token: string; refresh_token: string; id_token: string };
}

const revoke = (cloud: TestCloud, setup: OAuthSetup, form: Record<string, string>, headers: Record<string, string> = {}) =>
  postForm(cloud, `${setup.base}/oauth2/revoke`, form, headers);

const refresh = (cloud: TestCloud, setup: OAuthSetup, refresh_token: string, headers: Record<string, string> = {}) =>
  postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'refresh_token', client_id: setup.clientId, refresh_token }, headers);

async function expectOAuthError(response: Response, error: string, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  expect(await response.json()).toEqual({ error });
}

describe('POST /oauth2/revoke', () => {
  it('revokes a refresh token and the access tokens issued from it, and leaves other sign-ins alone', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const first = await tokens(cloud, setup);
    const second = await tokens(cloud, setup);
    const response = await revoke(cloud, setup, { token: first.refresh_token, client_id: setup.clientId });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect((await refresh(cloud, setup, first.refresh_token)).status).toBe(400);
    const info = (token: string) => cloud.fetch(`${setup.base}/oauth2/userInfo`, { headers: { authorization: `Bearer ${token}` } });
    expect((await info(first.access_token)).status).toBe(401);
    expect((await info(second.access_token)).status).toBe(200);
    expect((await refresh(cloud, setup, second.refresh_token)).status).toBe(200);
  });

  it('answers 200 for a token it does not know', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    expect((await revoke(cloud, setup, { token: 'unknown', client_id: setup.clientId })).status).toBe(200);
  });

  it('wants a confidential client’s secret: 401 invalid_client without it or with a wrong one', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { secret: true });
    const secret = setup.clientSecret!;
    const { refresh_token } = await tokens(cloud, setup, {}, basic(setup.clientId, secret));
    await expectOAuthError(await revoke(cloud, setup, { token: refresh_token, client_id: setup.clientId }), 'invalid_client', 401);
    await expectOAuthError(await revoke(cloud, setup, { token: refresh_token }, basic(setup.clientId, 'wrong')), 'invalid_client', 401);
    await expectOAuthError(await revoke(cloud, setup, { token: refresh_token, client_id: 'nosuchclient' }), 'invalid_client', 401);
    expect((await refresh(cloud, setup, refresh_token, basic(setup.clientId, secret))).status).toBe(200);
    expect((await revoke(cloud, setup, { token: refresh_token }, basic(setup.clientId, secret))).status).toBe(200);
    expect((await refresh(cloud, setup, refresh_token, basic(setup.clientId, secret))).status).toBe(400);
  });

  it('answers 400 invalid_request without a token, or when the client has revocation turned off', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { client: { EnableTokenRevocation: false } });
    const { refresh_token } = await tokens(cloud, setup);
    await expectOAuthError(await revoke(cloud, setup, { client_id: setup.clientId }), 'invalid_request', 400);
    await expectOAuthError(await revoke(cloud, setup, { token: refresh_token, client_id: setup.clientId }), 'invalid_request', 400);
    expect((await refresh(cloud, setup, refresh_token)).status).toBe(200);
  });

  it('answers 400 unsupported_token_type for an access or ID token', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { access_token, id_token } = await tokens(cloud, setup);
    await expectOAuthError(await revoke(cloud, setup, { token: access_token, client_id: setup.clientId }), 'unsupported_token_type', 400);
    await expectOAuthError(await revoke(cloud, setup, { token: id_token, client_id: setup.clientId }), 'unsupported_token_type', 400);
  });

  it('does not revoke another client’s refresh token', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { refresh_token } = await tokens(cloud, setup);
    const { UserPoolClient: other } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: setup.userPoolId, ClientName: 'other' });
    expect((await revoke(cloud, setup, { token: refresh_token, client_id: other.ClientId })).status).toBe(200);
    expect((await refresh(cloud, setup, refresh_token)).status).toBe(200);
  });
});
