import { lookup } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { authorizeAccessToken } from '../lib/accessToken';
import type { AttributeType } from '../model';
import { attributeList } from '../lib/users';

export interface GetUserRequest {
  AccessToken: string;
}

export interface GetUserResponse {
  Username: string;
  UserAttributes: AttributeType[];
  PreferredMfaSetting?: string;
  UserMFASettingList?: string[];
}

/**
 * GetUser: the signed-in user's username and the attributes their app client may read, found from their access token. Values are strings
 * (`email_verified` is `"true"`), `sub` comes first. The deprecated MFAOptions is left out, and the MFA members appear only
 * when the user has MFA set up.
 */
export async function getUser(ctx: ActionContext, request: GetUserRequest): Promise<GetUserResponse> {
  const { pool, user, claims } = await authorizeAccessToken(ctx, request.AccessToken);
  // Only what the app client may read (its ReadAttributes); `sub` always.
  const readable = lookup(pool.clients, String(claims['client_id']))?.ReadAttributes;
  const attributes = attributeList(user).filter((a) => !readable || a.Name === 'sub' || readable.includes(a.Name));
  // SIMPLIFIED: users carry no MFA settings yet, so PreferredMfaSetting and UserMFASettingList are never present.
  return { Username: user.username, UserAttributes: attributes };
}
