/**
 * The hosted UI: the pool's own sign-in pages and OAuth 2.0 endpoints at `https://{Domain}.auth.{region}.amazoncognito.com`,
 * a site of the user pool (its state is the user pool's in that region). A domain answers once CreateUserPoolDomain made it.
 * The pages' code loads the first time a hosted UI is visited (`./endpoints`).
 *
 * On `npm run cloud` the same site answers at `{Domain}.auth.{region}.localhost:{port}` (router.ts).
 */
import type { ActionContext } from '../context';
import type { SiteDescriptor } from '../services';
import { cognitoIdp } from '../userPool/service';
import type { UserPoolsState } from '../userPool/model';
import { htmlPage } from './lib/html';

/** `{Domain}.auth.{region}.amazoncognito.com`: a prefix domain is lowercase letters, digits and hyphens, not at either end. */
const HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.auth\.([a-z]{2}(?:-[a-z]+)+-\d+)\.amazoncognito\.com$/;

/** The hosted UI's base URL for a domain prefix. */
export function hostedUiUrl(domain: string, region: string): string {
  return `https://${domain}.auth.${region}.amazoncognito.com`;
}

export const hostedUi: SiteDescriptor = {
  kind: 'site',
  id: 'cognito-hosted-ui',
  participant: 'Hosted UI',
  backEnd: cognitoIdp,
  matchHost(host) {
    const found = HOST.exec(host);
    return found ? { domain: found[1]!, region: found[2]! } : undefined;
  },
  async handle(ctx, request, params) {
    const state = ctx.state as UserPoolsState;
    const domain = state.domains[params['domain']!];
    const pool = domain ? state.pools[domain.UserPoolId] : undefined;
    // SIMPLIFIED: a prefix nobody created does not resolve in DNS at AWS; here it answers a page that says so.
    if (!domain || !pool) {
      return htmlPage(404, 'Domain not found', `No user pool has the domain ${params['domain']} in ${ctx.region}: create it with CreateUserPoolDomain.`);
    }
    const { answerHostedUi } = await import('./endpoints');
    return answerHostedUi({ ctx: ctx as ActionContext<UserPoolsState>, request, pool, domain });
  },
};
