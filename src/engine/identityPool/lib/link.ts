/**
 * An identity asking for a token or credentials, with the logins it shows (GetOpenIdToken, GetCredentialsForIdentity):
 * the logins are verified, an authenticated identity must show one of its own, and a new login is linked to it, so a
 * guest that signs in keeps its IdentityId and its data. A login that already belongs to another identity merges the two:
 * the login's owner survives and is the identity answered; the other is disabled and its logins move over.
 * [U] which identity survives a merge: AWS does not document it; the login's owner is what most apps expect.
 */
import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { IdentityPoolRecord, IdentityRecord } from '../model';
import { verifyLogins, type VerifiedLogin } from './logins';
import { getIdentity, getIdentityPool, type IdentityPoolContext } from './pools';

/** Where the pool records who owns a login. */
export const loginKey = (pool: IdentityPoolRecord, login: VerifiedLogin) => `${pool.IdentityPoolId} ${login.provider} ${login.subject}`;

export interface LinkedIdentity {
  pool: IdentityPoolRecord;
  identity: IdentityRecord;
  logins: VerifiedLogin[];
}

export async function identityWithLogins(ctx: IdentityPoolContext, identityId: string, sent: Record<string, string> | undefined): Promise<LinkedIdentity> {
  let identity = usable(ctx, identityId);
  const pool = getIdentityPool(ctx, identity.IdentityPoolId);
  const logins = await verifyLogins(ctx, pool, sent);
  if (logins.length === 0) {
    // [O] AWS's words when an authenticated identity comes without its login.
    if (identity.logins.length > 0)
      throw new CloudError('NotAuthorizedException', "Logins don't match. Please include at least one valid login for this identity or identity pool.");
    if (!pool.AllowUnauthenticatedIdentities) throw new CloudError('NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.');
    return { pool, identity, logins };
  }
  refuseSecondLogin(ctx, pool, [identity.IdentityId], logins);
  for (const login of logins) {
    const owner = lookup(ctx.state.logins, loginKey(pool, login));
    if (owner !== undefined && owner !== identity.IdentityId) identity = merge(ctx, identity, ctx.state.identities[owner]!);
  }
  for (const login of logins) link(ctx, pool, identity, login);
  return { pool, identity, logins };
}

/**
 * GetId's logins, owned by identities of their own: the first login's owner survives and every other owner is merged into
 * it, as GetOpenIdToken merges ("Supplying multiple logins will create an implicit linked account"). [U] which survives.
 */
export function mergeOwners(ctx: IdentityPoolContext, owners: readonly string[]): IdentityRecord | undefined {
  const [first, ...others] = owners;
  if (first === undefined) return undefined;
  let survivor = ctx.state.identities[first]!;
  for (const other of others) survivor = merge(ctx, ctx.state.identities[other]!, survivor);
  return survivor;
}

/**
 * An identity has one login per provider: a login nobody owns yet, from a provider the identity (or an identity it is about
 * to merge with) is already linked to, is a ResourceConflictException, "a login which is already linked to another
 * account". Checked before anything changes.
 */
export function refuseSecondLogin(ctx: IdentityPoolContext, pool: IdentityPoolRecord, identityIds: readonly string[], logins: readonly VerifiedLogin[]): void {
  const owners = logins.map((login) => lookup(ctx.state.logins, loginKey(pool, login)));
  const involved = new Set([...identityIds, ...owners.filter((id): id is string => id !== undefined)]);
  const linked = new Set([...involved].flatMap((id) => ctx.state.identities[id]?.logins ?? []));
  logins.forEach((login, i) => {
    // [U] AWS's words for this conflict.
    if (owners[i] === undefined && linked.has(login.provider))
      throw new CloudError('ResourceConflictException', `The identity is already linked to another login of ${login.provider}.`);
  });
}

/** Records that `identity` owns `login`. */
export function link(ctx: IdentityPoolContext, pool: IdentityPoolRecord, identity: IdentityRecord, login: VerifiedLogin): void {
  const key = loginKey(pool, login);
  if (lookup(ctx.state.logins, key) === identity.IdentityId) return;
  ctx.state.logins[key] = identity.IdentityId;
  if (!identity.logins.includes(login.provider)) identity.logins.push(login.provider);
  identity.modified = ctx.now;
}

/** `other` was merged into `survivor`: its logins move over and it is disabled. */
function merge(ctx: IdentityPoolContext, other: IdentityRecord, survivor: IdentityRecord): IdentityRecord {
  for (const [key, owner] of Object.entries(ctx.state.logins)) if (owner === other.IdentityId) ctx.state.logins[key] = survivor.IdentityId;
  for (const provider of other.logins) if (!survivor.logins.includes(provider)) survivor.logins.push(provider);
  survivor.mergedFrom = [...(survivor.mergedFrom ?? []), other.IdentityId, ...(other.mergedFrom ?? [])];
  survivor.modified = ctx.now;
  other.mergedInto = survivor.IdentityId;
  other.logins = [];
  other.modified = ctx.now;
  return survivor;
}

/** An identity that can still be used: one merged into another, or whose last login was unlinked, is disabled. */
export function usable(ctx: IdentityPoolContext, identityId: string): IdentityRecord {
  const identity = getIdentity(ctx, identityId);
  // [U] the code and words for a disabled identity.
  if (identity.mergedInto !== undefined || identity.unlinked) throw new CloudError('NotAuthorizedException', `Identity '${identityId}' is disabled.`);
  return identity;
}
