/**
 * The hosted UI's cookies: reading the browser's `Cookie` header and writing `Set-Cookie` with the attributes AWS's hosted UI
 * uses (`Path=/; Secure; HttpOnly; SameSite=Lax`). Expiry dates come from the cloud's clock.
 */
import type { WireRequest } from '../../protocol/wire';

/** The cookies a request carries, by name (the first of a repeated name wins, as RFC 6265 orders the most specific first). */
export function readCookies(request: WireRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers['cookie'] ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (!Object.hasOwn(out, name)) out[name] = part.slice(eq + 1).trim();
  }
  return out;
}

/** A `Set-Cookie` value; `expiresAt` (epoch ms) makes it persistent, 0 deletes it. */
export function setCookie(name: string, value: string, expiresAt?: number): string {
  const expires = expiresAt === undefined ? '' : `; Expires=${new Date(expiresAt).toUTCString()}`;
  return `${name}=${value}${expires}; Path=/; Secure; HttpOnly; SameSite=Lax`;
}

/**
 * The one `Set-Cookie` header of an answer. The wire keeps one value per header name, and no hosted UI answer here needs two
 * cookies: the form pages set `XSRF-TOKEN`, a sign-in sets `cognito`.
 */
export function cookieHeader(cookie: string | undefined): Record<string, string> {
  return cookie ? { 'set-cookie': cookie } : {};
}

/** The session cookie's name, as AWS's hosted UI calls it. */
export const SESSION_COOKIE = 'cognito';
/** The CSRF cookie's name, as AWS's hosted UI calls it; the forms carry the same value in `_csrf`. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
