/**
 * The authorization request (OpenID Connect Core §3.1.2.1) as a simulated provider checks it, on `/authorize` and on every
 * page that carries it on (sign-in, consent): a client it does not know, or a redirect URI not registered for that client,
 * is refused on a page (the browser must not be sent to an address nobody vouched for); everything else wrong goes back to
 * the redirect URI as `error=…&state=…` (RFC 6749 §4.1.2.1), in the fragment when the app asked for an ID token straight
 * from the authorization endpoint (OIDC Core §3.2.2.5).
 */
import type { WireResponse } from '../../protocol/wire';
import { isRegisteredRedirect, type IdpClient } from '../fixtures';
import type { IdpScope, IdpVisit } from './provider';

/**
 * What the app asked the authorization endpoint for: a code to redeem at the token endpoint, or the ID token itself in the
 * redirect's fragment (OpenID Connect's implicit flow, `response_type=id_token`, what a browser app without a back end uses).
 */
export type ResponseType = 'code' | 'id_token';

export interface AuthorizeParams {
  client: IdpClient;
  responseType: ResponseType;
  redirectUri: string;
  scopes: IdpScope[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  prompt: string[];
  offline: boolean;
  /** The query as received, carried on to the next page. */
  query: URLSearchParams;
}

export type Checked = { ok: true; params: AuthorizeParams } | { ok: false; response: WireResponse };

/** Where a redirect carries its parameters: the query (a code), or the fragment (an ID token, which must not reach a server). */
export type ResponseMode = 'query' | 'fragment';

/** The response mode a response type uses by default (OAuth 2.0 Multiple Response Type Encoding Practices §5). */
export const modeOf = (responseType: ResponseType | undefined): ResponseMode => (responseType === 'id_token' ? 'fragment' : 'query');

/** A redirect to the client's redirect URI with these parameters (a 302, as the providers answer). */
export function redirectTo(
  uri: string,
  params: Record<string, string | undefined>,
  headers: Record<string, string> = {},
  mode: ResponseMode = 'query',
): WireResponse {
  const url = new URL(uri);
  const fragment = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) (mode === 'fragment' ? fragment : url.searchParams).set(name, value);
  if (mode === 'fragment') url.hash = fragment.toString();
  return { status: 302, headers: { location: url.href, 'cache-control': 'no-store', ...headers }, body: '' };
}

/** The error redirect: `error`, `error_description` when given, and the client's `state`. */
export function errorRedirect(uri: string, error: string, state: string | undefined, description?: string, mode: ResponseMode = 'query'): WireResponse {
  return redirectTo(uri, { error, ...(description ? { error_description: description } : {}), state }, {}, mode);
}

export function checkAuthorizeRequest(visit: IdpVisit, query: URLSearchParams): Checked {
  const { provider } = visit;
  const refuse = (failure: Parameters<typeof provider.authorizePage>[0], detail: string): Checked => ({
    ok: false,
    response: provider.authorizePage(failure, detail),
  });
  const clientId = query.get('client_id');
  if (!clientId) return refuse('missing_client_id', '');
  const client = provider.clients.find((c) => c.clientId === clientId);
  if (!client) return refuse('unknown_client', clientId);
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri) return refuse('missing_redirect_uri', '');
  if (!isRegisteredRedirect(redirectUri, client)) return refuse('redirect_mismatch', redirectUri);
  const state = query.get('state') ?? undefined;
  const asked = query.get('response_type');
  const responseType: ResponseType | undefined = asked === 'code' || asked === 'id_token' ? asked : undefined;
  const back = (error: string, description?: string): Checked => ({
    ok: false,
    response: errorRedirect(redirectUri, error, state, description, modeOf(responseType)),
  });
  if (!asked) return provider.unknownScopesOnPage ? refuse('missing_response_type', '') : back('invalid_request', 'response_type is required.');
  // SIMPLIFIED: the code flow (what Cognito's federation uses) and the ID token alone (a browser app's); `token` and the
  // hybrid combinations are not simulated.
  if (!responseType) return back('unsupported_response_type', `response_type ${asked} is not supported: use code or id_token.`);
  const scope = query.get('scope');
  if (!scope) return provider.unknownScopesOnPage ? refuse('missing_scope', '') : back('invalid_scope', 'scope is required and must include openid.');
  const { scopes, unknown } = provider.readScopes(scope);
  if (unknown.length > 0) {
    if (provider.unknownScopesOnPage) return refuse('invalid_scope', unknown.join(', '));
    return back('invalid_scope', `Unknown scope: ${unknown.join(' ')}.`);
  }
  if (!scopes.includes('openid')) {
    if (provider.unknownScopesOnPage) return refuse('invalid_scope', 'openid');
    return back('invalid_scope', 'The openid scope is required.');
  }
  const codeChallenge = query.get('code_challenge') ?? undefined;
  const method = query.get('code_challenge_method') ?? (codeChallenge ? 'plain' : undefined);
  if (method !== undefined && method !== 'S256' && method !== 'plain') return back('invalid_request', `code_challenge_method ${method} is not supported.`);
  if (method && !codeChallenge) return back('invalid_request', 'code_challenge is required with code_challenge_method.');
  const prompt = (query.get('prompt') ?? '').split(' ').filter(Boolean);
  const nonce = query.get('nonce') ?? undefined;
  // OIDC Core §3.2.2.1: an ID token sent through the browser must carry the app's nonce, so a replayed one is caught.
  // [U] Google's words for it.
  if (responseType === 'id_token' && !nonce) return back('invalid_request', 'Missing required parameter: nonce');
  return {
    ok: true,
    params: {
      client,
      responseType,
      redirectUri,
      scopes,
      prompt,
      offline: provider.offline(query, scopes),
      query,
      ...(state !== undefined ? { state } : {}),
      ...(nonce !== undefined ? { nonce } : {}),
      ...(codeChallenge ? { codeChallenge, codeChallengeMethod: method as 'S256' | 'plain' } : {}),
    },
  };
}

/**
 * A redirect to another page of the provider's own host, the request carried on: a relative location, so the browser stays
 * on the host that answered (also `accounts.google.com.localhost:{port}` on `npm run cloud`).
 */
export function toPage(path: string, query: URLSearchParams, headers: Record<string, string> = {}): WireResponse {
  return { status: 302, headers: { location: pageUrl(path, query), 'cache-control': 'no-store', ...headers }, body: '' };
}

/** A page's address with the authorization request carried on. */
export function pageUrl(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
