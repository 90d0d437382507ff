import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { adminTarget, touch } from '../lib/adminTarget';
import { CODE_VALIDITY, sendCode } from '../lib/codes';
import type { AttributeType, UserPoolRecord, UserRecord } from '../model';
import { checkAttributes } from '../lib/schema';
import { attributesFromList, sameIdentifier } from '../lib/users';

export interface AdminUpdateUserAttributesRequest {
  UserPoolId: string;
  Username: string;
  UserAttributes: AttributeType[];
  ClientMetadata?: Record<string, string>;
}

export type AdminUpdateUserAttributesResponse = Record<string, never>;

const CONTACTS = ['email', 'phone_number'] as const;

/**
 * AdminUpdateUserAttributes: an administrator sets, changes or (with a blank value) deletes a user's attributes.
 * Names must be in the pool's schema and mutable. An administrator may mark `email_verified` / `phone_number_verified` true.
 * A changed email or phone number without its `_verified` flag becomes unverified, and when the pool auto-verifies it,
 * a verification code is sent to the new address (as for UpdateUserAttributes).
 * SIMPLIFIED: UserAttributeUpdateSettings (keep the old address until the new one is verified) is not simulated.
 */
export async function adminUpdateUserAttributes(ctx: ActionContext, request: AdminUpdateUserAttributesRequest): Promise<AdminUpdateUserAttributesResponse> {
  const { pool, user } = adminTarget(ctx, request.UserPoolId, request.Username);
  const requested = attributesFromList(request.UserAttributes);
  checkAttributes(pool, requested, false);
  for (const name of Object.keys(requested)) {
    const definition = pool.settings.SchemaAttributes.find((a) => a.Name === name);
    // Observed: even an immutable attribute that was never set cannot be written after creation.
    if (definition && !definition.Mutable) throw new CloudError('InvalidParameterException', `user.${name}: Attribute cannot be updated.`);
  }

  const next: Record<string, string> = { ...user.attributes };
  for (const [name, value] of Object.entries(requested)) {
    if (value === '') delete next[name];
    else next[name] = value;
  }
  const changed = CONTACTS.filter((name) => name in requested && requested[name] !== user.attributes[name]);
  for (const name of changed) {
    const flag = `${name}_verified`;
    if (!next[name]) delete next[flag];
    else if (requested[flag] === undefined) next[flag] = 'false';
  }
  // [U] wording from cognito-local; AWS does refuse a verification flag without the address it qualifies.
  if (requested['email_verified'] !== undefined && !next['email']) {
    throw new CloudError('InvalidParameterException', 'Email is required to verify/un-verify an email');
  }
  if (requested['phone_number_verified'] !== undefined && !next['phone_number']) {
    throw new CloudError('InvalidParameterException', 'Phone Number is required to verify/un-verify a phone number');
  }
  // Deleting a required attribute is refused as SignUp refuses leaving it out.
  const inSchema = new Set(pool.settings.SchemaAttributes.map((a) => a.Name));
  checkAttributes(pool, Object.fromEntries(Object.entries(next).filter(([name]) => inSchema.has(name))), true);
  for (const name of CONTACTS) if (name in requested || `${name}_verified` in requested) checkAliasFree(pool, user, name, next);

  user.attributes = next;
  for (const name of changed) {
    delete user.attributeCodes[name];
    if (!next[name] || next[`${name}_verified`] === 'true' || !(pool.settings.AutoVerifiedAttributes ?? []).includes(name)) continue;
    const sent = sendCode(ctx, pool, user, 'UpdateUserAttribute', CODE_VALIDITY.attribute, name);
    if (sent) user.attributeCodes[name] = sent.pending;
  }
  touch(ctx, user);
  return {};
}

/**
 * An email or phone number that signs a user in (UsernameAttributes), or a verified alias (AliasAttributes), belongs to one user:
 * `AliasExistsException: An account with the given email already exists.`
 */
function checkAliasFree(pool: UserPoolRecord, user: UserRecord, name: 'email' | 'phone_number', next: Record<string, string>): void {
  const value = next[name];
  if (!value) return;
  const signIn = (pool.settings.UsernameAttributes ?? []).includes(name);
  const alias = (pool.settings.AliasAttributes ?? []).includes(name) && next[`${name}_verified`] === 'true';
  if (!signIn && !alias) return;
  const same = (other: string | undefined) => sameIdentifier(pool, name, other, value);
  const taken = Object.values(pool.users).some(
    (other) => other !== user && same(other.attributes[name]) && (signIn || other.attributes[`${name}_verified`] === 'true'),
  );
  if (taken) throw new CloudError('AliasExistsException', `An account with the given ${name} already exists.`);
}
