/**
 * The hosted UI's endpoints, by path: the code every visit to a domain that exists runs (loaded with the first visit).
 */
import type { ActionContext } from '../context';
import type { WireRequest, WireResponse } from '../protocol/wire';
import type { DomainRecord, UserPoolRecord, UserPoolsState } from '../userPool/model';
import { authorize } from './authorize';
import { confirmForgotPassword } from './confirmForgotPassword';
import { confirmUser } from './confirmUser';
import { errorPage } from './error';
import { forceChangePassword } from './forceChangePassword';
import { forgotPassword } from './forgotPassword';
import { htmlPage } from './lib/html';
import { idpResponse } from './idpResponse';
import { login } from './login';
import { signup } from './signup';
import { logout } from './logout';
import { revoke } from './revoke';
import { samlResponse } from './samlResponse';
import { token } from './token';
import { userInfo } from './userInfo';

/** One visit to a domain: the request and the pool the domain belongs to. */
export interface Visit {
  ctx: ActionContext<UserPoolsState>;
  request: WireRequest;
  pool: UserPoolRecord;
  domain: DomainRecord;
}

type Endpoint = (visit: Visit) => Promise<WireResponse> | WireResponse;

/** Endpoints by path; each answers the methods it serves. */
const ENDPOINTS: Record<string, Endpoint> = {
  '/oauth2/authorize': authorize,
  '/oauth2/idpresponse': idpResponse,
  '/login': login,
  '/error': errorPage,
  '/signup': signup,
  '/confirmUser': confirmUser,
  '/forgotPassword': forgotPassword,
  '/confirmForgotPassword': confirmForgotPassword,
  '/forceChangePassword': forceChangePassword,
  '/oauth2/token': token,
  '/oauth2/userInfo': userInfo,
  '/oauth2/revoke': revoke,
  '/logout': logout,
  '/saml2/idpresponse': samlResponse,
};

/** A visit to `{domain}.auth.{region}.amazoncognito.com`: the domain's pool answers, or a page says no pool has it. */
export function visitDomain(ctx: ActionContext<UserPoolsState>, request: WireRequest, prefix: string): Promise<WireResponse> | WireResponse {
  const domain = ctx.state.domains[prefix];
  const pool = domain ? ctx.state.pools[domain.UserPoolId] : undefined;
  // SIMPLIFIED: a prefix nobody created does not resolve in DNS at AWS; here it answers a page that says so.
  if (!domain || !pool) {
    return htmlPage(404, 'Domain not found', `No user pool has the domain ${prefix} in ${ctx.region}: create it with CreateUserPoolDomain.`);
  }
  return answerHostedUi({ ctx, request, pool, domain });
}

export async function answerHostedUi(visit: Visit): Promise<WireResponse> {
  const endpoint = ENDPOINTS[visit.request.url.pathname];
  if (!endpoint) return htmlPage(404, 'Page not found', `The hosted UI has no page ${visit.request.url.pathname}.`);
  return endpoint(visit);
}
