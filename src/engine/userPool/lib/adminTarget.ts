/**
 * What the admin user actions share: finding the pool and user they name, and the shapes they answer with.
 * SIMPLIFIED: admin calls are not yet authorized by IAM. Real AWS requires SigV4-signed requests from a principal
 * allowed `cognito-idp:Admin…`; the simulator accepts any caller.
 */
import { lookup } from '../../kernel/records';
import type { ActionContext } from './context';
import { toEpochSeconds } from '../../kernel/clock';
import { CloudError } from '../../kernel/errors';
import type { AttributeType, GroupRecord, UserPoolRecord, UserRecord, UserStatus } from '../model';
import { getPool } from './pools';
import { attributeList, requireUser } from './users';

/**
 * The pool and user an admin call names. The Username may be the username, the `sub`, or an alias / sign-in attribute.
 * Unknown pool → `ResourceNotFoundException: User pool <id> does not exist.`; unknown user → `UserNotFoundException: User does not exist.`
 */
export function adminTarget(ctx: ActionContext, userPoolId: string, username: string): { pool: UserPoolRecord; user: UserRecord } {
  const pool = getPool(ctx, userPoolId);
  return { pool, user: requireUser(pool, username) };
}

/** A group of the pool, or `ResourceNotFoundException: Group not found.` */
export function requireGroup(pool: UserPoolRecord, groupName: string): GroupRecord {
  const group = lookup(pool.groups, groupName);
  if (!group) throw new CloudError('ResourceNotFoundException', 'Group not found.');
  return group;
}

/** AWS's `UserType`, as ListUsers and ListUsersInGroup list users. */
export interface UserType {
  Username: string;
  Attributes: AttributeType[];
  UserCreateDate: number;
  UserLastModifiedDate: number;
  Enabled: boolean;
  UserStatus: UserStatus;
}

/** A user as ListUsers shows them; with AttributesToGet, only those attributes. */
export function userType(user: UserRecord, attributesToGet?: string[]): UserType {
  const all = attributeList(user);
  const wanted = attributesToGet && attributesToGet.length > 0 ? new Set(attributesToGet) : undefined;
  return {
    Username: user.username,
    Attributes: wanted ? all.filter((a) => wanted.has(a.Name)) : all,
    UserCreateDate: toEpochSeconds(user.createdAt),
    UserLastModifiedDate: toEpochSeconds(user.modifiedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** AWS's `GroupType`, timestamps in epoch seconds. */
export interface GroupType {
  GroupName: string;
  UserPoolId: string;
  Description?: string;
  RoleArn?: string;
  Precedence?: number;
  LastModifiedDate: number;
  CreationDate: number;
}

export function groupType(group: GroupRecord): GroupType {
  return {
    GroupName: group.GroupName,
    UserPoolId: group.UserPoolId,
    ...(group.Description !== undefined ? { Description: group.Description } : {}),
    ...(group.RoleArn !== undefined ? { RoleArn: group.RoleArn } : {}),
    ...(group.Precedence !== undefined ? { Precedence: group.Precedence } : {}),
    LastModifiedDate: toEpochSeconds(group.LastModifiedDate),
    CreationDate: toEpochSeconds(group.CreationDate),
  };
}

/**
 * The pool's users in a stable order: oldest first, then by username.
 * (AWS does not document the order ListUsers returns; creation order is what a learner expects.)
 */
export function usersInOrder(users: Iterable<UserRecord>): UserRecord[] {
  return [...users].sort((a, b) => a.createdAt - b.createdAt || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
}

/** Marks the user as changed now, as UserLastModifiedDate shows. */
export function touch(ctx: ActionContext, user: UserRecord): void {
  user.modifiedAt = ctx.now;
}
