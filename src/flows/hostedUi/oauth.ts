/**
 * The app's side of OAuth 2.0 with the hosted UI, as a public client in the browser: the authorize URL it opens, the PKCE
 * pair it makes for the code grant (RFC 7636), and what it reads from the redirect to its callback.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from 'jose';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** The App integration settings the learner saves: the domain, and the app client's OAuth settings. */
export interface AppSettings {
  domain: string;
  callbackUrl: string;
  signOutUrl: string;
  /** `implicit` (the article's) or `code`; the app uses the first for "Launch Hosted UI". */
  flows: string[];
  scopes: string[];
  /**
   * The kind of app client the app signs in with: the article's `public` client (no secret: a browser app), or a
   * `confidential` one (a server-side web app), which the console creates with GenerateSecret.
   */
  clientType?: 'public' | 'confidential';
  /** The app client the settings were saved to (the scenario's public client, or the confidential one). */
  clientId?: string;
}

/** The app's own addresses: where a redirect hands the browser back to the app (an empty one is none). */
export type AppUrls = Pick<AppSettings, 'callbackUrl' | 'signOutUrl'>;

/** The client a confidential app's server authenticates as: its id and the secret AWS generated for it. */
export interface ServerCredentials {
  clientId: string;
  clientSecret: string;
}

/** The PKCE pair of one sign-in: the secret verifier the app keeps, and the challenge it sends in the authorize URL. */
export interface Pkce {
  verifier: string;
  challenge: string;
}

/**
 * A value for `state` or a PKCE verifier: 32 bytes, base64url (43 characters).
 * SIMPLIFIED: a real app draws them from `crypto.getRandomValues`; the simulated app derives them from its client and how
 * many times it has launched the hosted UI (`seed`), as the cloud seeds its ids, so a replay sends the very same requests.
 */
export function appRandom(seed: string): string {
  return base64url.encode(sha256(utf8ToBytes(`simulated app randomness:${seed}`)));
}

/** RFC 7636 S256: the challenge is base64url(SHA-256(verifier)). */
export function challengeOf(verifier: string): string {
  return base64url.encode(sha256(utf8ToBytes(verifier)));
}

/** The PKCE pair of the app's `launch`-th sign-in. */
export function pkceFor(clientId: string, launch: number): Pkce {
  const verifier = appRandom(`${clientId}:verifier:${launch}`);
  return { verifier, challenge: challengeOf(verifier) };
}

/** The `nonce` of the app's `launch`-th sign-in. */
export function nonceFor(clientId: string, launch: number): string {
  return appRandom(`${clientId}:nonce:${launch}`);
}

/** The `state` of the app's `launch`-th sign-in. */
export function stateFor(clientId: string, launch: number): string {
  return appRandom(`${clientId}:state:${launch}`);
}

/** `https://{domain}.auth.{region}.amazoncognito.com`: where the pool's hosted UI answers. */
export function hostedUiBase(domain: string, region: string): string {
  return `https://${domain}.auth.${region}.amazoncognito.com`;
}

/**
 * What "Launch Hosted UI" opens: `/oauth2/authorize` with the client, callback, grant, scopes and state (and the PKCE
 * challenge). With `identityProvider` (the app's own "Sign in with Google" button) the hosted UI skips its sign-in page
 * and sends the browser straight to that provider; `idpIdentifier` does the same by one of a provider's identifiers
 * (`idp_identifier`, e.g. the email domain the app read from what the user typed).
 */
export function authorizeUrl(
  base: string,
  clientId: string,
  settings: AppSettings,
  state: string,
  pkce?: Pkce,
  nonce?: string,
  identityProvider?: string,
  idpIdentifier?: string,
): string {
  const query = new URLSearchParams({
    client_id: clientId,
    response_type: settings.flows[0] === 'code' ? 'code' : 'token',
    scope: settings.scopes.join(' '),
    redirect_uri: settings.callbackUrl,
    state,
  });
  // OpenID Connect's nonce: the pool echoes it in the ID token, so the app can tell its own sign-in from a replayed token.
  if (nonce) query.set('nonce', nonce);
  if (pkce) {
    query.set('code_challenge', pkce.challenge);
    query.set('code_challenge_method', 'S256');
  }
  if (identityProvider) query.set('identity_provider', identityProvider);
  if (idpIdentifier) query.set('idp_identifier', idpIdentifier);
  return `${base}/oauth2/authorize?${query}`;
}

/** `/logout` with the client and its sign-out URL: the hosted UI ends its session and sends the browser there. */
export function logoutUrl(base: string, clientId: string, settings: AppSettings): string {
  return `${base}/logout?${new URLSearchParams({ client_id: clientId, logout_uri: settings.signOutUrl })}`;
}

/**
 * `/logout`'s second form: `client_id`, `redirect_uri` (a callback URL) and `response_type`, with the sign-in's `state`,
 * `scope`, nonce and PKCE challenge: the hosted UI ends its session and shows `/login` again, to sign in (perhaps as
 * someone else) and go on to the callback as `/oauth2/authorize` would.
 */
export function signInAgainUrl(base: string, clientId: string, settings: AppSettings, state: string, pkce?: Pkce, nonce?: string): string {
  const authorize = new URL(authorizeUrl(base, clientId, settings, state, pkce, nonce));
  return `${base}/logout${authorize.search}`;
}

/**
 * `Authorization: Basic …` for the token endpoint (client_secret_basic, RFC 6749 §2.3.1): the client id and secret are each
 * form-urlencoded, joined with a colon, then base64-encoded.
 */
export function basicAuthorization(credentials: ServerCredentials): string {
  const encode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  return `Basic ${btoa(`${encode(credentials.clientId)}:${encode(credentials.clientSecret)}`)}`;
}

/** What the app reads from its callback URL: the query (`code`, `state`, `error`) and the fragment (the implicit grant's tokens). */
export function callbackParams(url: string): Record<string, string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {};
  }
  return { ...Object.fromEntries(parsed.searchParams), ...Object.fromEntries(new URLSearchParams(parsed.hash.slice(1))) };
}

/** Whether `url` is the app's own address (its callback or sign-out URL) rather than the hosted UI's. */
export function isAppUrl(url: string, settings: AppUrls): boolean {
  const sameAs = (target: string) => {
    try {
      const a = new URL(url);
      const b = new URL(target);
      return a.origin === b.origin && a.pathname === b.pathname;
    } catch {
      return false;
    }
  };
  return sameAs(settings.callbackUrl) || sameAs(settings.signOutUrl);
}

/** Settings from the App integration form's fields (flows and scopes separated by spaces or commas). */
export function settingsFromForm(form: Record<string, string>): AppSettings {
  const list = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);
  return {
    domain: (form['domain'] ?? '').trim(),
    callbackUrl: (form['callbackUrl'] ?? '').trim(),
    signOutUrl: (form['signOutUrl'] ?? '').trim(),
    flows: list(form['flows']),
    scopes: list(form['scopes']),
    clientType: form['clientType'] === 'confidential' ? 'confidential' : 'public',
  };
}
