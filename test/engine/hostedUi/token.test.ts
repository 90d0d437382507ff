import { createHash } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { s256Challenge } from '../../../src/engine/hostedUi/lib/pkce';
import { newCloud } from '../../support/cloud';
import { basic, CALLBACK, issueCode, oauthPool, postForm, USERNAME, writeCode, type OAuthSetup } from '../../support/oauth';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

const VERIFIER = 'dBjftJeZ4CVP-mJ92K9ZrLuWnvO1L4x7G0ktzvUe3Yk0'; // 44 characters of the unreserved set

async function exchange(cloud: TestCloud, setup: OAuthSetup, code: string, more: Record<string, string> = {}, headers: Record<string, string> = {}) {
  return postForm(
    cloud,
    `${setup.base}/oauth2/token`,
    { grant_type: 'authorization_code', client_id: setup.clientId, code, redirect_uri: CALLBACK, ...more },
    headers,
  );
}

async function expectOAuthError(response: Response, error: string, status = 400) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  expect(await response.json()).toEqual({ error });
}

async function verified(cloud: TestCloud, setup: OAuthSetup, token: string) {
  const jwks = await (await cloud.fetch(`https://cognito-idp.${cloud.region}.amazonaws.com/${setup.userPoolId}/.well-known/jwks.json`)).json();
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
    issuer: `https://cognito-idp.${cloud.region}.amazonaws.com/${setup.userPoolId}`,
    currentDate: new Date(cloud.clock.now()),
  });
  return payload;
}

describe('POST /oauth2/token with authorization_code', () => {
  it('exchanges a code for ID, access and refresh tokens carrying the granted scopes, the nonce and the sign-in time', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const signedInAt = cloud.clock.now();
    const code = await issueCode(cloud, setup, { nonce: 'n-0S6_WzA2Mj', scopes: ['openid', 'email'] });
    cloud.clock.advance(60_000);
    const response = await exchange(cloud, setup, code);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'id_token', 'refresh_token', 'token_type']);
    expect(body).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
    const id = await verified(cloud, setup, body.id_token);
    expect(id).toMatchObject({ token_use: 'id', aud: setup.clientId, nonce: 'n-0S6_WzA2Mj', sub: setup.sub, 'cognito:username': USERNAME });
    expect(id.auth_time).toBe(signedInAt / 1000);
    const access = await verified(cloud, setup, body.access_token);
    expect(access).toMatchObject({ token_use: 'access', client_id: setup.clientId, scope: 'openid email', username: USERNAME });
    expect(body.refresh_token.split('.')).toHaveLength(5);
  });

  it('leaves out the ID token when the sign-in did not ask for openid', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const body = await (await exchange(cloud, setup, await issueCode(cloud, setup, { scopes: ['aws.cognito.signin.user.admin'] }))).json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
    expect(decodeJwt(body.access_token).scope).toBe('aws.cognito.signin.user.admin');
  });

  it('redeems a code once: the second exchange is invalid_grant', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    expect((await exchange(cloud, setup, code)).status).toBe(200);
    await expectOAuthError(await exchange(cloud, setup, code), 'invalid_grant');
  });

  it('refuses a code after its 5 minutes at the cloud clock, and an unknown code, with invalid_grant', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    cloud.clock.advance(5 * 60_000);
    const fresh = await issueCode(cloud, setup);
    cloud.clock.advance(1);
    await expectOAuthError(await exchange(cloud, setup, code), 'invalid_grant');
    await expectOAuthError(await exchange(cloud, setup, 'no-such-code'), 'invalid_grant');
    expect((await exchange(cloud, setup, fresh)).status).toBe(200);
  });

  it("refuses another client's code, and a redirect_uri other than the code's, with invalid_grant", async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { UserPoolClient: other } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: setup.userPoolId,
      ClientName: 'other',
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid'],
      CallbackURLs: [CALLBACK],
      SupportedIdentityProviders: ['COGNITO'],
    });
    const code = await issueCode(cloud, setup);
    await expectOAuthError(await exchange(cloud, setup, code, { client_id: other.ClientId }), 'invalid_grant');
    await expectOAuthError(await exchange(cloud, setup, code, { redirect_uri: `${CALLBACK}/` }), 'invalid_grant');
    expect((await exchange(cloud, setup, code)).status).toBe(200);
  });

  it('checks PKCE S256: the right verifier passes, a wrong one is invalid_grant, none is invalid_request', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    // The challenge as another implementation (Node's) computes it.
    expect(s256Challenge(VERIFIER)).toBe(createHash('sha256').update(VERIFIER).digest('base64url'));
    const code = await issueCode(cloud, setup, { codeChallenge: s256Challenge(VERIFIER) });
    await expectOAuthError(await exchange(cloud, setup, code), 'invalid_request');
    await expectOAuthError(await exchange(cloud, setup, code, { code_verifier: `${VERIFIER.slice(0, -1)}x` }), 'invalid_grant');
    expect((await exchange(cloud, setup, code, { code_verifier: VERIFIER })).status).toBe(200);
  });

  it('wants code and redirect_uri: without either the request is invalid_request', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    const url = `${setup.base}/oauth2/token`;
    await expectOAuthError(
      await postForm(cloud, url, { grant_type: 'authorization_code', client_id: setup.clientId, redirect_uri: CALLBACK }),
      'invalid_request',
    );
    await expectOAuthError(await postForm(cloud, url, { grant_type: 'authorization_code', client_id: setup.clientId, code }), 'invalid_request');
  });

  it('refuses a client the code grant is not allowed for with unauthorized_client', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { client: { AllowedOAuthFlows: ['implicit'] } });
    // A code the client got while it still had the code grant (/oauth2/authorize would not issue one now).
    await expectOAuthError(await exchange(cloud, setup, writeCode(cloud, setup)), 'unauthorized_client');
  });

  it('refuses a code whose user has been disabled since with invalid_grant', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    await cloud.cognitoIdp.adminDisableUser({ UserPoolId: setup.userPoolId, Username: USERNAME });
    await expectOAuthError(await exchange(cloud, setup, code), 'invalid_grant');
  });
});

