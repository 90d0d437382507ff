import type { ActionContext } from '../lib/context';
import { adminTarget, touch } from '../lib/adminTarget';

export interface AdminEnableUserRequest {
  UserPoolId: string;
  Username: string;
}

export type AdminEnableUserResponse = Record<string, never>;

/** AdminEnableUser: reactivates a disabled user so they can sign in again. Tokens revoked while disabled stay revoked. */
export async function adminEnableUser(ctx: ActionContext, request: AdminEnableUserRequest): Promise<AdminEnableUserResponse> {
  const { user } = adminTarget(ctx, request.UserPoolId, request.Username);
  user.enabled = true;
  touch(ctx, user);
  return {};
}
