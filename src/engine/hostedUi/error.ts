/**
 * `GET /error`: the domain's error page, where requests that must not go back to the app end (an unknown client, a
 * callback the client did not register: `/error?error=redirect_mismatch&client_id=…`).
 */
import { lookup } from '../kernel/records';
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import { INVALID_STATE } from './lib/federation';
import { messagePage } from './lib/pages';

/** What each error means, in a learner's words. */
const EXPLAINED: Record<string, string> = {
  redirect_mismatch:
    'redirect_mismatch: the redirect_uri (or logout_uri) is missing or is not one the app client registered (CallbackURLs, LogoutURLs), so the hosted UI will not send the browser there.',
  invalid_request: 'invalid_request: the request lacks a parameter the hosted UI needs, or has one it cannot accept.',
};

const OWN_DESCRIPTIONS: readonly string[] = [INVALID_STATE];

const UNKNOWN_CLIENT = 'invalid_request: the client_id is missing or names no app client of this user pool.';

export function errorPage(visit: Visit): WireResponse {
  const error = visit.request.url.searchParams.get('error') ?? '';
  const clientId = visit.request.url.searchParams.get('client_id');
  // A description the hosted UI wrote itself (a provider's answer with a state it does not know) says what went wrong;
  // any other is ignored, so a crafted link cannot put its own words on the domain's page.
  const given = visit.request.url.searchParams.get('error_description');
  const description = given !== null && OWN_DESCRIPTIONS.includes(given) ? given : null;
  const unknownClient = error === 'invalid_request' && description === null && (clientId === null || !lookup(visit.pool.clients, clientId));
  const explained = description !== null ? `${error}: ${description}` : (EXPLAINED[error] ?? (error ? `Error: ${error}.` : 'Something went wrong.'));
  const detail = unknownClient ? UNKNOWN_CLIENT : explained;
  // [U] The status of AWS's error page; 400 here, since the request it reports was refused.
  return messagePage(visit, 400, 'An error was encountered with the requested page.', clientId ? `${detail} (client_id ${clientId})` : detail);
}
