import type { IdentityPoolContext } from '../lib/pools';
import { page } from '../lib/pages';

/** The region's pools, in the order they were made. */
export function listIdentityPools(ctx: IdentityPoolContext, request: { MaxResults: number; NextToken?: string }) {
  const all = Object.values(ctx.state.pools).map((p) => ({ IdentityPoolId: p.IdentityPoolId, IdentityPoolName: p.IdentityPoolName }));
  const { items, nextToken } = page(all, request.MaxResults, request.NextToken);
  return { IdentityPools: items, ...(nextToken ? { NextToken: nextToken } : {}) };
}
