import type { ActionContext } from '../lib/context';
import { adminTarget, requireGroup, touch } from '../lib/adminTarget';
import { getPool } from '../lib/pools';

export interface AdminRemoveUserFromGroupRequest {
  UserPoolId: string;
  Username: string;
  GroupName: string;
}

export type AdminRemoveUserFromGroupResponse = Record<string, never>;

/**
 * AdminRemoveUserFromGroup: takes a user out of a group (a no-op if they were not in it). Tokens already issued keep
 * their `cognito:groups` until they expire. An unknown group → `ResourceNotFoundException: Group not found.`
 */
export async function adminRemoveUserFromGroup(ctx: ActionContext, request: AdminRemoveUserFromGroupRequest): Promise<AdminRemoveUserFromGroupResponse> {
  requireGroup(getPool(ctx, request.UserPoolId), request.GroupName);
  const { user } = adminTarget(ctx, request.UserPoolId, request.Username);
  if (user.groups.includes(request.GroupName)) {
    user.groups = user.groups.filter((name) => name !== request.GroupName);
    touch(ctx, user);
  }
  return {};
}
