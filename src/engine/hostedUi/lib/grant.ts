/**
 * What every way of signing in on the hosted UI ends with: the authorization code or, for the implicit grant, the tokens,
 * sent to the app's callback. `/login`, the confirmation pages, a session cookie at `/oauth2/authorize` and `/logout`'s
 * re-prompt all finish here.
 */
import { MINUTE } from '../../kernel/clock';
import { store } from '../../kernel/records';
import type { WireResponse } from '../../protocol/wire';
import type { AuthorizationCodeRecord, HostedUiSession } from '../../userPool/model';
import { issueTokens, startTokens, type IssueOptions } from '../../userPool/lib/tokens';
import { findUser } from '../../userPool/lib/users';
import type { Visit } from '../endpoints';
import type { AuthorizeParams } from './authorizeRequest';
import { pageUrl, redirect, withQuery } from './redirect';

const CODE_VALIDITY = 5 * MINUTE;

/** What redeeming a code issues: a sign-in's tokens with a refresh token, the code's scopes and nonce, its session's auth_time. */
export function codeTokenOptions(code: AuthorizationCodeRecord): IssueOptions {
  return { authTime: code.authTime, withRefreshToken: true, scopes: code.scopes, ...(code.nonce !== undefined ? { nonce: code.nonce } : {}) };
}

/**
 * Issues what the request asked for and redirects to its callback. `code`: a single-use code valid 5 minutes, bound to the
 * client, callback, scopes, nonce and PKCE challenge, as `redirect_uri?code=…&state=…`. `token` (implicit): the ID token
 * (only with `openid`) and the access token in the fragment, never a refresh token. `headers` ride on the redirect (a new
 * session's cookie).
 */
export async function finishAuthorization(
  visit: Visit,
  params: AuthorizeParams,
  session: HostedUiSession,
  headers: Record<string, string> = {},
): Promise<WireResponse> {
  const { ctx, pool } = visit;
  const user = findUser(pool, session.username);
  if (!user) return redirect(pageUrl('/login', params.query), headers);
  if (params.responseType === 'code') {
    // A code looks like a UUID, as AWS's do [O].
    const code = ctx.random.uuid();
    const record: AuthorizationCodeRecord = {
      clientId: params.client.ClientId,
      redirectUri: params.redirectUri,
      username: user.username,
      scopes: params.scopes,
      authTime: session.authTime,
      expiresAt: ctx.now + CODE_VALIDITY,
      used: false,
    };
    if (params.nonce !== undefined) record.nonce = params.nonce;
    if (params.codeChallenge !== undefined) {
      record.codeChallenge = params.codeChallenge;
      record.codeChallengeMethod = 'S256';
    }
    store(pool.hostedUi.codes, code, record);
    // The app redeems the code right after the redirect: its tokens' signatures start now, taken if the claims match.
    startTokens(ctx, pool, params.client, user, codeTokenOptions(record));
    const query = new URLSearchParams({ code });
    if (params.state !== undefined) query.set('state', params.state);
    return redirect(withQuery(params.redirectUri, query), headers);
  }
  const tokens = await issueTokens(ctx, pool, params.client, user, {
    authTime: session.authTime,
    withRefreshToken: false,
    scopes: params.scopes,
    ...(params.nonce !== undefined ? { nonce: params.nonce } : {}),
  });
  const fragment = new URLSearchParams();
  if (params.scopes.includes('openid')) fragment.set('id_token', tokens.IdToken);
  fragment.set('access_token', tokens.AccessToken);
  fragment.set('expires_in', String(tokens.ExpiresIn));
  fragment.set('token_type', 'Bearer');
  if (params.state !== undefined) fragment.set('state', params.state);
  // Registered callbacks have no fragment (AWS refuses one), so the tokens are the whole fragment.
  return redirect(`${params.redirectUri}#${fragment}`, headers);
}
