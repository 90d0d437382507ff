import type { ActionContext } from '../lib/context';
import { ownedDomain } from '../lib/domains';
import { getPool } from '../lib/pools';

export interface DeleteUserPoolDomainRequest {
  Domain: string;
  UserPoolId: string;
}

export type DeleteUserPoolDomainResponse = Record<string, never>;

/**
 * DeleteUserPoolDomain: removes the pool's prefix domain, so its hosted UI stops answering, the prefix is free again in
 * the region, and the pool can be deleted. The domain must be the named pool's: another pool's or an unknown one →
 * `InvalidParameterException: No such domain or user pool exists.` [O] Hosted UI sessions and codes stay with the pool.
 * SIMPLIFIED: the domain goes at once, where AWS shows DELETING for a while.
 */
export async function deleteUserPoolDomain(ctx: ActionContext, request: DeleteUserPoolDomainRequest): Promise<DeleteUserPoolDomainResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const record = ownedDomain(ctx, pool, request.Domain);
  delete ctx.state.domains[record.Domain];
  delete pool.Domain;
  return {};
}
