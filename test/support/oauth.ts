import { cognitoIdp, type Cloud, type UserPoolsState } from '../../src/engine';
import type { AuthorizationCodeRecord } from '../../src/engine/userPool/model';
import { TestBrowser } from './browser';
import { articlePool, type PoolIds, type PoolSetup } from './cloud';
import { confirmedUser, PASSWORD } from './users';

// The hosted UI's OAuth endpoints in tests: a pool with a domain and an OAuth app client, a signed-up user, and
// authorization codes from a real round trip (/oauth2/authorize, then /login in test/support/browser.ts).

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

const browsers = new WeakMap<OAuthSetup, TestBrowser>();

/** The browser `janedoe` signs in with for a setup (one per setup, so its session cookie carries over). */
export function browserOf(cloud: Cloud, setup: OAuthSetup): TestBrowser {
  let browser = browsers.get(setup);
  if (!browser) browsers.set(setup, (browser = new TestBrowser(cloud)));
  return browser;
}

export interface CodeRequest {
  /** Default `openid email`. */
  scopes?: string[];
  nonce?: string;
  /** An S256 challenge. */
  codeChallenge?: string;
}

/**
 * An authorization code the real way: `/oauth2/authorize` for the setup's client and callback, then `janedoe` signs in on
 * `/login` (or their session skips the form) and the browser is sent to the callback with the code. Returns the code.
 */
export async function issueCode(cloud: Cloud, setup: OAuthSetup, request: CodeRequest = {}): Promise<string> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: setup.clientId,
    redirect_uri: CALLBACK,
    state: 'st',
    scope: (request.scopes ?? ['openid', 'email']).join(' '),
  });
  if (request.nonce !== undefined) query.set('nonce', request.nonce);
  if (request.codeChallenge !== undefined) {
    query.set('code_challenge', request.codeChallenge);
    query.set('code_challenge_method', 'S256');
  }
  const browser = browserOf(cloud, setup);
  let { last } = await browser.visit(`${setup.base}/oauth2/authorize?${query}`);
  if (last.status === 200) ({ last } = await browser.submit(last, { username: USERNAME, password: PASSWORD }));
  const location = last.location ?? '';
  const code = location.startsWith(`${CALLBACK}?`) ? new URL(location).searchParams.get('code') : null;
  if (!code) throw new Error(`No code came back: ${last.status} ${location} ${last.body.slice(0, 300)}`);
  return code;
}

/**
 * A code written straight into the live state (white-box), for what a browser cannot produce: a code the client was
 * given before its settings changed. The user `janedoe`, the callback, scopes `openid email`, valid 5 minutes from now.
 */
export function writeCode(cloud: Cloud, setup: OAuthSetup, record: Partial<AuthorizationCodeRecord> = {}): string {
  const code = `written-code-${Object.keys(hostedUiOf(cloud, setup.userPoolId).codes).length}`;
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
