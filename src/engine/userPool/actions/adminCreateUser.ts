import { lookup, store } from '../../kernel/records';
import { DAY } from '../../kernel/clock';
import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { userType, type UserType } from '../lib/adminTarget';
import { maskEmail, maskPhone } from '../lib/codes';
import type { AttributeType, PasswordPolicy, UserPoolRecord, UserRecord } from '../model';
import { checkPasswordPolicy, hashPassword } from '../lib/password';
import { getPool } from '../lib/pools';
import { checkAttributes } from '../lib/schema';
import { attributesFromList, findUser, newUser, sameIdentifier, userNotFound, usernameAttributeFor, usernameKey } from '../lib/users';

export interface AdminCreateUserRequest {
  UserPoolId: string;
  Username: string;
  UserAttributes?: AttributeType[];
  ValidationData?: AttributeType[];
  TemporaryPassword?: string;
  ForceAliasCreation?: boolean;
  MessageAction?: 'RESEND' | 'SUPPRESS';
  DesiredDeliveryMediums?: ('SMS' | 'EMAIL')[];
  ClientMetadata?: Record<string, string>;
}

export interface AdminCreateUserResponse {
  User: UserType;
}

/**
 * AdminCreateUser: an administrator creates a user in FORCE_CHANGE_PASSWORD status with a temporary password (given, or generated
 * to the pool's policy) valid for TemporaryPasswordValidityDays, and invites them by SMS (the default) and/or email with their
 * username and temporary password. SUPPRESS sends nothing; RESEND re-invites an existing FORCE_CHANGE_PASSWORD user with a fresh
 * temporary password and a fresh expiry.
 */
// SIMPLIFIED: admin calls are not yet authorized by IAM.
export async function adminCreateUser(ctx: ActionContext, request: AdminCreateUserRequest): Promise<AdminCreateUserResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const policy = pool.settings.Policies.PasswordPolicy;
  if (request.TemporaryPassword !== undefined) checkPasswordPolicy(policy, request.TemporaryPassword, 'did not conform with');
  if (request.MessageAction === 'RESEND') return resendInvitation(ctx, pool, request);

  const attributes = attributesFromList(request.UserAttributes);
  const signInAttribute = usernameAttributeFor(pool, request.Username);
  if (signInAttribute) attributes[signInAttribute] ??= request.Username;
  // Unlike SignUp, required attributes may be missing: the NEW_PASSWORD_REQUIRED challenge asks the user for them (observed).
  checkAttributes(pool, attributes, false);
  const sub = ctx.random.uuid();
  const username = signInAttribute ? sub : request.Username;
  const taken = signInAttribute ? findUser(pool, request.Username) : lookup(pool.users, usernameKey(pool, username));
  if (taken) throw new CloudError('UsernameExistsException', 'User account already exists');
  claimAliases(pool, attributes, request.ForceAliasCreation === true);

  const temporaryPassword = request.TemporaryPassword ?? generateTemporaryPassword(ctx, policy);
  const user = newUser({
    username,
    sub,
    attributes,
    status: 'FORCE_CHANGE_PASSWORD',
    now: ctx.now,
    ...(await hashPassword(ctx.random, temporaryPassword)),
  });
  user.temporaryPasswordExpiresAt = ctx.now + policy.TemporaryPasswordValidityDays * DAY;
  store(pool.users, usernameKey(pool, username), user);
  if (request.MessageAction !== 'SUPPRESS') sendInvitation(ctx, pool, user, request.Username, temporaryPassword, request.DesiredDeliveryMediums);
  return { User: userType(user) };
}

/** RESEND: a new temporary password and expiry for a user who has not signed in yet, and the invitation again. */
async function resendInvitation(ctx: ActionContext, pool: UserPoolRecord, request: AdminCreateUserRequest): Promise<AdminCreateUserResponse> {
  const user = findUser(pool, request.Username);
  if (!user) throw userNotFound();
  if (user.status !== 'FORCE_CHANGE_PASSWORD') {
    // [U] AWS refuses with UnsupportedUserStateException; this wording is the most likely, not observed.
    throw new CloudError('UnsupportedUserStateException', `Resend not possible. ${user.username} status is ${user.status}.`);
  }
  const policy = pool.settings.Policies.PasswordPolicy;
  const temporaryPassword = request.TemporaryPassword ?? generateTemporaryPassword(ctx, policy);
  Object.assign(user, await hashPassword(ctx.random, temporaryPassword));
  user.temporaryPasswordExpiresAt = ctx.now + policy.TemporaryPasswordValidityDays * DAY;
  user.modifiedAt = ctx.now;
  sendInvitation(ctx, pool, user, request.Username, temporaryPassword, request.DesiredDeliveryMediums);
  return { User: userType(user) };
}

/** A generated temporary password long enough for the pool's policy and with every character class. */
function generateTemporaryPassword(ctx: ActionContext, policy: PasswordPolicy): string {
  const base = ctx.random.temporaryPassword();
  return base + ctx.random.base64url(Math.max(0, policy.MinimumLength - base.length));
}

/**
 * With AliasAttributes, a verified email or phone number can belong to one user only. Another user's verified alias
 * → `AliasExistsException`, unless ForceAliasCreation moves it to the new user (the other user loses it as a sign-in alias).
 */
function claimAliases(pool: UserPoolRecord, attributes: Record<string, string>, force: boolean): void {
  for (const alias of pool.settings.AliasAttributes ?? []) {
    if (alias !== 'email' && alias !== 'phone_number') continue;
    const value = attributes[alias];
    if (value === undefined || attributes[`${alias}_verified`] !== 'true') continue;
    const holder = Object.values(pool.users).find(
      (u) => u.attributes[`${alias}_verified`] === 'true' && sameIdentifier(pool, alias, u.attributes[alias], value),
    );
    if (!holder) continue;
    if (!force) throw new CloudError('AliasExistsException', `An account with the given ${alias} already exists.`);
    holder.attributes[`${alias}_verified`] = 'false';
  }
}

/**
 * The invitation: the pool's InviteMessageTemplate (or AWS's default) with `{username}` and `{####}` filled in,
 * sent over each desired medium the user has an address for. AWS's default medium is SMS; a user without a phone number
 * then receives nothing (the admin can RESEND with DesiredDeliveryMediums EMAIL).
 */
function sendInvitation(
  ctx: ActionContext,
  pool: UserPoolRecord,
  user: UserRecord,
  typedUsername: string,
  temporaryPassword: string,
  mediums: ('SMS' | 'EMAIL')[] = ['SMS'],
): void {
  const template = pool.settings.AdminCreateUserConfig.InviteMessageTemplate ?? {};
  const fill = (text: string) => text.replaceAll('{username}', typedUsername).replaceAll('{####}', temporaryPassword);
  const subject = template['EmailSubject'] ?? 'Your temporary password';
  for (const medium of new Set(mediums)) {
    const attribute = medium === 'EMAIL' ? 'email' : 'phone_number';
    const to = user.attributes[attribute];
    if (!to) continue;
    const body =
      medium === 'EMAIL'
        ? (template['EmailMessage'] ?? 'Your username is {username} and temporary password is {####}.')
        : (template['SMSMessage'] ?? 'Your username is {username} and temporary password is {####}.');
    ctx.send({
      userPoolId: pool.Id,
      username: user.username,
      channel: medium,
      to,
      destination: medium === 'EMAIL' ? maskEmail(to) : maskPhone(to),
      subject,
      body: fill(body),
      purpose: 'AdminCreateUser',
    });
  }
}
