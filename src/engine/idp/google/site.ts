/**
 * The simulated Google: one site at Google's hosts (`accounts.google.com` for discovery, authorization, sign-in and
 * consent; `www.googleapis.com`, `oauth2.googleapis.com` and `openidconnect.googleapis.com` for the token, the keys and
 * userinfo; `people.googleapis.com` for the People API), with a state of its own: its signing key, the browsers signed
 * in, the consents, the codes and the tokens. Its pages say it is simulated. The endpoints' code loads with the first visit.
 *
 * SIMPLIFIED: the real Google is not part of AWS; here it is a site of the simulated cloud, so its hops are logged and
 * drawn with the rest.
 */
import type { ActionContext } from '../../context';
import type { SiteDescriptor } from '../../services';
import { IDP_STATE_VERSION, initialIdpState, restoreIdpState, type IdpState } from '../lib/model';

/** Google's hosts that the simulated Google answers at. */
export const GOOGLE_HOSTS: readonly string[] = [
  'accounts.google.com',
  'www.googleapis.com',
  'oauth2.googleapis.com',
  'openidconnect.googleapis.com',
  'people.googleapis.com',
];

let loaded: Promise<typeof import('./endpoints')> | undefined;
const endpoints = () => (loaded ??= import('./endpoints'));

export const googleIdp: SiteDescriptor = {
  kind: 'site',
  id: 'idp-google',
  participant: 'Google',
  state: { stateVersion: IDP_STATE_VERSION, initialState: initialIdpState, restore: restoreIdpState },
  matchHost: (host) => (GOOGLE_HOSTS.includes(host) ? { host } : undefined),
  handle: (ctx, request, params) => endpoints().then(({ visitGoogle }) => visitGoogle(ctx as ActionContext<IdpState>, request, params['host']!)),
};
