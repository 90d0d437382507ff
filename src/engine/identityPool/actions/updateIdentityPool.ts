import type { IdentityPoolRecord } from '../model';
import { getIdentityPool, type IdentityPoolContext } from '../lib/pools';
import { checkIamProviders, poolRecord, type IdentityPoolSettings } from '../lib/settings';

/** Replaces the pool's settings with the request's: a setting left out is cleared (or back to its default), as in AWS. */
export function updateIdentityPool(ctx: IdentityPoolContext, request: IdentityPoolSettings & { IdentityPoolId: string }): IdentityPoolRecord {
  getIdentityPool(ctx, request.IdentityPoolId);
  checkIamProviders(ctx, request);
  const record = poolRecord(request.IdentityPoolId, request);
  ctx.state.pools[request.IdentityPoolId] = record;
  return structuredClone(record);
}
