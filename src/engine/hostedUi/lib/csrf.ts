/**
 * Double-submit CSRF protection, with AWS's names: each form page sets an `XSRF-TOKEN` cookie and carries the same value in
 * a hidden `_csrf` field; a POST whose field does not equal its cookie is refused. Another site can make a browser post a
 * form, but it cannot read or set this domain's cookie.
 */
import { bodyText } from '../../protocol/wire';
import type { Visit } from '../endpoints';
import { CSRF_COOKIE, readCookies, setCookie } from './cookies';

/** The token a page's form carries: the browser's current one, or a fresh one with the cookie that hands it over. */
export function csrfToken(visit: Visit): { token: string; cookie?: string } {
  const current = readCookies(visit.request)[CSRF_COOKIE];
  if (current) return { token: current };
  const token = visit.ctx.random.uuid();
  // A session cookie (no Expires), as AWS's is [U].
  return { token, cookie: setCookie(CSRF_COOKIE, token) };
}

/** Whether a posted form's `_csrf` equals the browser's `XSRF-TOKEN` cookie. */
export function csrfMatches(visit: Visit, form: URLSearchParams): boolean {
  const cookie = readCookies(visit.request)[CSRF_COOKIE];
  const field = form.get('_csrf');
  return Boolean(cookie) && cookie === field;
}

/** A posted `application/x-www-form-urlencoded` body. */
export function readForm(visit: Visit): URLSearchParams {
  return new URLSearchParams(bodyText(visit.request.body));
}
