import type { ActionContext } from '../lib/context';
import { paginate } from '../lib/pagination';
import { resourceServerType, type ResourceServerType } from '../lib/resourceServers';
import { getPool } from '../lib/pools';

export interface ListResourceServersRequest {
  UserPoolId: string;
  MaxResults?: number;
  NextToken?: string;
}

export interface ListResourceServersResponse {
  ResourceServers: ResourceServerType[];
  NextToken?: string;
}

/** The most ListResourceServers returns a page (the model's MaxResults range is 1–50). */
const MAX_RESULTS = 50;

/**
 * ListResourceServers: the pool's resource servers, at most MaxResults (1–50, checked by the model; none means 50 [U])
 * a page, with a NextToken while more remain. Listed in the order they were created [U: AWS does not document the order].
 */
export async function listResourceServers(ctx: ActionContext, request: ListResourceServersRequest): Promise<ListResourceServersResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const servers = Object.values(pool.resourceServers);
  const { page, next } = paginate(servers, (s) => s.Identifier, request.MaxResults ?? MAX_RESULTS, request.NextToken, 'maxResults', 1);
  return { ResourceServers: page.map(resourceServerType), ...(next ? { NextToken: next } : {}) };
}
