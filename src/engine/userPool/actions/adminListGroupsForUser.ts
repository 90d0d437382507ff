import { lookup } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { adminTarget, groupType, type GroupType } from '../lib/adminTarget';
import { paginate } from '../lib/pagination';

export interface AdminListGroupsForUserRequest {
  UserPoolId: string;
  Username: string;
  Limit?: number;
  NextToken?: string;
}

export interface AdminListGroupsForUserResponse {
  Groups: GroupType[];
  NextToken?: string;
}

/**
 * AdminListGroupsForUser: the groups a user belongs to, as GroupType (dates in epoch seconds), at most `Limit` (≤ 60)
 * per page with a NextToken for the rest. Ordered by group name. [U: AWS does not document the order.]
 */
export async function adminListGroupsForUser(ctx: ActionContext, request: AdminListGroupsForUserRequest): Promise<AdminListGroupsForUserResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  const groups = user.groups
    .map((name) => lookup(pool.groups, name))
    .filter((g) => g !== undefined)
    .sort((a, b) => (a.GroupName < b.GroupName ? -1 : a.GroupName > b.GroupName ? 1 : 0));
  const { page, next } = paginate(groups, (g) => g.GroupName, request.Limit, request.NextToken);
  return { Groups: page.map(groupType), ...(next ? { NextToken: next } : {}) };
}
