/**
 * `GET /error`: the domain's error page, where requests that must not go back to the app end (an unknown client, a
 * callback the client did not register: `/error?error=redirect_mismatch&client_id=…`).
 */
import { lookup } from '../kernel/records';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import { messagePage } from './lib/pages';

/** What each error means, in a learner's words. */
const EXPLAINED: Record<string, string> = {
  redirect_mismatch:
    'redirect_mismatch: the redirect_uri (or logout_uri) is missing or is not one the app client registered (CallbackURLs, LogoutURLs), so the hosted UI will not send the browser there.',
  invalid_request: 'invalid_request: the request lacks a parameter the hosted UI needs, or has one it cannot accept.',
};

const UNKNOWN_CLIENT = 'invalid_request: the client_id is missing or names no app client of this user pool.';

export function errorPage(visit: Visit): WireResponse {
  const error = visit.request.url.searchParams.get('error') ?? '';
  const clientId = visit.request.url.searchParams.get('client_id');
  const unknownClient = error === 'invalid_request' && (clientId === null || !lookup(visit.pool.clients, clientId));
  const detail = unknownClient ? UNKNOWN_CLIENT : (EXPLAINED[error] ?? (error ? `Error: ${error}.` : 'Something went wrong.'));
  // [U] The status of AWS's error page; 400 here, since the request it reports was refused.
  return messagePage(visit, 400, 'An error was encountered with the requested page.', clientId ? `${detail} (client_id ${clientId})` : detail);
}
