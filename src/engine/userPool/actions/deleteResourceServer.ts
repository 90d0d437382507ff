import type { ActionContext } from '../lib/context';
import { getResourceServer } from '../lib/resourceServers';
import { getPool } from '../lib/pools';

export interface DeleteResourceServerRequest {
  UserPoolId: string;
  Identifier: string;
}

export type DeleteResourceServerResponse = Record<string, never>;

/**
 * DeleteResourceServer: removes a resource server and its scopes. Clients that were allowed them keep them in their
 * settings, as AWS does, but they are no longer granted [U].
 */
export async function deleteResourceServer(ctx: ActionContext, request: DeleteResourceServerRequest): Promise<DeleteResourceServerResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const server = getResourceServer(pool, request.Identifier);
  delete pool.resourceServers[server.Identifier];
  return {};
}
