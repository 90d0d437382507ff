import type { ActionContext } from '../lib/context';
import { requireGroup, usersInOrder, userType, type UserType } from '../lib/adminTarget';
import { paginate, userKey } from '../lib/pagination';
import { getPool } from '../lib/pools';

export interface ListUsersInGroupRequest {
  UserPoolId: string;
  GroupName: string;
  Limit?: number;
  NextToken?: string;
}

export interface ListUsersInGroupResponse {
  Users: UserType[];
  NextToken?: string;
}

/**
 * ListUsersInGroup: the members of a group as UserType, at most `Limit` (≤ 60) per page with a NextToken for the rest.
 * An unknown group → `ResourceNotFoundException: Group not found.`
 * SIMPLIFIED: admin calls are not yet authorized by IAM.
 */
export async function listUsersInGroup(ctx: ActionContext, request: ListUsersInGroupRequest): Promise<ListUsersInGroupResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  requireGroup(pool, request.GroupName);
  const members = usersInOrder(Object.values(pool.users).filter((u) => u.groups.includes(request.GroupName)));
  const { page, next } = paginate(members, userKey, request.Limit, request.NextToken);
  return { Users: page.map((u) => userType(u)), ...(next ? { NextToken: next } : {}) };
}
