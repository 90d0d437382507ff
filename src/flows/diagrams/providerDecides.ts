/**
 * Who asks, with what, and who decides, for the simulated identity providers' sites (Google, the generic OIDC provider):
 * the user's browser on their pages (a posted password is authentication, a posted consent authorization), the app or the
 * cloud at their token endpoint, keys and userinfo. The provider decides, outside AWS.
 */
import { googleIdp, oidcIdp } from '../../engine';
import type { DecidedEntry, WhoDecides } from './whoDecides';

const PROVIDERS: Record<string, string> = { [googleIdp.id]: 'Google', [oidcIdp.id]: 'the provider' };

/** Whether this entry is a request to a simulated identity provider. */
export const isProviderSite = (entry: Pick<DecidedEntry, 'service'>): boolean => entry.service !== undefined && entry.service in PROVIDERS;

export function providerDecides(entry: DecidedEntry): WhoDecides {
  const [method, path = ''] = entry.action.split(' ');
  const provider = PROVIDERS[entry.service ?? ''];
  if (method !== 'POST')
    return { type: 'public', who: 'the browser, or a verifier', with: 'no credentials', decides: `${provider} shows a page or its keys`, label: 'public' };
  const consent = path.endsWith('consent');
  return {
    type: 'public',
    who: path.endsWith('token') ? 'the app’s back end' : 'the user',
    with: consent ? 'Allow or Cancel' : 'a password or a secret',
    decides: `${provider} decides`,
    label: consent ? 'authorization' : 'authentication',
  };
}
