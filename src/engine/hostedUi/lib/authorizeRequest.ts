/**
 * The OAuth request `/oauth2/authorize` receives and every sign-in page carries along in its query: read and checked in
 * the order AWS checks it (developer guide, "The redirect and authorization endpoint").
 */
import { lookup } from '../../kernel/records';
import type { WireResponse } from '../../protocol/wire';
import type { UserPoolClientRecord } from '../../userPool/model';
import type { Visit } from '../endpoints';
import { errorOnDomain, errorToApp } from './redirect';

/** A checked authorization request. */
export interface AuthorizeParams {
  responseType: 'code' | 'token';
  client: UserPoolClientRecord;
  redirectUri: string;
  state?: string;
  /** Granted: requested ∩ the client's AllowedOAuthScopes, in the request's order. */
  scopes: string[];
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256';
  identityProvider?: string;
  idpIdentifier?: string;
  /** The OAuth query as received (without the pages' own `username`), carried by every form and link of the pages. */
  query: string;
}

export type AuthorizeCheck = { ok: true; params: AuthorizeParams } | { ok: false; response: WireResponse };

/** The OpenID Connect scopes that only make sense with `openid`. */
const NEED_OPENID = ['email', 'phone', 'profile'];

function fail(response: WireResponse): AuthorizeCheck {
  return { ok: false, response };
}

/** A query parameter, undefined when absent. */
function param(query: URLSearchParams, name: string): string | undefined {
  return query.get(name) ?? undefined;
}

/** The requested scopes the client allows, each once, in the request's order. */
function grantedScopes(requested: string, allowed: readonly string[]): string[] {
  const granted: string[] = [];
  for (const scope of requested.split(SPACES)) if (scope && allowed.includes(scope) && !granted.includes(scope)) granted.push(scope);
  return granted;
}

const SPACES = / +/;

/** The flow name AllowedOAuthFlows uses for each response_type. */
const FLOW_OF = { code: 'code', token: 'implicit' } as const;

/**
 * Reads an authorization request from a query. An unknown client or a callback the client did not register goes to the
 * domain's error page (never to the app); every other fault goes back to the registered callback as `?error=…&state=…`.
 */
export function checkAuthorizeRequest(visit: Visit, query: URLSearchParams): AuthorizeCheck {
  const clientId = query.get('client_id');
  const client = clientId ? lookup(visit.pool.clients, clientId) : undefined;
  // [U] AWS's error name for an unknown or missing client on the error page; the redirect mismatch is redirect_mismatch [O].
  if (!client) return fail(errorOnDomain('invalid_request', clientId));
  const redirectUri = param(query, 'redirect_uri');
  if (!redirectUri || !(client.CallbackURLs ?? []).includes(redirectUri)) return fail(errorOnDomain('redirect_mismatch', client.ClientId));
  const state = param(query, 'state');

  const responseType = param(query, 'response_type');
  // [U] A missing or other response_type: invalid_request (the guide lists only code and token).
  if (responseType !== 'code' && responseType !== 'token') return fail(errorToApp(redirectUri, 'invalid_request', state));
  if (!client.AllowedOAuthFlowsUserPoolClient || !(client.AllowedOAuthFlows ?? []).includes(FLOW_OF[responseType])) {
    return fail(errorToApp(redirectUri, 'unauthorized_client', state));
  }
  const codeChallenge = param(query, 'code_challenge');
  const method = param(query, 'code_challenge_method');
  // AWS supports only S256; a challenge without its method (or a method without a challenge) is malformed [U].
  if (method !== undefined && method !== 'S256') return fail(errorToApp(redirectUri, 'invalid_request', state, 'Unsupported code challenge method'));
  if ((codeChallenge === undefined) !== (method === undefined)) return fail(errorToApp(redirectUri, 'invalid_request', state));

  const allowed = client.AllowedOAuthScopes ?? [];
  const requested = param(query, 'scope');
  // Unknown scopes are ignored; no scope at all grants every scope the client allows.
  const scopes = requested === undefined ? [...allowed] : grantedScopes(requested, allowed);
  // [U] Nothing left to grant, or email/phone/profile without openid: invalid_scope.
  if (scopes.length === 0 || (scopes.some((s) => NEED_OPENID.includes(s)) && !scopes.includes('openid')))
    return fail(errorToApp(redirectUri, 'invalid_scope', state));

  const carried = new URLSearchParams(query);
  carried.delete('username');
  const params: AuthorizeParams = { responseType, client, redirectUri, scopes, query: carried.toString() };
  if (state !== undefined) params.state = state;
  const nonce = param(query, 'nonce');
  if (nonce !== undefined) params.nonce = nonce;
  if (codeChallenge !== undefined) {
    params.codeChallenge = codeChallenge;
    params.codeChallengeMethod = 'S256';
  }
  const idp = param(query, 'identity_provider');
  if (idp !== undefined) params.identityProvider = idp;
  const idpIdentifier = param(query, 'idp_identifier');
  if (idpIdentifier !== undefined) params.idpIdentifier = idpIdentifier;
  return { ok: true, params };
}
