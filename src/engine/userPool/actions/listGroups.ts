import type { ActionContext } from '../lib/context';
import { groupType, type GroupType } from '../lib/adminTarget';
import { paginate } from '../lib/pagination';
import { getPool } from '../lib/pools';

export interface ListGroupsRequest {
  UserPoolId: string;
  Limit?: number;
  NextToken?: string;
}

export interface ListGroupsResponse {
  Groups: GroupType[];
  NextToken?: string;
}

/**
 * ListGroups: the pool's groups, at most `Limit` (0–60; 0 or none means 60 [U]) per page, with a NextToken while more
 * remain. Listed in the order they were created [U: AWS does not document the order].
 * SIMPLIFIED: admin calls are not yet authorized by IAM.
 */
export async function listGroups(ctx: ActionContext, request: ListGroupsRequest): Promise<ListGroupsResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const { page, next } = paginate(Object.values(pool.groups), (g) => g.GroupName, request.Limit, request.NextToken);
  return { Groups: page.map(groupType), ...(next ? { NextToken: next } : {}) };
}
