import { expect } from 'vitest';
import { GOOGLE_CLIENT, GOOGLE_USERS, OIDC_CLIENT, OIDC_ISSUER, OIDC_USERS, type Cloud, type IdpUser, type Registry } from '../../../src/engine';
import { TestBrowser, type Hop } from '../../support/browser';
import { newCloud } from '../../support/cloud';
import { CALLBACK, DOMAIN, postForm } from '../../support/oauth';

// A pool whose hosted UI signs users in through the simulated Google and the simulated OIDC provider (idp.example.com),
// and the hops of such a sign-in as a browser makes them, each through cloud.fetch.

export const JANE = GOOGLE_USERS[0]!;
export const ALEX = OIDC_USERS[0]!;
export const OIDC_NAME = 'ExampleID';

export interface FederatedUi {
  cloud: Awaited<ReturnType<typeof newCloud>>;
  userPoolId: string;
  clientId: string;
  base: string;
  browser: TestBrowser;
}

export const GOOGLE_PROVIDER = {
  ProviderName: 'Google',
  ProviderType: 'Google' as const,
  ProviderDetails: { client_id: GOOGLE_CLIENT.clientId, client_secret: GOOGLE_CLIENT.clientSecret, authorize_scopes: 'openid email profile' },
  AttributeMapping: { email: 'email', email_verified: 'email_verified', name: 'name', given_name: 'given_name', picture: 'picture', username: 'sub' },
};

export const OIDC_PROVIDER = {
  ProviderName: OIDC_NAME,
  ProviderType: 'OIDC' as 'OIDC' | 'Google',
  ProviderDetails: {
    client_id: OIDC_CLIENT.clientId,
    client_secret: OIDC_CLIENT.clientSecret,
    attributes_request_method: 'GET',
    oidc_issuer: OIDC_ISSUER,
    authorize_scopes: 'openid email profile',
  } as Record<string, string>,
  AttributeMapping: { email: 'email', family_name: 'family_name', username: 'sub' } as Record<string, string>,
};

/**
 * A pool (email an attribute) with Google and the OIDC provider (and any `extra` providers), a code-grant client that may
 * use `providers` (default COGNITO, Google and the OIDC provider), and the domain.
 */
export async function federatedUi(
  providers: string[] = ['COGNITO', 'Google', OIDC_NAME],
  options: { registry?: Registry; extra?: (typeof OIDC_PROVIDER)[] } = {},
): Promise<FederatedUi> {
  const cloud = await newCloud(options.registry ? { registry: options.registry } : {});
  const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'shop', AutoVerifiedAttributes: ['email'] });
  for (const provider of [GOOGLE_PROVIDER, OIDC_PROVIDER, ...(options.extra ?? [])]) {
    await cloud.cognitoIdp.createIdentityProvider({ UserPoolId: UserPool.Id, ...provider });
  }
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'shop-web',
    AllowedOAuthFlows: ['code'],
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthScopes: ['openid', 'email', 'profile'],
    CallbackURLs: [CALLBACK],
    SupportedIdentityProviders: providers,
  });
  await cloud.cognitoIdp.createUserPoolDomain({ Domain: DOMAIN, UserPoolId: UserPool.Id });
  const base = `https://${DOMAIN}.auth.${cloud.region}.amazoncognito.com`;
  return { cloud, userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId, base, browser: new TestBrowser(cloud) };
}

/** The app's `/oauth2/authorize` URL (code grant, state `app-state`), with any more parameters (`identity_provider`). */
export function appAuthorizeUrl(ui: FederatedUi, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: ui.clientId,
    redirect_uri: CALLBACK,
    scope: 'openid email profile',
    state: 'app-state',
    ...extra,
  });
  return `${ui.base}/oauth2/authorize?${query}`;
}

/** Sends the browser from `/oauth2/authorize` to the provider: the redirect's location (the provider's authorize URL). */
export async function toProvider(ui: FederatedUi, provider: string, extra: Record<string, string> = {}): Promise<URL> {
  const hop = await ui.browser.request(appAuthorizeUrl(ui, { identity_provider: provider, ...extra }));
  expect(hop.status).toBe(302);
  return new URL(hop.location!);
}

/** At the provider: signs in on its page and allows the app; the redirect back to `/oauth2/idpresponse` (not followed). */
export async function signInAtProvider(ui: FederatedUi, authorize: URL, user: IdpUser, decision: 'allow' | 'cancel' = 'allow'): Promise<Hop & { url: string }> {
  const { last: signInPage } = await ui.browser.visit(authorize.href);
  expect(signInPage.status).toBe(200);
  const { last: consentPage } = await ui.browser.submit(signInPage, { email: user.email, password: user.password });
  // A consent the person gave before is remembered by the provider: it sends the browser straight back.
  if (consentPage.status === 302 && decision === 'allow') return consentPage;
  expect(consentPage.status).toBe(200);
  // Cancel is the page's second form, the first with `decision=deny`.
  const { last: back } = await ui.browser.submit(consentPage, decision === 'allow' ? {} : { decision: 'deny' });
  expect(back.status).toBe(302);
  return back;
}

/** The whole sign-in through a provider: the app's callback with Cognito's code (the last hop, at the callback). */
export async function federatedCode(ui: FederatedUi, provider: string, user: IdpUser): Promise<string> {
  const back = await signInAtProvider(ui, await toProvider(ui, provider), user);
  const { last } = await ui.browser.visit(back.location!);
  const location = last.location ?? '';
  expect(location.startsWith(`${CALLBACK}?`), `${last.status} ${location} ${last.body.slice(0, 200)}`).toBe(true);
  const query = new URL(location).searchParams;
  expect(query.get('state')).toBe('app-state');
  return query.get('code')!;
}

/** The app exchanges Cognito's code at `/oauth2/token` (a public client). */
export async function cognitoTokens(ui: FederatedUi, code: string): Promise<Record<string, string>> {
  const response = await postForm(ui.cloud, `${ui.base}/oauth2/token`, {
    grant_type: 'authorization_code',
    client_id: ui.clientId,
    code,
    redirect_uri: CALLBACK,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, string>;
}

export type { Cloud };

/** A new browser: no cookies at the provider or the hosted UI (a second sign-in that shows the provider's pages again). */
export function freshBrowser(ui: FederatedUi): void {
  ui.browser = new TestBrowser(ui.cloud);
}
