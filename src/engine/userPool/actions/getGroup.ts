import type { ActionContext } from '../lib/context';
import { groupType, requireGroup, type GroupType } from '../lib/adminTarget';
import { getPool } from '../lib/pools';

export interface GetGroupRequest {
  GroupName: string;
  UserPoolId: string;
}

export interface GetGroupResponse {
  Group: GroupType;
}

/**
 * GetGroup: one group of the pool, timestamps in epoch seconds. Unknown group → `ResourceNotFoundException: Group not found.`
 * SIMPLIFIED: admin calls are not yet authorized by IAM.
 */
export async function getGroup(ctx: ActionContext, request: GetGroupRequest): Promise<GetGroupResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  return { Group: groupType(requireGroup(pool, request.GroupName)) };
}
