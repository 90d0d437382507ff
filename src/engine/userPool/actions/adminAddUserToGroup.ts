import type { ActionContext } from '../lib/context';
import { adminTarget, requireGroup, touch } from '../lib/adminTarget';
import { getPool } from '../lib/pools';

export interface AdminAddUserToGroupRequest {
  UserPoolId: string;
  Username: string;
  GroupName: string;
}

export type AdminAddUserToGroupResponse = Record<string, never>;

/**
 * AdminAddUserToGroup: puts a user in one of the pool's groups (a no-op if they already are). From their next sign-in,
 * their tokens carry the group in `cognito:groups`. An unknown group → `ResourceNotFoundException: Group not found.`
 */
export async function adminAddUserToGroup(ctx: ActionContext, request: AdminAddUserToGroupRequest): Promise<AdminAddUserToGroupResponse> {
  // The group is looked up before the user, as moto (which mirrors AWS's answers) does. [U: AWS's order]
  requireGroup(getPool(ctx, request.UserPoolId), request.GroupName);
  const { user } = adminTarget(ctx, request.UserPoolId, request.Username);
  if (!user.groups.includes(request.GroupName)) {
    user.groups.push(request.GroupName);
    touch(ctx, user);
  }
  return {};
}
