/** The simulated OIDC provider's endpoints, by path (loaded with the first visit). */
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
import { OIDC_ISSUER, oidcProvider } from './provider';

const DISCOVERY = {
  issuer: OIDC_ISSUER,
  authorization_endpoint: `${OIDC_ISSUER}/authorize`,
  token_endpoint: `${OIDC_ISSUER}/token`,
  userinfo_endpoint: `${OIDC_ISSUER}/userinfo`,
  jwks_uri: `${OIDC_ISSUER}/jwks`,
  response_types_supported: ['code', 'id_token'],
  subject_types_supported: ['public'],
  id_token_signing_alg_values_supported: ['RS256'],
  scopes_supported: ['openid', 'email', 'profile', 'offline_access'],
  token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  claims_supported: ['sub', 'iss', 'aud', 'azp', 'exp', 'iat', 'nonce', 'at_hash', 'email', 'email_verified', 'name', 'given_name', 'family_name', 'picture'],
  code_challenge_methods_supported: ['S256', 'plain'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
};

const ENDPOINTS: Record<string, IdpEndpoint> = {
  '/.well-known/openid-configuration': () => discoveryAnswer(DISCOVERY),
  '/jwks': jwksAnswer,
  '/authorize': authorize,
  '/login': signIn,
  '/consent': consent,
  '/token': token,
  '/userinfo': userInfo,
};

export function visitOidc(ctx: ActionContext<IdpState>, request: WireRequest): Promise<WireResponse> | WireResponse {
  const visit: IdpVisit = { ctx, request, provider: oidcProvider };
  const endpoint = ENDPOINTS[request.url.pathname];
  if (!endpoint) return idpPage(visit, 404, 'Page not found', `<p>This provider has no page ${escapeHtml(request.url.pathname)}.</p>`);
  return endpoint(visit);
}