describe('POST /oauth2/token: client authentication', () => {
  it('takes a confidential client secret in HTTP Basic or in the body', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { secret: true });
    const secret = setup.clientSecret!;
    expect((await exchange(cloud, setup, await issueCode(cloud, setup), {}, basic(setup.clientId, secret))).status).toBe(200);
    expect((await exchange(cloud, setup, await issueCode(cloud, setup), { client_secret: secret })).status).toBe(200);
  });

  it('answers a missing or wrong secret, and an unknown client, with invalid_client', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { secret: true });
    const code = await issueCode(cloud, setup);
    await expectOAuthError(await exchange(cloud, setup, code), 'invalid_client');
    await expectOAuthError(await exchange(cloud, setup, code, {}, basic(setup.clientId, 'wrong-secret')), 'invalid_client');
    await expectOAuthError(await exchange(cloud, setup, code, { client_secret: 'wrong-secret' }), 'invalid_client');
    await expectOAuthError(await exchange(cloud, setup, code, { client_id: 'nosuchclient0000000000000' }), 'invalid_client');
    // None of the refusals spent the code.
    expect((await exchange(cloud, setup, code, { client_secret: setup.clientSecret! })).status).toBe(200);
  });
});

describe('POST /oauth2/token: malformed requests', () => {
  it('answers a missing grant_type with invalid_request and an unknown one with unsupported_grant_type', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const url = `${setup.base}/oauth2/token`;
    await expectOAuthError(await postForm(cloud, url, { client_id: setup.clientId }), 'invalid_request');
    await expectOAuthError(await postForm(cloud, url, { grant_type: 'password', client_id: setup.clientId, username: USERNAME }), 'unsupported_grant_type');
  });

  it('answers a GET with 405 invalid_request: the endpoint only takes POST', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    await expectOAuthError(await cloud.fetch(`${setup.base}/oauth2/token?grant_type=client_credentials`), 'invalid_request', 405);
  });

  it('takes one client authentication: Basic and client_secret together are invalid_request, Basic for another client_id invalid_client', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { secret: true });
    const code = await issueCode(cloud, setup);
    const credentials = basic(setup.clientId, setup.clientSecret!);
    await expectOAuthError(await exchange(cloud, setup, code, { client_secret: setup.clientSecret! }, credentials), 'invalid_request');
    await expectOAuthError(await exchange(cloud, setup, code, { client_id: 'someotherclient' }, credentials), 'invalid_client');
    await expectOAuthError(await exchange(cloud, setup, code, {}, { authorization: 'Basic not base64!' }), 'invalid_client');
    expect((await exchange(cloud, setup, code, {}, credentials)).status).toBe(200);
  });

  it('wants a form-encoded body', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const response = await cloud.fetch(`${setup.base}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code' }),
    });
    await expectOAuthError(response, 'invalid_request');
  });
});
