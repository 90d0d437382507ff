/**
 * The simulated Google as an OpenID Connect provider: the endpoints Cognito's Google identity provider type uses (authorize
 * `accounts.google.com/o/oauth2/v2/auth`, token `www.googleapis.com/oauth2/v4/token`, attributes from
 * `people.googleapis.com`, issuer `https://accounts.google.com`), Google's token shapes (`ya29.…` access tokens, `4/0A…`
 * codes, `1//0…` refresh tokens, 40-hex kids, 21-digit subs), its scopes (`email` and `profile` answered as the
 * `userinfo.*` URLs) and its words for errors.
 */
import type { Random } from '../../kernel/ids';
import type { WireResponse } from '../../protocol/wire';
import { GOOGLE_CLIENTS, GOOGLE_LABEL, GOOGLE_USERS } from '../fixtures';
import { escapeHtml, idpPageOf } from '../lib/pages';
import type { IdpScope, Provider, TokenFailure } from '../lib/provider';
import { jsonAnswer } from '../lib/token';

import { GOOGLE_AUTHORIZE, GOOGLE_ISSUER } from './urls';

const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
const PROFILE_SCOPE = 'https://www.googleapis.com/auth/userinfo.profile';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const SCOPE_WORDS: Record<string, IdpScope> = { openid: 'openid', email: 'email', profile: 'profile', [EMAIL_SCOPE]: 'email', [PROFILE_SCOPE]: 'profile' };

/** `Error 400: redirect_uri_mismatch` and its kin, on Google's "Access blocked" page. [U] the page's exact words. */
const PAGE_ERRORS: Record<Parameters<Provider['authorizePage']>[0], { status: number; error: string; text: (detail: string) => string }> = {
  missing_client_id: { status: 400, error: 'invalid_request', text: () => 'Missing required parameter: client_id' },
  unknown_client: { status: 401, error: 'invalid_client', text: () => 'The OAuth client was not found.' },
  missing_redirect_uri: { status: 400, error: 'invalid_request', text: () => 'Missing required parameter: redirect_uri' },
  redirect_mismatch: {
    status: 400,
    error: 'redirect_uri_mismatch',
    text: (uri) => `The redirect URI in the request, ${uri}, does not match the ones authorized for the OAuth client.`,
  },
  missing_scope: { status: 400, error: 'invalid_request', text: () => 'Missing required parameter: scope' },
  invalid_scope: { status: 400, error: 'invalid_scope', text: (words) => `Some requested scopes were invalid. {invalid=[${words}]}` },
  missing_response_type: { status: 400, error: 'invalid_request', text: () => 'Required parameter is missing: response_type' },
};

/** [U] Google's token endpoint words, as its answers commonly read. */
const TOKEN_ERRORS: Record<TokenFailure, { error: string; status: number; description: (detail: string) => string }> = {
  not_form: { error: 'invalid_request', status: 400, description: () => 'Bad Request' },
  missing_grant_type: { error: 'unsupported_grant_type', status: 400, description: () => 'Invalid grant_type: ' },
  grant_type: { error: 'unsupported_grant_type', status: 400, description: (d) => `Invalid grant_type: ${d}` },
  missing_code: { error: 'invalid_request', status: 400, description: () => 'Missing required parameter: code' },
  missing_refresh_token: { error: 'invalid_request', status: 400, description: () => 'Missing required parameter: refresh_token' },
  no_client: { error: 'invalid_request', status: 400, description: () => 'Could not determine client ID from request.' },
  unknown_client: { error: 'invalid_client', status: 401, description: () => 'The OAuth client was not found.' },
  bad_secret: { error: 'invalid_client', status: 401, description: () => 'Unauthorized' },
  two_auth_methods: { error: 'invalid_request', status: 400, description: () => 'Client authentication must use only one method.' },
  bad_code: { error: 'invalid_grant', status: 400, description: () => 'Bad Request' },
  bad_refresh_token: { error: 'invalid_grant', status: 400, description: () => 'Token has been expired or revoked.' },
  redirect_mismatch: { error: 'redirect_uri_mismatch', status: 400, description: () => 'Bad Request' },
  missing_verifier: { error: 'invalid_grant', status: 400, description: () => 'Missing code verifier.' },
  bad_verifier: { error: 'invalid_grant', status: 400, description: () => 'Invalid code verifier.' },
};

const chars = (random: Random, n: number) => random.chars(URL_SAFE, n);

export const google: Provider = {
  brand: 'Google',
  label: GOOGLE_LABEL,
  issuer: GOOGLE_ISSUER,
  authorizeEndpoint: GOOGLE_AUTHORIZE,
  signInPath: '/v3/signin/identifier',
  consentPath: '/signin/oauth/consent',
  users: GOOGLE_USERS,
  clients: GOOGLE_CLIENTS,
  cookies: { session: 'SID', csrf: '__Host-GAPS' },
  // [U] Google keeps a browser signed in for weeks; codes last minutes.
  sessionMs: 14 * 24 * 3600 * 1000,
  codeMs: 10 * 60 * 1000,
  accessTokenSeconds: 3599,
  idTokenSeconds: 3600,
  mint: {
    code: (random) => `4/0A${chars(random, 70)}`,
    accessToken: (random) => `ya29.a0${chars(random, 150)}`,
    refreshToken: (random) => `1//0${chars(random, 100)}`,
    kid: (random) => random.hex(20),
  },
  readScopes(scope) {
    const scopes: IdpScope[] = [];
    const unknown: string[] = [];
    for (const word of scope.split(/\s+/).filter(Boolean)) {
      const known = SCOPE_WORDS[word];
      if (!known) unknown.push(word);
      else if (!scopes.includes(known)) scopes.push(known);
    }
    return { scopes, unknown };
  },
  scopeText: (scopes) =>
    [scopes.includes('email') ? EMAIL_SCOPE : '', scopes.includes('profile') ? PROFILE_SCOPE : '', scopes.includes('openid') ? 'openid' : '']
      .filter(Boolean)
      .join(' '),
  // Google's own parameter: a refresh token only with `access_type=offline` (Google's OAuth 2.0 web server guide).
  offline: (query) => query.get('access_type') === 'offline',
  refreshOnlyOnConsent: true,
  noAccountText: 'Couldn’t find your Google Account',
  wrongPasswordText: 'Wrong password. Try again or click Forgot password to reset it.',
  unknownScopesOnPage: true,
  authorizePage(failure, detail) {
    const found = PAGE_ERRORS[failure];
    const title = found.status === 401 ? 'Access blocked: Authorization Error' : 'Access blocked: This app’s request is invalid';
    return idpPageOf(
      GOOGLE_LABEL,
      'Google',
      found.status,
      title,
      `<p>You can’t sign in because this app sent an invalid request.</p><p role="alert"><strong>Error ${found.status}: ${escapeHtml(found.error)}</strong></p><p>${escapeHtml(found.text(detail))}</p>`,
    );
  },
  redirectExtras: (scopes, consentShown) => ({ scope: google.scopeText(scopes), authuser: '0', prompt: consentShown ? 'consent' : 'none' }),
  tokenError(failure, detail) {
    const found = TOKEN_ERRORS[failure];
    return { error: found.error, status: found.status, description: found.description(detail) };
  },
  bearerRefused: (): WireResponse =>
    jsonAnswer(
      401,
      { error: 'invalid_request', error_description: 'Invalid Credentials' },
      { 'www-authenticate': `Bearer realm="${GOOGLE_ISSUER}/", error="invalid_token"` },
    ),
};
