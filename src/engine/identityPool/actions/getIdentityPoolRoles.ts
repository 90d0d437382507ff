import { lookup } from '../../kernel/records';
import { getIdentityPool, type IdentityPoolContext } from '../lib/pools';

/** The pool's roles and role mappings as SetIdentityPoolRoles left them (empty Roles before the first call). */
export function getIdentityPoolRoles(ctx: IdentityPoolContext, request: { IdentityPoolId: string }) {
  const pool = getIdentityPool(ctx, request.IdentityPoolId);
  const roles = lookup(ctx.state.roles, pool.IdentityPoolId);
  return {
    IdentityPoolId: pool.IdentityPoolId,
    Roles: { ...roles?.Roles },
    ...(roles?.RoleMappings ? { RoleMappings: structuredClone(roles.RoleMappings) } : {}),
  };
}
