/**
 * The simulated generic OpenID Connect provider at `https://idp.example.com` (a domain reserved for examples, RFC 2606):
 * a plain OIDC Core / RFC 6749 provider, with the scopes `openid`, `email`, `profile` and `offline_access` (a refresh token),
 * PKCE, and errors as RFC 6749 words them (`error` and an `error_description` of its own).
 */
import type { Random } from '../../kernel/ids';
import { OIDC_CLIENTS, OIDC_LABEL, OIDC_USERS } from '../fixtures';
import { escapeHtml, idpPageOf } from '../lib/pages';
import type { IdpScope, Provider, TokenFailure } from '../lib/provider';
import { jsonAnswer } from '../lib/token';

import { OIDC_ISSUER } from './site';

export { OIDC_ISSUER };

const KNOWN: readonly IdpScope[] = ['openid', 'email', 'profile', 'offline_access'];

const PAGE_ERRORS: Record<Parameters<Provider['authorizePage']>[0], (detail: string) => string> = {
  missing_client_id: () => 'The request has no client_id.',
  unknown_client: (id) => `No client ${id} is registered with this provider.`,
  missing_redirect_uri: () => 'The request has no redirect_uri.',
  redirect_mismatch: (uri) => `The redirect_uri ${uri} is not registered for this client.`,
  missing_scope: () => 'The request has no scope.',
  invalid_scope: (words) => `Unknown scope: ${words}.`,
  missing_response_type: () => 'The request has no response_type.',
};

const TOKEN_ERRORS: Record<TokenFailure, { error: string; status: number; description: (detail: string) => string }> = {
  not_form: { error: 'invalid_request', status: 400, description: () => 'The body must be application/x-www-form-urlencoded.' },
  missing_grant_type: { error: 'invalid_request', status: 400, description: () => 'grant_type is required.' },
  grant_type: { error: 'unsupported_grant_type', status: 400, description: (d) => `grant_type ${d} is not supported.` },
  missing_code: { error: 'invalid_request', status: 400, description: () => 'code is required.' },
  missing_refresh_token: { error: 'invalid_request', status: 400, description: () => 'refresh_token is required.' },
  no_client: { error: 'invalid_client', status: 401, description: () => 'Client authentication failed: no client_id.' },
  unknown_client: { error: 'invalid_client', status: 401, description: () => 'Client authentication failed: unknown client.' },
  bad_secret: { error: 'invalid_client', status: 401, description: () => 'Client authentication failed: wrong client secret.' },
  two_auth_methods: { error: 'invalid_request', status: 400, description: () => 'Use one client authentication method, not two.' },
  bad_code: { error: 'invalid_grant', status: 400, description: () => 'The authorization code is invalid, expired or already used.' },
  bad_refresh_token: { error: 'invalid_grant', status: 400, description: () => 'The refresh token is invalid or revoked.' },
  redirect_mismatch: { error: 'invalid_grant', status: 400, description: () => 'redirect_uri does not match the one the code was issued for.' },
  missing_verifier: { error: 'invalid_grant', status: 400, description: () => 'code_verifier is required: the code was issued with a code_challenge.' },
  bad_verifier: { error: 'invalid_grant', status: 400, description: () => 'code_verifier does not match the code_challenge.' },
};

const hex = (random: Random, bytes: number) => random.hex(bytes);

export const oidcProvider: Provider = {
  brand: 'Example ID',
  label: OIDC_LABEL,
  issuer: OIDC_ISSUER,
  authorizeEndpoint: `${OIDC_ISSUER}/authorize`,
  signInPath: '/login',
  consentPath: '/consent',
  users: OIDC_USERS,
  clients: OIDC_CLIENTS,
  cookies: { session: 'idp_session', csrf: 'idp_csrf' },
  sessionMs: 8 * 3600 * 1000,
  codeMs: 5 * 60 * 1000,
  accessTokenSeconds: 3600,
  idTokenSeconds: 3600,
  mint: {
    code: (random) => hex(random, 16),
    accessToken: (random) => `at.${hex(random, 24)}`,
    refreshToken: (random) => `rt.${hex(random, 24)}`,
    kid: (random) => `idp-${hex(random, 4)}`,
  },
  readScopes(scope) {
    const scopes: IdpScope[] = [];
    const unknown: string[] = [];
    for (const word of scope.split(/\s+/).filter(Boolean)) {
      if (!(KNOWN as readonly string[]).includes(word)) unknown.push(word);
      else if (!scopes.includes(word as IdpScope)) scopes.push(word as IdpScope);
    }
    return { scopes, unknown };
  },
  scopeText: (scopes) => scopes.join(' '),
  offline: (_query, scopes) => scopes.includes('offline_access'),
  refreshOnlyOnConsent: false,
  noAccountText: 'No account has that email address.',
  wrongPasswordText: 'Incorrect email or password.',
  unknownScopesOnPage: false,
  authorizePage: (failure, detail) =>
    idpPageOf(OIDC_LABEL, 'Example ID', 400, 'Sign-in request refused', `<p role="alert">${escapeHtml(PAGE_ERRORS[failure](detail))}</p>`),
  redirectExtras: () => ({}),
  tokenError(failure, detail) {
    const found = TOKEN_ERRORS[failure];
    return { error: found.error, status: found.status, description: found.description(detail) };
  },
  bearerRefused: (request) => {
    const sent = Boolean(request.headers['authorization']);
    // RFC 6750 §3.1: no credentials at all get the challenge without an error code.
    const challenge = sent ? 'Bearer error="invalid_token", error_description="The access token is invalid or expired."' : 'Bearer';
    return jsonAnswer(
      401,
      sent
        ? { error: 'invalid_token', error_description: 'The access token is invalid or expired.' }
        : { error: 'invalid_request', error_description: 'No access token.' },
      { 'www-authenticate': challenge },
    );
  },
};
