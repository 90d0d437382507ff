/**
 * The consent page: what the app asks to see, for the signed-in person to allow or cancel. Allowing records the consent
 * (the next sign-in of the same app with the same scopes skips the page) and sends the browser back with a code;
 * cancelling sends it back with `error=access_denied`.
 */
import type { WireResponse } from '../../protocol/wire';
import { checkAuthorizeRequest, errorRedirect, modeOf, pageUrl, toPage, type AuthorizeParams } from './authorizeRequest';
import { csrfRefusedPage, csrfToken, escapeHtml, hidden, idpPage, postedForm } from './pages';
import type { IdpScope, IdpVisit } from './provider';
import { currentSession, finishAuthorization, hasConsent, recordConsent } from './session';
import type { IdpUser } from '../fixtures';

const MEANING: Record<IdpScope, string> = {
  openid: 'Associate you with your personal info',
  email: 'See your primary email address',
  profile: 'See your personal info, including any personal info you’ve made publicly available',
  offline_access: 'Keep access while you are not using the app (a refresh token)',
};

function consentPage(visit: IdpVisit, params: AuthorizeParams, user: IdpUser): WireResponse {
  const { provider } = visit;
  const { token, cookie } = csrfToken(visit);
  const action = escapeHtml(pageUrl(provider.consentPath, params.query));
  const items = params.scopes.map((s) => `<li>${escapeHtml(MEANING[s])} <code>${escapeHtml(s)}</code></li>`).join('');
  const body = `<p>Signed in as <strong>${escapeHtml(user.email)}</strong></p>
<p>${escapeHtml(params.client.name)} wants to access your ${escapeHtml(provider.brand)} Account. This will allow ${escapeHtml(params.client.name)} to:</p>
<ul>${items}</ul>
<form method="post" action="${action}">${hidden('_csrf', token)}${hidden('decision', 'allow')}<button type="submit">Allow</button></form>
<form method="post" action="${action}">${hidden('_csrf', token)}${hidden('decision', 'deny')}<button type="submit">Cancel</button></form>`;
  return idpPage(visit, 200, `${params.client.name} wants access`, body, cookie ? { 'set-cookie': cookie } : {});
}

export function consent(visit: IdpVisit): WireResponse | Promise<WireResponse> {
  const check = checkAuthorizeRequest(visit, visit.request.url.searchParams);
  if (!check.ok) return check.response;
  const { params } = check;
  const session = currentSession(visit);
  if (!session) return toPage(visit.provider.signInPath, params.query);
  if (visit.request.method === 'GET') {
    if (hasConsent(visit, session.sub, params) && !params.prompt.includes('consent')) return finishAuthorization(visit, params, session, false);
    return consentPage(visit, params, session.user);
  }
  if (visit.request.method !== 'POST')
    return idpPage(visit, 405, 'Method not allowed', '<p>The consent page answers GET and POST.</p>', { allow: 'GET, POST' });
  const form = postedForm(visit);
  if (!form) return csrfRefusedPage(visit);
  if (form.get('decision') !== 'allow') return errorRedirect(params.redirectUri, 'access_denied', params.state, undefined, modeOf(params.responseType));
  recordConsent(visit, session.sub, params);
  return finishAuthorization(visit, params, session, true);
}
