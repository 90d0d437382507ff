/**
 * `GET /oauth2/authorize`: where an app sends the browser to sign in. A valid request goes to `/login` with the same query
 * (or, with a live session cookie, straight back to the app with a code or tokens); faults go back to the app as
 * `redirect_uri?error=…`, except an unknown client or an unregistered callback, which get the domain's error page.
 */
import type { WireResponse } from '../protocol/wire';
import type { Visit } from './endpoints';
import { checkAuthorizeRequest } from './lib/authorizeRequest';
import { startFederation } from './lib/federation';
import { finishAuthorization } from './lib/grant';
import { htmlPage } from './lib/html';
import { errorToApp, redirect } from './lib/redirect';
import { currentSession } from './lib/session';
import { providerForAuthorize } from '../userPool/lib/providerRedirect';

export async function authorize(visit: Visit): Promise<WireResponse> {
  const { request } = visit;
  // The endpoint "only supports HTTPS GET"; [U] what it answers other methods.
  if (request.method !== 'GET') return htmlPage(405, 'Method not allowed', '/oauth2/authorize only answers GET.', '', { allow: 'GET' });
  const check = checkAuthorizeRequest(visit, request.url.searchParams);
  if (!check.ok) return check.response;
  const { params } = check;
  if ((params.identityProvider !== undefined && params.identityProvider !== 'COGNITO') || params.idpIdentifier !== undefined) {
    const provider = providerForAuthorize(visit.pool, params.client, params);
    // [U] AWS's words for a provider that does not exist or that the client may not use.
    if (!provider) return errorToApp(params.redirectUri, 'invalid_request', params.state, 'Login option is not available. Please try another one');
    // SIMPLIFIED: a live session cookie does not skip the provider; AWS sends the browser to the provider again too [U].
    return startFederation(visit, params, provider);
  }
  const session = currentSession(visit);
  if (session) return finishAuthorization(visit, params, session);
  return redirect(`/login${request.url.search}`);
}
