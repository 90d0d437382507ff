/**
 * The hosted UI's endpoints, by path: the code every visit to a domain that exists runs (loaded with the first visit).
 */
import type { ActionContext } from '../context';
import type { WireRequest, WireResponse } from '../protocol/wire';
import type { DomainRecord, UserPoolRecord, UserPoolsState } from '../userPool/model';
import { htmlPage } from './lib/html';
import { logout } from './logout';
import { revoke } from './revoke';
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
  '/oauth2/token': token,
  '/oauth2/userInfo': userInfo,
  '/oauth2/revoke': revoke,
  '/logout': logout,
};

export async function answerHostedUi(visit: Visit): Promise<WireResponse> {
  const endpoint = ENDPOINTS[visit.request.url.pathname];
  if (!endpoint) return htmlPage(404, 'Page not found', `The hosted UI has no page ${visit.request.url.pathname}.`);
  return endpoint(visit);
}
