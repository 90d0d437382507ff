import type { ActionContext } from '../lib/context';
import { toEpochSeconds } from '../../kernel/clock';
import type { AttributeType, UserStatus } from '../model';
import { adminTarget } from '../lib/adminTarget';
import { attributeList } from '../lib/users';

export interface AdminGetUserRequest {
  UserPoolId: string;
  Username: string;
}

export interface AdminGetUserResponse {
  Username: string;
  UserAttributes: AttributeType[];
  UserCreateDate: number;
  UserLastModifiedDate: number;
  Enabled: boolean;
  UserStatus: UserStatus;
}

/**
 * AdminGetUser: an administrator reads any user's profile (attributes with `sub` first, status, enabled flag, dates),
 * named by username, alias or `sub`. Disabled users are still returned.
 * SIMPLIFIED: MFAOptions, PreferredMfaSetting and UserMFASettingList are omitted until MFA is simulated.
 */
export async function adminGetUser(ctx: ActionContext, request: AdminGetUserRequest): Promise<AdminGetUserResponse> {
  const { user } = adminTarget(ctx, request.UserPoolId, request.Username);
  return {
    Username: user.username,
    UserAttributes: attributeList(user),
    UserCreateDate: toEpochSeconds(user.createdAt),
    UserLastModifiedDate: toEpochSeconds(user.modifiedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}
