/**
 * The hosted UI's redirects: 302 answers with a `Location`, to a page of the domain or back to the app's callback.
 */
import type { WireResponse } from '../../protocol/wire';

/** A 302 to `location`, with any more headers (a cookie). */
export function redirect(location: string, headers: Record<string, string> = {}): WireResponse {
  return { status: 302, headers: { location, 'cache-control': 'no-store', ...headers }, body: '' };
}

/** A page of the domain with a query: `/login?client_id=…`. */
export function pageUrl(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

/**
 * The app's callback with parameters added to its query (`?` or `&`), the registered URI kept exactly as written
 * (`http://localhost?code=…`, not a normalized `http://localhost/?code=…`).
 */
export function withQuery(redirectUri: string, params: URLSearchParams): string {
  return `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${params}`;
}

/** An OAuth error sent back to the app: `redirect_uri?error=…&error_description=…&state=…` (RFC 6749 §4.1.2.1). */
export function errorToApp(redirectUri: string, error: string, state: string | undefined, description?: string): WireResponse {
  const params = new URLSearchParams({ error });
  if (description) params.set('error_description', description);
  if (state !== undefined) params.set('state', state);
  return redirect(withQuery(redirectUri, params));
}

/**
 * The domain's error page, for requests that must never be sent back to the app (an unknown client, a callback it did not
 * register): AWS sends the browser to `/error?error=redirect_mismatch&client_id=…` on the domain.
 */
export function errorOnDomain(error: string, clientId: string | null): WireResponse {
  const query = new URLSearchParams({ error });
  if (clientId !== null) query.set('client_id', clientId);
  return redirect(pageUrl('/error', query.toString()));
}
