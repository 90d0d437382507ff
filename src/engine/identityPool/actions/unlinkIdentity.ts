import { CloudError } from '../../kernel/errors';
import { identityWithLogins } from '../lib/link';
import type { IdentityPoolContext } from '../lib/pools';

export interface UnlinkIdentityRequest {
  IdentityId: string;
  Logins: Record<string, string>;
  LoginsToRemove: string[];
}

/**
 * Unlinks providers from an identity, shown one of its current logins (public, like GetId). An unlinked login makes a new
 * identity the next time it is seen; removing the last login makes the identity inaccessible (API reference).
 */
export async function unlinkIdentity(ctx: IdentityPoolContext, request: UnlinkIdentityRequest): Promise<Record<string, never>> {
  const { identity } = await identityWithLogins(ctx, request.IdentityId, request.Logins);
  // [U] the code and words for unlinking a provider the identity is not linked to.
  const foreign = request.LoginsToRemove.find((provider) => !identity.logins.includes(provider));
  if (foreign !== undefined) throw new CloudError('InvalidParameterException', `The identity is not linked to ${foreign}.`);
  for (const [key, owner] of Object.entries(ctx.state.logins)) {
    const provider = key.split(' ')[1]!;
    if (owner === identity.IdentityId && request.LoginsToRemove.includes(provider)) delete ctx.state.logins[key];
  }
  identity.logins = identity.logins.filter((provider) => !request.LoginsToRemove.includes(provider));
  if (identity.logins.length === 0) identity.unlinked = true;
  identity.modified = ctx.now;
  return {};
}
