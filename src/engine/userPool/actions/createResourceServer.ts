import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { store } from '../../kernel/records';
import { resourceServerType, scopesFrom, type ResourceServerScope, type ResourceServerType } from '../lib/resourceServers';
import { getPool } from '../lib/pools';

export interface CreateResourceServerRequest {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes?: ResourceServerScope[];
}

export interface CreateResourceServerResponse {
  ResourceServer: ResourceServerType;
}

/**
 * CreateResourceServer: an API the pool's access tokens are for, with the custom scopes app clients may be allowed as
 * `<Identifier>/<ScopeName>` (the scopes of the client credentials grant). The Identifier is unique in the pool.
 * [U] AWS's wording for an Identifier the pool already has; InvalidParameterException is what the API reference lists.
 */
export async function createResourceServer(ctx: ActionContext, request: CreateResourceServerRequest): Promise<CreateResourceServerResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  if (Object.hasOwn(pool.resourceServers, request.Identifier)) {
    throw new CloudError('InvalidParameterException', `A resource server with identifier ${request.Identifier} already exists in this user pool.`);
  }
  const server = { UserPoolId: pool.Id, Identifier: request.Identifier, Name: request.Name, Scopes: scopesFrom(request.Scopes) };
  store(pool.resourceServers, server.Identifier, server);
  return { ResourceServer: resourceServerType(server) };
}
