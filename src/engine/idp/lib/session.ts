/**
 * Signing in at a provider, and what follows: the session cookie, the consent a person gave an app, and the authorization
 * code that sends the browser back to the app.
 */
import type { WireResponse } from '../../protocol/wire';
import type { IdpUser } from '../fixtures';
import { redirectTo, type AuthorizeParams } from './authorizeRequest';
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

/** Mints the authorization code and sends the browser back to the app with it and its `state`. */
export function finishAuthorization(visit: IdpVisit, params: AuthorizeParams, session: IdpSession, consentShown: boolean): WireResponse {
  const { ctx, provider } = visit;
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
  return redirectTo(params.redirectUri, { state: params.state, code, ...provider.redirectExtras(params.scopes, consentShown) });
}
