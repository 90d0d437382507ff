/**
 * The hosted UI: the pool's own sign-in pages and OAuth 2.0 endpoints at `https://{Domain}.auth.{region}.amazoncognito.com`,
 * a site of the user pool (its state is the user pool's in that region). A domain answers once CreateUserPoolDomain made it.
 * The pages' code loads the first time a hosted UI is visited (`./endpoints`): only the host's pattern is in the entry.
 *
 * On `npm run cloud` the same site answers at `{Domain}.auth.{region}.amazoncognito.com.localhost:{port}` (router.ts).
 */
import type { ActionContext } from '../context';
import type { SiteDescriptor } from '../services';
import { cognitoIdp } from '../userPool/service';
import type { UserPoolsState } from '../userPool/model';

/** `{Domain}.auth.{region}.amazoncognito.com`: a prefix domain is lowercase letters, digits and hyphens, not at either end. */
const HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.auth\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazoncognito\.com$/;

/** The hosted UI's base URL for a domain prefix. */
export function hostedUiUrl(domain: string, region: string): string {
  return `https://${domain}.auth.${region}.amazoncognito.com`;
}

/** The pages' code, imported once (a dynamic import per visit costs more than answering it). */
let loaded: Promise<typeof import('./endpoints')> | undefined;
const endpoints = () => (loaded ??= import('./endpoints'));

export const hostedUi: SiteDescriptor = {
  kind: 'site',
  id: 'cognito-hosted-ui',
  participant: 'Hosted UI',
  backEnd: cognitoIdp,
  matchHost(host) {
    const found = HOST.exec(host);
    return found ? { domain: found[1]!, region: found[2]! } : undefined;
  },
  // Everything past the host, even the page for a domain nobody created, loads with the first visit.
  handle: (ctx, request, params) => endpoints().then(({ visitDomain }) => visitDomain(ctx as ActionContext<UserPoolsState>, request, params['domain']!)),
};
