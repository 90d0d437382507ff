/**
 * The hosted UI's HTML: every page is served whole by the site (server-rendered forms that work without JavaScript), with
 * every value the request or the pool supplied escaped.
 */
import type { WireResponse } from '../../protocol/wire';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  // Each character as its decimal reference (`&` → `&#38;`), `&` first so the others' references stay as written.
  return text.replaceAll('&', '&#38;').replaceAll('<', '&#60;').replaceAll('>', '&#62;').replaceAll('"', '&#34;').replaceAll("'", '&#39;');
}

const SPECIAL = /[&<>"']/;

/** A whole page: `title` and `message` are text (escaped here); `bodyHtml`, if given, is markup the caller built escaped. */
export function htmlPage(status: number, title: string, message: string, bodyHtml = '', headers: Record<string, string> = {}): WireResponse {
  const body = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${message ? `<p>${escapeHtml(message)}</p>` : ''}${bodyHtml}</main></body></html>`;
  return { status, headers: { 'content-type': 'text/html;charset=UTF-8', 'cache-control': 'no-store', ...headers }, body };
}
