/**
 * The simulated generic OpenID Connect provider at `idp.example.com`: discovery, JWKS, authorize, sign-in and consent
 * pages, token and userinfo, with a state of its own (signing key, sessions, consents, codes, tokens). Its pages say it is
 * simulated. The endpoints' code loads with the first visit.
 */
import type { ActionContext } from '../../context';
import type { SiteDescriptor } from '../../services';
import { IDP_STATE_VERSION, initialIdpState, restoreIdpState, type IdpState } from '../lib/model';

export const OIDC_HOST = 'idp.example.com';
export const OIDC_ISSUER = `https://${OIDC_HOST}`;

let loaded: Promise<typeof import('./endpoints')> | undefined;
const endpoints = () => (loaded ??= import('./endpoints'));

export const oidcIdp: SiteDescriptor = {
  kind: 'site',
  id: 'idp-oidc',
  participant: 'OIDC IdP',
  state: { stateVersion: IDP_STATE_VERSION, initialState: initialIdpState, restore: restoreIdpState },
  matchHost: (host) => (host === OIDC_HOST ? {} : undefined),
  handle: (ctx, request) => endpoints().then(({ visitOidc }) => visitOidc(ctx as ActionContext<IdpState>, request)),
};
