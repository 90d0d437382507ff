import { lookup } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { authorizeAccessToken } from '../lib/accessToken';
import { CODE_VALIDITY, sendCode, type CodeDeliveryDetails } from '../lib/codes';
import type { AttributeType, UserPoolRecord, UserRecord } from '../model';
import { checkAttributes } from '../lib/schema';
import { attributesFromList, sameIdentifier } from '../lib/users';

export interface UpdateUserAttributesRequest {
  UserAttributes: AttributeType[];
  AccessToken: string;
  ClientMetadata?: Record<string, string>;
}

export interface UpdateUserAttributesResponse {
  CodeDeliveryDetailsList?: CodeDeliveryDetails[];
}

const CONTACTS = ['email', 'phone_number'] as const;

/**
 * UpdateUserAttributes: the signed-in user changes their own attributes (only those their app client may write).
 * A new email or phone number is unverified (`email_verified` becomes `"false"`) and, when the pool auto-verifies it,
 * a code (valid 24 hours) goes to the new address for VerifyUserAttribute; the answer lists those deliveries.
 * With the pool's UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate, the old value stays until the new one is verified.
 */
export async function updateUserAttributes(ctx: ActionContext, request: UpdateUserAttributesRequest): Promise<UpdateUserAttributesResponse> {
  const { pool, user, claims } = await authorizeAccessToken(ctx, request.AccessToken);
  const requested = attributesFromList(request.UserAttributes);
  const writable = lookup(pool.clients, String(claims['client_id']))?.WriteAttributes;
  if (writable && Object.keys(requested).some((name) => !writable.includes(name))) {
    throw new CloudError('NotAuthorizedException', 'A client attempted to write unauthorized attribute');
  }
  checkAttributes(pool, requested, false);
  for (const name of Object.keys(requested)) {
    const definition = pool.settings.SchemaAttributes.find((a) => a.Name === name);
    // Same rule and wording as AdminUpdateUserAttributes.
    if (definition && !definition.Mutable) throw new CloudError('InvalidParameterException', `user.${name}: Attribute cannot be updated.`);
  }

  const autoVerified = pool.settings.AutoVerifiedAttributes ?? [];
  const settings = pool.settings['UserAttributeUpdateSettings'] as { AttributesRequireVerificationBeforeUpdate?: string[] } | undefined;
  const heldNames = settings?.AttributesRequireVerificationBeforeUpdate ?? [];
  const next: Record<string, string> = { ...user.attributes };
  const held: Record<string, string> = {};
  for (const [name, value] of Object.entries(requested)) {
    if (value === '') delete next[name];
    else next[name] = value;
  }
  const changed = CONTACTS.filter((name) => name in requested && requested[name] !== user.attributes[name]);
  for (const name of changed) {
    const flag = `${name}_verified`;
    const value = next[name];
    if (value && heldNames.includes(name) && autoVerified.includes(name) && user.attributes[name] && requested[flag] !== 'true') {
      // Held: the user keeps the verified old value (and signing in with it) until the new one is verified.
      held[name] = value;
      next[name] = user.attributes[name];
      const current = user.attributes[flag];
      if (current === undefined) delete next[flag];
      else next[flag] = current;
      continue;
    }
    if (!value) delete next[flag];
    else if (requested[flag] === undefined) next[flag] = 'false';
  }
  const inSchema = new Set(pool.settings.SchemaAttributes.map((a) => a.Name));
  checkAttributes(pool, Object.fromEntries(Object.entries(next).filter(([name]) => inSchema.has(name))), true);
  for (const name of CONTACTS) checkSignInAttributeFree(pool, user, name, held[name] ?? next[name]);

  user.attributes = next;
  const deliveries: CodeDeliveryDetails[] = [];
  for (const name of changed) {
    delete user.attributeCodes[name];
    const target = held[name] ?? next[name];
    if (!target || (held[name] === undefined && next[`${name}_verified`] === 'true') || !autoVerified.includes(name)) continue;
    const sent = sendCode(ctx, pool, { ...user, attributes: { ...next, [name]: target } }, 'UpdateUserAttribute', CODE_VALIDITY.attribute, name);
    if (!sent) continue;
    user.attributeCodes[name] = held[name] !== undefined ? { ...sent.pending, pendingValue: held[name] } : sent.pending;
    deliveries.push(sent.details);
  }
  user.modifiedAt = ctx.now;
  return deliveries.length ? { CodeDeliveryDetailsList: deliveries } : {};
}

/**
 * When users sign in with their email or phone (UsernameAttributes), no two users may share one:
 * `AliasExistsException: An account with the given email already exists.`
 */
function checkSignInAttributeFree(pool: UserPoolRecord, user: UserRecord, name: 'email' | 'phone_number', value: string | undefined): void {
  if (!value || !(pool.settings.UsernameAttributes ?? []).includes(name)) return;
  const same = (other: string | undefined) => sameIdentifier(pool, name, other, value);
  if (Object.values(pool.users).some((other) => other.sub !== user.sub && same(other.attributes[name]))) {
    throw new CloudError('AliasExistsException', `An account with the given ${name} already exists.`);
  }
}
