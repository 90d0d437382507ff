import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/engine';
import { formOf, TestBrowser } from '../../support/browser';
import { newCloud } from '../../support/cloud';
import { CALLBACK, CODE_CLIENT, DOMAIN, USERNAME } from '../../support/oauth';
import { confirmedUser, PASSWORD } from '../../support/users';

// A real OAuth 2.0 / OIDC client, oauth4webapi, against the simulated pool: every request goes through cloud.fetch.

/** The client's options: cloud.fetch as its fetch, and its clock set to the cloud's (oauth4webapi reads Date.now()). */
function clientOf(cloud: Cloud, client_id: string): oauth.Client {
  return { client_id, [oauth.clockSkew]: Math.round((cloud.clock.now() - Date.now()) / 1000) };
}

const fetchOf = (cloud: Cloud) => ({ [oauth.customFetch]: (url: string, init: RequestInit) => cloud.fetch(url, init) });

async function discover(cloud: Cloud, userPoolId: string): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(`https://cognito-idp.${cloud.region}.amazonaws.com/${userPoolId}`);
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...fetchOf(cloud), algorithm: 'oidc' }));
}

describe('oauth4webapi against the hosted UI', () => {
  it('runs code + PKCE end to end: discovery, the authorization URL, the sign-in, the callback, the tokens, userInfo, a refresh and a revocation', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'shop', AutoVerifiedAttributes: ['email'] });
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: UserPool.Id, ClientName: 'shop-web', ...CODE_CLIENT });
    await cloud.cognitoIdp.createUserPoolDomain({ Domain: DOMAIN, UserPoolId: UserPool.Id });
    const sub = await confirmedUser(cloud, UserPoolClient.ClientId, USERNAME);

    const as = await discover(cloud, UserPool.Id);
    expect(as.token_endpoint).toBe(`https://${DOMAIN}.auth.${cloud.region}.amazoncognito.com/oauth2/token`);
    const client = clientOf(cloud, UserPoolClient.ClientId);
    const auth = oauth.None();

    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const authorizationUrl = new URL(as.authorization_endpoint!);
    for (const [name, value] of Object.entries({
      client_id: client.client_id,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid email',
      state,
      nonce,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }))
      authorizationUrl.searchParams.set(name, value);

    // The user signs in on the hosted UI's form, in a browser.
    const browser = new TestBrowser(cloud);
    const { last: page } = await browser.visit(authorizationUrl.href);
    expect(formOf(page.body).labels).toContain('password:Password');
    const { last: callback } = await browser.submit(page, { username: USERNAME, password: PASSWORD });
    expect(callback.status).toBe(302);
    const params = oauth.validateAuthResponse(as, client, new URL(callback.location!), state);

    const tokenResponse = await oauth.authorizationCodeGrantRequest(as, client, auth, params, CALLBACK, verifier, fetchOf(cloud));
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, tokenResponse, { expectedNonce: nonce, requireIdToken: true });
    expect(tokens.token_type).toBe('bearer');
    const claims = oauth.getValidatedIdTokenClaims(tokens)!;
    expect(claims).toMatchObject({ sub, nonce, aud: client.client_id, iss: as.issuer, email: `${USERNAME}@example.com` });

    const info = await oauth.processUserInfoResponse(as, client, sub, await oauth.userInfoRequest(as, client, tokens.access_token, fetchOf(cloud)));
    expect(info).toEqual({ sub, email: `${USERNAME}@example.com`, email_verified: 'true', username: USERNAME });

    const refreshed = await oauth.processRefreshTokenResponse(
      as,
      client,
      await oauth.refreshTokenGrantRequest(as, client, auth, tokens.refresh_token!, fetchOf(cloud)),
    );
    expect(refreshed.refresh_token).toBeUndefined();
    expect(oauth.getValidatedIdTokenClaims(refreshed)!.sub).toBe(sub);

    await oauth.processRevocationResponse(await oauth.revocationRequest(as, client, auth, tokens.refresh_token!, fetchOf(cloud)));
    const afterRevocation = oauth.processRefreshTokenResponse(
      as,
      client,
      await oauth.refreshTokenGrantRequest(as, client, auth, tokens.refresh_token!, fetchOf(cloud)),
    );
    await expect(afterRevocation).rejects.toMatchObject({ error: 'invalid_grant', status: 400 });
  });

  it('gets a machine token with client credentials for a resource server scope', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'machines' });
    await cloud.cognitoIdp.createResourceServer({
      UserPoolId: UserPool.Id,
      Identifier: 'orders',
      Name: 'Orders API',
      Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read orders' }],
    });
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: UserPool.Id,
      ClientName: 'billing-service',
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['orders/read'],
    });
    await cloud.cognitoIdp.createUserPoolDomain({ Domain: DOMAIN, UserPoolId: UserPool.Id });
    const as = await discover(cloud, UserPool.Id);
    const client = clientOf(cloud, UserPoolClient.ClientId);
    const response = await oauth.clientCredentialsGrantRequest(
      as,
      client,
      oauth.ClientSecretBasic(UserPoolClient.ClientSecret!),
      { scope: 'orders/read' },
      fetchOf(cloud),
    );
    const result = await oauth.processClientCredentialsResponse(as, client, response);
    expect(result).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(JSON.parse(atob(result.access_token.split('.')[1]!))).toMatchObject({ sub: client.client_id, scope: 'orders/read' });
  });
});
