import type { ActionContext } from '../lib/context';
import { paginate } from '../lib/pagination';
import { getPool } from '../lib/pools';

export interface ListUserPoolClientsRequest {
  UserPoolId: string;
  MaxResults?: number;
  NextToken?: string;
}

/** AWS's `UserPoolClientDescription`: the short form of an app client in a list (no secret). */
export interface UserPoolClientDescription {
  ClientId: string;
  UserPoolId: string;
  ClientName: string;
}

export interface ListUserPoolClientsResponse {
  UserPoolClients: UserPoolClientDescription[];
  NextToken?: string;
}

/**
 * ListUserPoolClients: the pool's app clients as ClientId, UserPoolId and ClientName, at most MaxResults (1–60;
 * none means 60 [U]) per page, with a NextToken while more remain. Listed in the order they were created [U].
 */
export async function listUserPoolClients(ctx: ActionContext, request: ListUserPoolClientsRequest): Promise<ListUserPoolClientsResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const { page, next } = paginate(Object.values(pool.clients), (c) => c.ClientId, request.MaxResults, request.NextToken, 'maxResults', 1);
  return {
    UserPoolClients: page.map((c) => ({ ClientId: c.ClientId, UserPoolId: c.UserPoolId, ClientName: c.ClientName })),
    ...(next ? { NextToken: next } : {}),
  };
}
