import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { getPool } from '../lib/pools';

export interface DeleteUserPoolRequest {
  UserPoolId: string;
}

export type DeleteUserPoolResponse = Record<string, never>;

/**
 * DeleteUserPool: removes the pool with its users, clients and groups; its tokens stop being accepted.
 * Refused while DeletionProtection is ACTIVE, and while the pool still has a hosted UI domain.
 */
export async function deleteUserPool(ctx: ActionContext, request: DeleteUserPoolRequest): Promise<DeleteUserPoolResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  if (pool.settings.DeletionProtection === 'ACTIVE') {
    throw new CloudError(
      'InvalidParameterException',
      'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.',
    );
  }
  // [O] AWS's answer while a domain is configured.
  if (pool.Domain) throw new CloudError('InvalidParameterException', 'User pool cannot be deleted. It has a domain configured that should be deleted first.');
  delete ctx.state.pools[pool.Id];
  return {};
}
