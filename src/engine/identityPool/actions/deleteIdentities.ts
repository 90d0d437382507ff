import { lookup } from '../../kernel/records';
import type { IdentityPoolContext } from '../lib/pools';

/**
 * Deletes identities (up to 60) with their logins: a deleted login makes a new identity the next time it is seen.
 * [U] an id this region does not know is skipped silently; AWS's UnprocessedIdentityIds reports only AccessDenied and
 * InternalServerError, neither of which the simulator produces.
 */
export function deleteIdentities(ctx: IdentityPoolContext, request: { IdentityIdsToDelete: string[] }) {
  for (const id of request.IdentityIdsToDelete) {
    if (!lookup(ctx.state.identities, id)) continue;
    delete ctx.state.identities[id];
    for (const [key, owner] of Object.entries(ctx.state.logins)) if (owner === id) delete ctx.state.logins[key];
  }
  return { UnprocessedIdentityIds: [] };
}
