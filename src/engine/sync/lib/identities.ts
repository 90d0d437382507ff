import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { cognitoIdentity } from '../../identityPool/service';
import type { SyncContext } from './datasets';
import { applyMerges } from './merge';
import { SYNC_MESSAGES } from './messages';

/**
 * The identity pool and identity a request names, as the identity pool of this region knows them: ResourceNotFoundException
 * for an unknown one, NotAuthorizedException for one the pool disabled (merged into another, or its last login unlinked).
 * The identities the pool merged into this one since Sync last saw it have their datasets merged first (lib/merge.ts).
 * Which identities a caller may name is IAM's to decide, at the front door (the descriptor's `authorization`).
 */
export function requireIdentity(ctx: SyncContext, identityPoolId: string, identityId: string): void {
  const pools = ctx.peek(cognitoIdentity, ctx.region);
  if (!lookup(pools.pools, identityPoolId)) throw new CloudError('ResourceNotFoundException', SYNC_MESSAGES.poolNotFound(identityPoolId), 404);
  const identity = lookup(pools.identities, identityId);
  if (!identity || identity.IdentityPoolId !== identityPoolId)
    throw new CloudError('ResourceNotFoundException', SYNC_MESSAGES.identityNotFound(identityId), 404);
  // [U] the code and words for a disabled identity: Sync's NotAuthorizedException (403), with the identity pool's words.
  if (identity.mergedInto !== undefined || identity.unlinked) throw new CloudError('NotAuthorizedException', SYNC_MESSAGES.identityDisabled(identityId), 403);
  applyMerges(ctx.state, identity, ctx.now);
}
