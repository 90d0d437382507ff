/**
 * The providers' pages: server-rendered HTML whose forms post to the provider's own host and work without JavaScript,
 * every value from the request or the fixtures escaped, and a banner on every page that says the provider is simulated.
 * Forms carry a double-submit CSRF token: the page sets a cookie and the form a hidden `_csrf` field of the same value.
 */
import { escapeHtml } from '../../hostedUi/lib/html';
import { readCookies, setCookie } from '../../hostedUi/lib/cookies';
import { bodyText, type WireResponse } from '../../protocol/wire';
import type { IdpVisit } from './provider';

export { escapeHtml };

/** A whole page under the provider's banner; `bodyHtml` is markup the caller escaped. */
export function idpPage(visit: IdpVisit, status: number, title: string, bodyHtml: string, headers: Record<string, string> = {}): WireResponse {
  return idpPageOf(visit.provider.label, visit.provider.brand, status, title, bodyHtml, headers);
}

/** The same page, for code that has the provider's names but no visit (its error pages). */
export function idpPageOf(label: string, brand: string, status: number, title: string, bodyHtml: string, headers: Record<string, string> = {}): WireResponse {
  const body = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`${title} – ${brand}`)}</title></head>
<body><header><p role="note"><strong>${escapeHtml(label)}</strong>: a simulated identity provider inside the Cognito simulator. Never type a real password here.</p></header>
<main><h1>${escapeHtml(title)}</h1>${bodyHtml}</main></body></html>`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }, body };
}

/** The CSRF token a page's forms carry: the browser's current one, or a fresh one with the cookie that hands it over. */
export function csrfToken(visit: IdpVisit): { token: string; cookie?: string } {
  const name = visit.provider.cookies.csrf;
  const current = readCookies(visit.request)[name];
  if (current) return { token: current };
  const token = visit.ctx.random.hex(16);
  return { token, cookie: setCookie(name, token) };
}

/** A posted form, if its `_csrf` equals the browser's CSRF cookie. */
export function postedForm(visit: IdpVisit): URLSearchParams | undefined {
  const form = new URLSearchParams(bodyText(visit.request.body));
  const cookie = readCookies(visit.request)[visit.provider.cookies.csrf];
  return cookie && form.get('_csrf') === cookie ? form : undefined;
}

/** A POST whose CSRF token did not match: refused before anything else is read. */
export function csrfRefusedPage(visit: IdpVisit): WireResponse {
  return idpPage(
    visit,
    403,
    'Something went wrong',
    '<p role="alert">The form could not be checked (its CSRF token does not match this browser’s cookie). Go back and try again.</p>',
  );
}

/** A hidden input. */
export const hidden = (name: string, value: string) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

/** The browser's session cookie value at this provider, if any. */
export function sessionCookie(visit: IdpVisit): string | undefined {
  return readCookies(visit.request)[visit.provider.cookies.session];
}

export { setCookie };
