import { describeIdentityRecord, getIdentityPool, type IdentityPoolContext } from '../lib/pools';
import { page } from '../lib/pages';

/** A pool's identities, in the order they were made. SIMPLIFIED: no identity is ever disabled yet, so HideDisabled hides none. */
export function listIdentities(ctx: IdentityPoolContext, request: { IdentityPoolId: string; MaxResults: number; NextToken?: string; HideDisabled?: boolean }) {
  getIdentityPool(ctx, request.IdentityPoolId);
  const all = Object.values(ctx.state.identities)
    .filter((identity) => identity.IdentityPoolId === request.IdentityPoolId)
    .map(describeIdentityRecord);
  const { items, nextToken } = page(all, request.MaxResults, request.NextToken);
  return { IdentityPoolId: request.IdentityPoolId, Identities: items, ...(nextToken ? { NextToken: nextToken } : {}) };
}
