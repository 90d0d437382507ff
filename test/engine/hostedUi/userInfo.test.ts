import { describe, expect, it } from 'vitest';
import { INVALID_REQUEST_CHALLENGE, INVALID_TOKEN_CHALLENGE } from '../../../src/engine/hostedUi/userInfo';
import { newCloud } from '../../support/cloud';
import { basic, CALLBACK, issueCode, machinePool, oauthPool, postForm, USERNAME, type OAuthSetup } from '../../support/oauth';
import { PASSWORD } from '../../support/users';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

async function accessToken(cloud: TestCloud, setup: OAuthSetup, scopes: string[]) {
  const code = await issueCode(cloud, setup, { scopes });
  const response = await postForm(cloud, `${setup.base}/oauth2/token`, {
    grant_type: 'authorization_code',
    client_id: setup.clientId,
    code,
    redirect_uri: CALLBACK,
  });
  return (await response.json()) as { access_token: string; refresh_token: string };
}

const userInfo = (cloud: TestCloud, setup: OAuthSetup, token: string, method = 'GET') =>
  cloud.fetch(`${setup.base}/oauth2/userInfo`, { method, headers: { authorization: `Bearer ${token}` } });

async function expectInvalidToken(response: Response) {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe(INVALID_TOKEN_CHALLENGE);
}

describe('GET /oauth2/userInfo', () => {
  it("answers an openid access token with the user's attributes as strings, and the username", async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { access_token } = await accessToken(cloud, setup, ['openid', 'profile']);
    for (const method of ['GET', 'POST']) {
      const response = await userInfo(cloud, setup, access_token, method);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
      expect(await response.json()).toEqual({ sub: setup.sub, email: `${USERNAME}@example.com`, email_verified: 'true', username: USERNAME });
    }
  });

  it('gives only the email claims for openid email, without profile', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    await cloud.cognitoIdp.adminUpdateUserAttributes({
      UserPoolId: setup.userPoolId,
      Username: USERNAME,
      UserAttributes: [{ Name: 'name', Value: 'Jane Doe' }],
    });
    const { access_token } = await accessToken(cloud, setup, ['openid', 'email']);
    expect(await (await userInfo(cloud, setup, access_token)).json()).toEqual({
      sub: setup.sub,
      email: `${USERNAME}@example.com`,
      email_verified: 'true',
      username: USERNAME,
    });
    const profile = await accessToken(cloud, setup, ['openid', 'profile']);
    expect(await (await userInfo(cloud, setup, profile.access_token)).json()).toMatchObject({ name: 'Jane Doe' });
  });

  it('refuses an access token without openid: the API sign-in’s and a machine’s', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
      ClientId: setup.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME, PASSWORD },
    });
    await expectInvalidToken(await userInfo(cloud, setup, AuthenticationResult!.AccessToken!));
    const machines = await newCloud();
    const machine = await machinePool(machines);
    const { access_token } = await (
      await postForm(machines, `${machine.base}/oauth2/token`, { grant_type: 'client_credentials' }, basic(machine.clientId, machine.clientSecret!))
    ).json();
    await expectInvalidToken(await userInfo(machines, machine, access_token));
  });

  it('refuses an expired, a revoked, a tampered and an ID token, and a signed-out user’s', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const one = await accessToken(cloud, setup, ['openid']);
    const two = await accessToken(cloud, setup, ['openid']);
    const three = await accessToken(cloud, setup, ['openid', 'aws.cognito.signin.user.admin']);
    const [header, payload, signature] = one.access_token.split('.');
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/')));
    const forged = btoa(JSON.stringify({ ...claims, scope: 'openid profile' }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    await expectInvalidToken(await userInfo(cloud, setup, `${header}.${forged}.${signature}`));
    await cloud.cognitoIdp.revokeToken({ ClientId: setup.clientId, Token: one.refresh_token });
    await expectInvalidToken(await userInfo(cloud, setup, one.access_token));
    expect((await userInfo(cloud, setup, two.access_token)).status).toBe(200);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: three.access_token });
    await expectInvalidToken(await userInfo(cloud, setup, two.access_token));
    const four = await accessToken(cloud, setup, ['openid']);
    cloud.clock.advance(3600_000);
    await expectInvalidToken(await userInfo(cloud, setup, four.access_token));
  });

  it('refuses a disabled user’s token', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { access_token } = await accessToken(cloud, setup, ['openid']);
    await cloud.cognitoIdp.adminDisableUser({ UserPoolId: setup.userPoolId, Username: USERNAME });
    await expectInvalidToken(await userInfo(cloud, setup, access_token));
  });

  it('answers a request without a bearer token with 400 invalid_request', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const response = await cloud.fetch(`${setup.base}/oauth2/userInfo`);
    expect(response.status).toBe(400);
    expect(response.headers.get('www-authenticate')).toBe(INVALID_REQUEST_CHALLENGE);
  });
});
