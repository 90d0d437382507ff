/** Your API (`api.example.com`): a bearer-token API that verifies the pool's access tokens, and optionally asks the pool about revocation. */
import { describe, expect, it } from 'vitest';
import { HOUR, SITES, yourApi, YOUR_API_ORDERS, type Cloud } from '../../../src/engine';
import { newCloud, ARTICLE_USER } from '../../support/cloud';
import { signedInUser } from '../../support/users';

async function callApi(cloud: Cloud, token: string | undefined, query = '') {
  const response = await cloud.fetch(`${YOUR_API_ORDERS}${query}`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as Record<string, unknown> };
}

async function signedIn() {
  const cloud = await newCloud();
  const { userPoolId, clientId, sub, tokens } = await signedInUser(cloud, ARTICLE_USER.username);
  await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'customers' });
  await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: ARTICLE_USER.username, GroupName: 'customers' });
  // Sign in again so the tokens carry the group.
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: ARTICLE_USER.username, PASSWORD: ARTICLE_USER.password },
  });
  return { cloud, sub, tokens: { ...tokens, IdToken: AuthenticationResult!.IdToken!, AccessToken: AuthenticationResult!.AccessToken! } };
}

const tokenUseChallenge =
  'Bearer realm="api.example.com", error="invalid_token", error_description="The token\'s token_use is \'id\': this API accepts only access tokens (token_use \'access\')."';

describe('your API', () => {
  it('is a site in the registry', () => {
    expect(SITES).toContain(yourApi);
    expect(yourApi).toMatchObject({ kind: 'site', participant: 'Your API' });
    expect(yourApi.matchHost('api.example.com')).toEqual({});
    expect(yourApi.matchHost('api.example.org')).toBeUndefined();
  });

  it('accepts the access token: 200 with the caller, their groups and the orders', async () => {
    const { cloud, sub, tokens } = await signedIn();
    const answer = await callApi(cloud, tokens.AccessToken);
    expect(answer).toEqual({
      status: 200,
      challenge: null,
      body: {
        caller: { sub, username: ARTICLE_USER.username, 'cognito:groups': ['customers'] },
        orders: [{ id: 'order-1001', item: 'Concert e-ticket' }],
        checked: ['signature (JWKS)', 'iss', 'exp', 'token_use'],
      },
    });
  });

  it('fetches the JWKS inside the cloud, logged as a call Your API made', async () => {
    const { cloud, tokens } = await signedIn();
    await callApi(cloud, tokens.AccessToken);
    const [jwks, api] = cloud.log.entries.slice(-2);
    expect(api).toMatchObject({ service: yourApi.id, action: 'GET /orders', status: 200 });
    expect(jwks).toMatchObject({ action: 'GetJwks', status: 200, parent: api!.requestId });
    expect(api!.response).toMatchObject({ orders: [{ id: 'order-1001' }] });
  });

  it('rejects the ID token by its token_use: 401 invalid_token', async () => {
    const { cloud, tokens } = await signedIn();
    const answer = await callApi(cloud, tokens.IdToken);
    expect(answer).toEqual({
      status: 401,
      challenge: tokenUseChallenge,
      body: { error: 'invalid_token', error_description: "The token's token_use is 'id': this API accepts only access tokens (token_use 'access')." },
    });
    expect(cloud.log.latest).toMatchObject({ status: 401, error: { code: 'invalid_token', message: expect.stringContaining("token_use is 'id'") } });
  });

  it('rejects the access token once the simulated clock passes its exp', async () => {
    const { cloud, tokens } = await signedIn();
    cloud.clock.advance(HOUR);
    const answer = await callApi(cloud, tokens.AccessToken);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      error: 'invalid_token',
      error_description: 'The token expired at 2026-01-15T10:00:00.000Z (exp is in the past at the simulated time).',
    });
    expect(answer.challenge).toContain('error="invalid_token"');
  });

  it('after GlobalSignOut still accepts the unexpired access token, unless it checks revocation with GetUser', async () => {
    const { cloud, tokens } = await signedIn();
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    expect((await callApi(cloud, tokens.AccessToken)).status).toBe(200);
    const answer = await callApi(cloud, tokens.AccessToken, '?checkRevocation=true');
    expect(answer).toMatchObject({
      status: 401,
      body: { error: 'invalid_token', error_description: 'The user pool refused the token: NotAuthorizedException: Access Token has been revoked' },
    });
    const [jwks, getUser, api] = cloud.log.entries.slice(-3);
    expect(api).toMatchObject({ service: yourApi.id, action: 'GET /orders', request: { checkRevocation: 'true' }, status: 401 });
    expect(jwks).toMatchObject({ action: 'GetJwks', parent: api!.requestId });
    expect(getUser).toMatchObject({
      action: 'GetUser',
      parent: api!.requestId,
      error: { code: 'NotAuthorizedException', message: 'Access Token has been revoked' },
    });
  });

  it('with a revocation check, accepts a token the pool still accepts', async () => {
    const { cloud, tokens } = await signedIn();
    const answer = await callApi(cloud, tokens.AccessToken, '?checkRevocation=true');
    expect(answer.status).toBe(200);
    expect(answer.body['checked']).toEqual(['signature (JWKS)', 'iss', 'exp', 'token_use', 'not revoked (GetUser)']);
  });

  it('answers bad input with a clear error, never a crash', async () => {
    const { cloud, tokens } = await signedIn();
    expect(await callApi(cloud, undefined)).toEqual({
      status: 401,
      challenge: 'Bearer realm="api.example.com"',
      body: { message: 'No access token: send the header Authorization: Bearer <access token>.' },
    });
    expect((await callApi(cloud, 'not-a-jwt')).body['error_description']).toBe('The token is not a JWT (three Base64url parts separated by dots).');
    const [h, p, s] = tokens.AccessToken.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), username: 'admin' })).toString('base64url')}.${s}`;
    expect((await callApi(cloud, tampered)).body['error_description']).toBe('The signature does not match: the token was changed after the pool signed it.');
    const elsewhere = `${h}.${Buffer.from(JSON.stringify({ iss: 'https://evil.example.com/us-east-1_abc' })).toString('base64url')}.${s}`;
    expect((await callApi(cloud, elsewhere)).body['error_description']).toBe("The token's iss is not the URL of a user pool this API trusts.");
    const other = await cloud.fetch('https://api.example.com/admin');
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: 'not_found', error_description: 'Your API has no /admin: it answers GET /orders and GET /inventory.' });
    expect((await cloud.fetch(YOUR_API_ORDERS, { method: 'DELETE' })).status).toBe(405);
  });
});
