import type { ActionContext } from '../lib/context';
import { getResourceServer, resourceServerType, scopesFrom, type ResourceServerScope, type ResourceServerType } from '../lib/resourceServers';
import { getPool } from '../lib/pools';

export interface UpdateResourceServerRequest {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes?: ResourceServerScope[];
}

export interface UpdateResourceServerResponse {
  ResourceServer: ResourceServerType;
}

/**
 * UpdateResourceServer: replaces a resource server's name and scopes (the Identifier never changes). As AWS warns, a
 * member left out goes back to its default: no Scopes means none. Clients keep the scopes they were allowed; a scope
 * the server no longer defines is simply never granted [U].
 */
export async function updateResourceServer(ctx: ActionContext, request: UpdateResourceServerRequest): Promise<UpdateResourceServerResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const server = getResourceServer(pool, request.Identifier);
  server.Name = request.Name;
  server.Scopes = scopesFrom(request.Scopes);
  return { ResourceServer: resourceServerType(server) };
}
