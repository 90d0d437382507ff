import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import type { Cloud } from '../../../src/engine';
import { articlePool, newCloud, type PoolSetup } from '../../support/cloud';
import { TestBrowser } from '../../support/browser';

// The article's hosted UI: a domain, an app client without a secret, the callback http://localhost, the implicit grant
// and the scopes; plus the helpers the hosted UI's tests share.

export const CALLBACK = 'http://localhost';
export const ARTICLE_SCOPES = ['phone', 'email', 'openid', 'aws.cognito.signin.user.admin', 'profile'];

export interface HostedUiSetup {
  cloud: Cloud & { clock: { now(): number; advance(ms: number): void } };
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
  /** `https://shop-login.auth.{region}.amazoncognito.com` */
  base: string;
  browser: TestBrowser;
}

/** A pool with the domain `shop-login` and one OAuth client (the article's, unless `setup.client` says otherwise). */
export async function hostedUi(setup: PoolSetup & { managedLoginVersion?: number } = {}): Promise<HostedUiSetup> {
  const cloud = await newCloud();
  const ids = await articlePool(cloud, {
    ...setup,
    client: {
      CallbackURLs: [CALLBACK],
      AllowedOAuthFlows: ['implicit', 'code'],
      AllowedOAuthScopes: ARTICLE_SCOPES,
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ['COGNITO'],
      ...setup.client,
    },
  });
  await cloud.cognitoIdp.createUserPoolDomain({
    Domain: 'shop-login',
    UserPoolId: ids.userPoolId,
    ...(setup.managedLoginVersion ? { ManagedLoginVersion: setup.managedLoginVersion } : {}),
  });
  const base = `https://shop-login.auth.${cloud.region}.amazoncognito.com`;
  return { cloud: cloud as HostedUiSetup['cloud'], ...ids, base, browser: new TestBrowser(cloud) };
}

/** `/oauth2/authorize?…` for the client, with the article's implicit grant unless `params` says otherwise. */
export function authorizeUrl(ui: HostedUiSetup, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  const all: Record<string, string | undefined> = { response_type: 'token', client_id: ui.clientId, redirect_uri: CALLBACK, state: 'xyz', ...params };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) query.set(name, value);
  return `${ui.base}/oauth2/authorize?${query}`;
}

/** Verifies a token against the pool's JWKS, fetched as an app does, at the cloud's clock. */
export async function verify(ui: HostedUiSetup, token: string): Promise<Record<string, unknown>> {
  const response = await ui.cloud.fetch(`https://cognito-idp.${ui.cloud.region}.amazonaws.com/${ui.userPoolId}/.well-known/jwks.json`);
  const keys = createLocalJWKSet((await response.json()) as JSONWebKeySet);
  const issuer = `https://cognito-idp.${ui.cloud.region}.amazonaws.com/${ui.userPoolId}`;
  const { payload } = await jwtVerify(token, keys, { issuer, algorithms: ['RS256'], currentDate: new Date(ui.cloud.clock.now()) });
  return payload as Record<string, unknown>;
}

/** The parameters of a callback URL's fragment (implicit grant) or query (code, errors). */
export function callbackParams(location: string, part: 'hash' | 'search'): Record<string, string> {
  const url = new URL(location);
  return Object.fromEntries(new URLSearchParams(url[part].slice(1)));
}
