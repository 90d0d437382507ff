/**
 * The authorization endpoint: checks the request, then sends the browser to the sign-in page, to the consent page, or
 * straight back to the app with a code when the person is signed in and already allowed these scopes. `prompt=none`
 * never shows a page (`login_required`, `consent_required`); `prompt=login` and `select_account` sign in again.
 */
import type { WireResponse } from '../../protocol/wire';
import { checkAuthorizeRequest, errorRedirect, modeOf, toPage } from './authorizeRequest';
import { idpPage } from './pages';
import type { IdpVisit } from './provider';
import { currentSession, finishAuthorization, hasConsent } from './session';

export function authorize(visit: IdpVisit): WireResponse | Promise<WireResponse> {
  if (visit.request.method !== 'GET' && visit.request.method !== 'POST') {
    return idpPage(visit, 405, 'Method not allowed', '<p>The authorization endpoint answers GET.</p>', { allow: 'GET, POST' });
  }
  const check = checkAuthorizeRequest(visit, visit.request.url.searchParams);
  if (!check.ok) return check.response;
  const { params } = check;
  const reauthenticate = params.prompt.includes('login') || params.prompt.includes('select_account');
  const session = reauthenticate ? undefined : currentSession(visit);
  const silent = params.prompt.includes('none');
  if (!session) {
    if (silent) return errorRedirect(params.redirectUri, 'login_required', params.state, undefined, modeOf(params.responseType));
    return toPage(visit.provider.signInPath, params.query);
  }
  if (hasConsent(visit, session.sub, params) && !params.prompt.includes('consent')) return finishAuthorization(visit, params, session, false);
  if (silent) return errorRedirect(params.redirectUri, 'consent_required', params.state, undefined, modeOf(params.responseType));
  return toPage(visit.provider.consentPath, params.query);
}
