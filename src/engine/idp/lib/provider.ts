/**
 * What tells one simulated identity provider from another: its names and URLs, its people and apps, its cookies and
 * lifetimes, the shape of its opaque values, and how it words its refusals. The flow itself (authorize, sign-in, consent,
 * token, userinfo) is the same code for every provider (this folder).
 */
import type { ActionContext } from '../../context';
import type { Random } from '../../kernel/ids';
import type { WireRequest, WireResponse } from '../../protocol/wire';
import type { IdpClient, IdpUser } from '../fixtures';
import type { IdpScope, IdpState } from './model';

export type { IdpScope };

/** Why the token endpoint refused, for the provider to word. */
export type TokenFailure =
  | 'not_form'
  | 'missing_grant_type'
  | 'grant_type'
  | 'missing_code'
  | 'missing_refresh_token'
  | 'no_client'
  | 'unknown_client'
  | 'bad_secret'
  | 'two_auth_methods'
  | 'bad_code'
  | 'bad_refresh_token'
  | 'redirect_mismatch'
  | 'missing_verifier'
  | 'bad_verifier';

/** Why the authorize request is refused on a page (RFC 6749 §4.1.2.1: the client or its redirect URI cannot be trusted). */
export type AuthorizePageFailure =
  'missing_client_id' | 'unknown_client' | 'missing_redirect_uri' | 'redirect_mismatch' | 'missing_scope' | 'invalid_scope' | 'missing_response_type';

export interface Provider {
  /** The brand a page shows (`Google`), and the line that says it is simulated. */
  brand: string;
  label: string;
  issuer: string;
  /** Full URLs the pages and the discovery document name. */
  authorizeEndpoint: string;
  /** Paths of the sign-in and consent pages, on the authorize endpoint's host. */
  signInPath: string;
  consentPath: string;
  users: readonly IdpUser[];
  clients: readonly IdpClient[];
  cookies: { session: string; csrf: string };
  sessionMs: number;
  codeMs: number;
  accessTokenSeconds: number;
  idTokenSeconds: number;
  mint: { code(random: Random): string; accessToken(random: Random): string; refreshToken(random: Random): string; kid(random: Random): string };
  /** The `scope` parameter read: the scopes known (short names) and the words not known. */
  readScopes(scope: string): { scopes: IdpScope[]; unknown: string[] };
  /** The scopes as the token answer and the redirect name them. */
  scopeText(scopes: readonly IdpScope[]): string;
  /** Whether a code from this authorize request is exchanged with a refresh token too. */
  offline(query: URLSearchParams, scopes: readonly IdpScope[]): boolean;
  /** Google: a refresh token only when the consent page was shown for this code (the first time, or `prompt=consent`). */
  refreshOnlyOnConsent: boolean;
  /** The sign-in page's words for an email nobody has and for a wrong password. */
  noAccountText: string;
  wrongPasswordText: string;
  /** Unknown scopes: refused on a page (Google) or by a redirect with `invalid_scope` (RFC 6749). */
  unknownScopesOnPage: boolean;
  /** A refused authorize request, as the provider's error page. */
  authorizePage(failure: AuthorizePageFailure, detail: string): WireResponse;
  /** Parameters the provider adds to the redirect beside `code` and `state`. */
  redirectExtras(scopes: readonly IdpScope[], consentShown: boolean): Record<string, string>;
  tokenError(failure: TokenFailure, detail: string): { error: string; status: number; description: string };
  /** The answer to a userinfo request whose bearer token is missing, unknown or expired. */
  bearerRefused(request: WireRequest): WireResponse;
}

/** One request to a provider's site. */
export interface IdpVisit {
  ctx: ActionContext<IdpState>;
  request: WireRequest;
  provider: Provider;
}

export type IdpEndpoint = (visit: IdpVisit) => Promise<WireResponse> | WireResponse;
