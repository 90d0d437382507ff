/**
 * Signing in at a provider, and what follows: the session cookie, the consent a person gave an app, and the authorization
 * code that sends the browser back to the app.
 */
import type { WireResponse } from '../../protocol/wire';
import type { IdpUser } from '../fixtures';
import { modeOf, redirectTo, type AuthorizeParams } from './authorizeRequest';
import { signIdToken } from './idToken';
import { consentKey, type IdpSession } from './model';
import { sessionCookie, setCookie } from './pages';
import type { IdpVisit } from './provider';

/** The browser's live session here, with its user, if its cookie names one that has not expired. */
export function currentSession(visit: IdpVisit): (IdpSession & { user: IdpUser }) | undefined {
  const value = sessionCookie(visit);
  const session = value ? visit.ctx.state.sessions[value] : undefined;
  if (!session || session.expiresAt <= visit.ctx.now) return undefined;
  const user = visit.provider.users.find((u) => u.sub === session.sub);
  return user ? { ...session, user } : undefined;
}

/** A new session for a user who signed in, and the `Set-Cookie` that hands it to the browser. */
export function startSession(visit: IdpVisit, user: IdpUser): string {
  const { ctx, provider } = visit;
  const value = ctx.random.hex(24);
  const expiresAt = ctx.now + provider.sessionMs;
  ctx.state.sessions[value] = { sub: user.sub, authTime: ctx.now, expiresAt };
  return setCookie(provider.cookies.session, value, expiresAt);
}

/** Whether the user already allowed this app every scope it asks for. */
export function hasConsent(visit: IdpVisit, sub: string, params: AuthorizeParams): boolean {
  const given = visit.ctx.state.consents[consentKey(sub, params.client.clientId)] ?? [];
  return params.scopes.every((s) => given.includes(s));
}

export function recordConsent(visit: IdpVisit, sub: string, params: AuthorizeParams): void {
  const key = consentKey(sub, params.client.clientId);
  const given = new Set([...(visit.ctx.state.consents[key] ?? []), ...params.scopes]);
  visit.ctx.state.consents[key] = [...given];
}

/**
 * Sends the browser back to the app with its `state`: with an authorization code in the query, or, for
 * `response_type=id_token`, with the ID token itself in the fragment (OIDC Core §3.2.2.5), signed for the app's client
 * with the nonce it sent (no `at_hash`: no access token was issued).
 */
export async function finishAuthorization(visit: IdpVisit, params: AuthorizeParams, session: IdpSession, consentShown: boolean): Promise<WireResponse> {
  const { ctx, provider } = visit;
  const extras = provider.redirectExtras(params.scopes, consentShown);
  if (params.responseType === 'id_token') {
    const user = provider.users.find((u) => u.sub === session.sub)!;
    const idToken = await signIdToken(ctx, provider, {
      user,
      clientId: params.client.clientId,
      scopes: params.scopes,
      ...(params.nonce !== undefined ? { nonce: params.nonce } : {}),
    });
    // [U] which extras Google adds to an implicit answer's fragment: the same as to a code's.
    return redirectTo(params.redirectUri, { state: params.state, id_token: idToken, ...extras }, {}, modeOf(params.responseType));
  }
  const code = provider.mint.code(ctx.random);
  ctx.state.codes[code] = {
    clientId: params.client.clientId,
    redirectUri: params.redirectUri,
    sub: session.sub,
    scopes: params.scopes,
    offline: params.offline && (consentShown || !provider.refreshOnlyOnConsent),
    authTime: session.authTime,
    expiresAt: ctx.now + provider.codeMs,
    used: false,
    issued: [],
    ...(params.nonce !== undefined ? { nonce: params.nonce } : {}),
    ...(params.codeChallenge ? { codeChallenge: params.codeChallenge, codeChallengeMethod: params.codeChallengeMethod! } : {}),
  };
  return redirectTo(params.redirectUri, { state: params.state, code, ...extras });
}
