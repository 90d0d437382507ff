import { store } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { groupType, type GroupType } from '../lib/adminTarget';
import { MemberProblems } from '../lib/memberChecks';
import type { GroupRecord } from '../model';
import { getPool } from '../lib/pools';

export interface CreateGroupRequest {
  GroupName: string;
  UserPoolId: string;
  Description?: string;
  RoleArn?: string;
  Precedence?: number;
}

export interface CreateGroupResponse {
  Group: GroupType;
}

/**
 * CreateGroup: a named group in the pool. Its members get `cognito:groups` in their tokens; its RoleArn and
 * Precedence decide `cognito:roles` and `cognito:preferred_role` (lowest Precedence wins). Names are unique per pool.
 * SIMPLIFIED: admin calls are not yet authorized by IAM.
 */
export async function createGroup(ctx: ActionContext, request: CreateGroupRequest): Promise<CreateGroupResponse> {
  new MemberProblems().range(request.Precedence, 'precedence', 0).throwIfAny();
  const pool = getPool(ctx, request.UserPoolId);
  if (Object.hasOwn(pool.groups, request.GroupName)) {
    throw new CloudError('GroupExistsException', `A group with the name ${request.GroupName} already exists.`);
  }
  const group: GroupRecord = {
    GroupName: request.GroupName,
    UserPoolId: pool.Id,
    ...(request.Description !== undefined ? { Description: request.Description } : {}),
    ...(request.RoleArn !== undefined ? { RoleArn: request.RoleArn } : {}),
    ...(request.Precedence !== undefined ? { Precedence: request.Precedence } : {}),
    CreationDate: ctx.now,
    LastModifiedDate: ctx.now,
  };
  store(pool.groups, group.GroupName, group);
  return { Group: groupType(group) };
}
