import type { ActionContext } from '../lib/context';
import { getResourceServer, resourceServerType, type ResourceServerType } from '../lib/resourceServers';
import { getPool } from '../lib/pools';

export interface DescribeResourceServerRequest {
  UserPoolId: string;
  Identifier: string;
}

export interface DescribeResourceServerResponse {
  ResourceServer: ResourceServerType;
}

/** DescribeResourceServer: one resource server of the pool, with its name and scopes. */
export async function describeResourceServer(ctx: ActionContext, request: DescribeResourceServerRequest): Promise<DescribeResourceServerResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  return { ResourceServer: resourceServerType(getResourceServer(pool, request.Identifier)) };
}
