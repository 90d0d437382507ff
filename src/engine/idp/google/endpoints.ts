/**
 * The simulated Google's endpoints, by host and path: the code every visit runs (loaded with the first visit).
 */
import type { ActionContext } from '../../context';
import type { WireRequest, WireResponse } from '../../protocol/wire';
import { authorize } from '../lib/authorize';
import { consent } from '../lib/consent';
import { discoveryAnswer, jwksAnswer } from '../lib/discovery';
import type { IdpState } from '../lib/model';
import { escapeHtml, idpPage } from '../lib/pages';
import type { IdpEndpoint, IdpVisit } from '../lib/provider';
import { signIn } from '../lib/signIn';
import { token } from '../lib/token';
import { userInfo } from '../lib/userInfo';
import { google } from './provider';
import { GOOGLE_AUTHORIZE, GOOGLE_ISSUER, GOOGLE_JWKS } from './urls';
import { peopleMe } from './people';

/**
 * Google's discovery document, with the endpoints simulated here.
 * SIMPLIFIED: the real one also names the device authorization and revocation endpoints, and the `token` and hybrid
 * response types, which are not simulated.
 */
const DISCOVERY = {
  issuer: GOOGLE_ISSUER,
  authorization_endpoint: GOOGLE_AUTHORIZE,
  token_endpoint: 'https://oauth2.googleapis.com/token',
  userinfo_endpoint: 'https://openidconnect.googleapis.com/v1/userinfo',
  jwks_uri: GOOGLE_JWKS,
  response_types_supported: ['code', 'id_token'],
  subject_types_supported: ['public'],
  id_token_signing_alg_values_supported: ['RS256'],
  scopes_supported: ['openid', 'email', 'profile'],
  token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
  claims_supported: ['aud', 'email', 'email_verified', 'exp', 'family_name', 'given_name', 'iat', 'iss', 'name', 'picture', 'sub'],
  code_challenge_methods_supported: ['plain', 'S256'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
};

/** Endpoints by `host` + `path`. */
const ENDPOINTS: Record<string, IdpEndpoint> = {
  'accounts.google.com/.well-known/openid-configuration': () => discoveryAnswer(DISCOVERY),
  'accounts.google.com/o/oauth2/v2/auth': authorize,
  'accounts.google.com/v3/signin/identifier': signIn,
  'accounts.google.com/signin/oauth/consent': consent,
  'www.googleapis.com/oauth2/v4/token': token,
  'oauth2.googleapis.com/token': token,
  'www.googleapis.com/oauth2/v3/certs': jwksAnswer,
  'www.googleapis.com/oauth2/v3/userinfo': userInfo,
  'openidconnect.googleapis.com/v1/userinfo': userInfo,
  'people.googleapis.com/v1/people/me': peopleMe,
};

export function visitGoogle(ctx: ActionContext<IdpState>, request: WireRequest, host: string): Promise<WireResponse> | WireResponse {
  const visit: IdpVisit = { ctx, request, provider: google };
  const endpoint = ENDPOINTS[`${host}${request.url.pathname}`];
  if (!endpoint) {
    return idpPage(
      visit,
      404,
      '404. That’s an error.',
      `<p>The requested URL ${escapeHtml(request.url.pathname)} was not found on this server (simulated Google).</p>`,
    );
  }
  return endpoint(visit);
}
