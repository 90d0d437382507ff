import { cognitoIdp, type Cloud, type UserPoolsState } from '../../src/engine';
import type { AuthorizationCodeRecord } from '../../src/engine/userPool/model';
import { articlePool, type PoolIds, type PoolSetup } from './cloud';
import { confirmedUser, PASSWORD } from './users';

// The hosted UI's OAuth endpoints in tests: a pool with a domain and an OAuth app client, a signed-up user, and
// authorization codes. Codes are written into the live state here, in one place, until /oauth2/authorize and /login
// (test/support/browser.ts) can issue them through a real round trip.

export const DOMAIN = 'shop-login';
export const CALLBACK = 'https://app.example.com/callback';
export const SIGNED_OUT = 'https://app.example.com/signed-out';
export const USERNAME = 'janedoe';

export interface OAuthSetup extends PoolIds {
  /** `https://shop-login.auth.{region}.amazoncognito.com` */
  base: string;
  /** The signed-up, confirmed user's sub. */
  sub: string;
}

/** The client settings of an app that signs users in with the code grant. */
export const CODE_CLIENT = {
  AllowedOAuthFlows: ['code'],
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthScopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
  CallbackURLs: [CALLBACK],
  LogoutURLs: [SIGNED_OUT],
  SupportedIdentityProviders: ['COGNITO'],
  ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
};

/** A pool with the domain `shop-login`, an app client with the code grant (unless `setup.client` says otherwise) and the user `janedoe`. */
export async function oauthPool(cloud: Cloud, setup: PoolSetup = {}): Promise<OAuthSetup> {
  const ids = await articlePool(cloud, { ...setup, client: { ...CODE_CLIENT, ...setup.client } });
  await cloud.cognitoIdp.createUserPoolDomain({ Domain: DOMAIN, UserPoolId: ids.userPoolId });
  const sub = await confirmedUser(cloud, ids.clientId, USERNAME, ids.clientSecret ? { clientSecret: ids.clientSecret } : {});
  return { ...ids, sub, base: `https://${DOMAIN}.auth.${cloud.region}.amazoncognito.com` };
}

/** The live hosted UI records of a pool (white-box: what /oauth2/authorize and /login would have written). */
export function hostedUiOf(cloud: Cloud, userPoolId: string) {
  return (cloud.records(cognitoIdp, cloud.region) as UserPoolsState).pools[userPoolId]!.hostedUi;
}

let codeCount = 0;

/**
 * An authorization code as /oauth2/authorize issues after a sign-in at the cloud's current time: the user `janedoe`,
 * the client's callback, scopes `openid email`, valid 5 minutes. Returns the code.
 */
export function issueCode(cloud: Cloud, setup: OAuthSetup, record: Partial<AuthorizationCodeRecord> = {}): string {
  const code = `test-code-${++codeCount}-0000-0000-000000000000`;
  const now = cloud.clock.now();
  hostedUiOf(cloud, setup.userPoolId).codes[code] = {
    clientId: setup.clientId,
    redirectUri: CALLBACK,
    username: USERNAME,
    scopes: ['openid', 'email'],
    authTime: now,
    expiresAt: now + 5 * 60_000,
    used: false,
    ...record,
  };
  return code;
}

/** `Authorization: Basic base64(id:secret)` */
export function basic(id: string, secret: string): { authorization: string } {
  return { authorization: `Basic ${btoa(`${id}:${secret}`)}` };
}

/** A form-encoded POST to one of the domain's endpoints. */
export function postForm(cloud: Cloud, url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return cloud.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

export { PASSWORD };

/**
 * A pool with the domain `shop-login`, the resource server `orders` (scopes read, write) and a confidential client allowed
 * client_credentials for the `allowed` scopes (default both).
 */
export async function machinePool(cloud: Cloud, allowed = ['orders/read', 'orders/write']): Promise<OAuthSetup> {
  const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'machine-pool' });
  await cloud.cognitoIdp.createResourceServer({
    UserPoolId: UserPool.Id,
    Identifier: 'orders',
    Name: 'Orders API',
    Scopes: [
      { ScopeName: 'read', ScopeDescription: 'Read orders' },
      { ScopeName: 'write', ScopeDescription: 'Write orders' },
    ],
  });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'billing-service',
    GenerateSecret: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthScopes: allowed,
  });
  await cloud.cognitoIdp.createUserPoolDomain({ Domain: DOMAIN, UserPoolId: UserPool.Id });
  return {
    userPoolId: UserPool.Id,
    clientId: UserPoolClient.ClientId,
    clientSecret: UserPoolClient.ClientSecret!,
    sub: '',
    base: `https://${DOMAIN}.auth.${cloud.region}.amazoncognito.com`,
  };
}
