import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { ActionContext } from '../../context';
import type { IdentityPoolRecord, IdentityPoolsState, IdentityRecord } from '../model';

export type IdentityPoolContext = ActionContext<IdentityPoolsState>;

/** An identity pool of this region, or AWS's `ResourceNotFoundException: IdentityPool '<id>' not found.` [O] */
export function getIdentityPool(ctx: IdentityPoolContext, identityPoolId: string): IdentityPoolRecord {
  const pool = lookup(ctx.state.pools, identityPoolId);
  if (!pool) throw new CloudError('ResourceNotFoundException', `IdentityPool '${identityPoolId}' not found.`);
  return pool;
}

/** An identity of this region, or `ResourceNotFoundException: Identity '<id>' not found.` [O] */
export function getIdentity(ctx: IdentityPoolContext, identityId: string): IdentityRecord {
  const identity = lookup(ctx.state.identities, identityId);
  if (!identity) throw new CloudError('ResourceNotFoundException', `Identity '${identityId}' not found.`);
  return identity;
}

/** An identity's description, as DescribeIdentity and ListIdentities answer (dates in epoch seconds). */
export function describeIdentityRecord(identity: IdentityRecord) {
  return {
    IdentityId: identity.IdentityId,
    Logins: [...identity.logins],
    CreationDate: identity.created / 1000,
    LastModifiedDate: identity.modified / 1000,
  };
}
