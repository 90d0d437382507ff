import { describeIdentityRecord, getIdentity, type IdentityPoolContext } from '../lib/pools';

export function describeIdentity(ctx: IdentityPoolContext, request: { IdentityId: string }) {
  return describeIdentityRecord(getIdentity(ctx, request.IdentityId));
}
