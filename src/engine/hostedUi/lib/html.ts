/**
 * The hosted UI's HTML: every page is served whole by the site (server-rendered forms that work without JavaScript), with
 * every value the request or the pool supplied escaped.
 */
import type { WireResponse } from '../../protocol/wire';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, escapeOne) : text;
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const escapeOne = (c: string) => `&#${c.charCodeAt(0)};`;

/** A whole page: `title` and `message` are text (escaped here); `bodyHtml`, if given, is markup the caller built escaped. */
export function htmlPage(status: number, title: string, message: string, bodyHtml = '', headers: Record<string, string> = {}): WireResponse {
  const body = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${message ? `<p>${escapeHtml(message)}</p>` : ''}${bodyHtml}</main></body></html>`;
  return { status, headers: { 'content-type': 'text/html;charset=UTF-8', 'cache-control': 'no-store', ...headers }, body };
}
