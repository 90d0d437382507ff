import { getIdentityPool, type IdentityPoolContext } from '../lib/pools';

/** Deletes the pool with its identities and their logins. */
export function deleteIdentityPool(ctx: IdentityPoolContext, request: { IdentityPoolId: string }): Record<string, never> {
  getIdentityPool(ctx, request.IdentityPoolId);
  delete ctx.state.pools[request.IdentityPoolId];
  for (const [id, identity] of Object.entries(ctx.state.identities)) if (identity.IdentityPoolId === request.IdentityPoolId) delete ctx.state.identities[id];
  for (const [key, owner] of Object.entries(ctx.state.logins)) if (!(owner in ctx.state.identities)) delete ctx.state.logins[key];
  return {};
}
