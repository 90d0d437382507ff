import type { IdentityPoolRecord } from '../model';
import { getIdentityPool, type IdentityPoolContext } from '../lib/pools';

export function describeIdentityPool(ctx: IdentityPoolContext, request: { IdentityPoolId: string }): IdentityPoolRecord {
  return structuredClone(getIdentityPool(ctx, request.IdentityPoolId));
}
