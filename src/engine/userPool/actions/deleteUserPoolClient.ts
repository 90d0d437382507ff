import type { ActionContext } from '../lib/context';
import { getPool, getPoolClient } from '../lib/pools';

export interface DeleteUserPoolClientRequest {
  UserPoolId: string;
  ClientId: string;
}

export type DeleteUserPoolClientResponse = Record<string, never>;

/** DeleteUserPoolClient: removes an app client from its pool; requests naming its ClientId then fail with ResourceNotFoundException. */
export async function deleteUserPoolClient(ctx: ActionContext, request: DeleteUserPoolClientRequest): Promise<DeleteUserPoolClientResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const client = getPoolClient(pool, request.ClientId);
  delete pool.clients[client.ClientId];
  return {};
}
