/**
 * `GET /logout`: signs the user out of the hosted UI (Cognito developer guide, "Logout endpoint"): the session ends (its
 * record is deleted and the `cognito` cookie expired), then
 * - with `client_id` and `logout_uri` (one of the client's LogoutURLs): a redirect there;
 * - with `client_id`, `redirect_uri` (one of its CallbackURLs) and `response_type` (+ `state`, `scope`…): a redirect to
 *   `/login` with those parameters, to sign in again and go on to `redirect_uri`.
 * A URL the client did not register is never redirected to: the browser goes to the domain's error page.
 */
import { lookup } from '../kernel/records';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';

/** The hosted UI's session cookie (set by `/login`). */
export const SESSION_COOKIE = 'cognito';

/** The Set-Cookie that removes the session cookie: same name, path and flags as `/login` sets it, expired. */
export const EXPIRED_SESSION_COOKIE = `${SESSION_COOKIE}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; HttpOnly; SameSite=Lax`;

const redirect = (location: string, headers: Record<string, string> = {}): WireResponse => ({
  status: 302,
  headers: { location, 'cache-control': 'no-store', ...headers },
  body: '',
});

/** The domain's error page, as AWS sends a browser there: `/error?error=<code>&client_id=<id>`. */
function errorPage(error: string, clientId: string | null): WireResponse {
  const query = new URLSearchParams({ error, ...(clientId !== null ? { client_id: clientId } : {}) });
  return redirect(`/error?${query}`);
}

/** The value of one cookie of the request's Cookie header. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function logout(visit: Visit): WireResponse {
  const { pool, request } = visit;
  const query = request.url.searchParams;
  const clientId = query.get('client_id');
  const client = clientId !== null ? lookup(pool.clients, clientId) : undefined;
  // [U] No client, or one the pool does not have: the error page, nothing signed out.
  if (!client) return errorPage('invalid_request', clientId);
  const logoutUri = query.get('logout_uri');
  const redirectUri = query.get('redirect_uri');
  if (logoutUri !== null) {
    if (!(client.LogoutURLs ?? []).includes(logoutUri)) return errorPage('redirect_mismatch', clientId);
    return signedOut(visit, logoutUri);
  }
  if (redirectUri !== null) {
    if (!(client.CallbackURLs ?? []).includes(redirectUri)) return errorPage('redirect_mismatch', clientId);
    // [U] The sign-in that follows needs a response_type; without one the request is malformed.
    if (query.get('response_type') === null) return errorPage('invalid_request', clientId);
    // The parameters go on to /login, which signs in again and finishes the authorization to redirect_uri.
    return signedOut(visit, `/login?${query}`);
  }
  // "Amazon Cognito requires either a logout_uri or a redirect_uri parameter in your request to the /logout endpoint."
  return errorPage('invalid_request', clientId);
}

/** Ends the browser's session (if it has one) and sends it on. */
function signedOut(visit: Visit, location: string): WireResponse {
  const session = cookieValue(visit.request.headers['cookie'], SESSION_COOKIE);
  if (session !== undefined) delete visit.pool.hostedUi.sessions[session];
  return redirect(location, { 'set-cookie': EXPIRED_SESSION_COOKIE });
}
