import type { ActionContext } from '../lib/context';
import { getIdentityProvider } from '../lib/identityProviders';
import { getPool } from '../lib/pools';

export interface DeleteIdentityProviderRequest {
  UserPoolId: string;
  ProviderName: string;
}

/**
 * DeleteIdentityProvider: the pool's users can no longer sign in through the provider. App clients that listed it in
 * SupportedIdentityProviders no longer do. [U] AWS's API reference does not say what becomes of those clients; the
 * console removes the provider from them, and so does this. The provider's users stay in the pool.
 */
export async function deleteIdentityProvider(ctx: ActionContext, request: DeleteIdentityProviderRequest): Promise<Record<string, never>> {
  const pool = getPool(ctx, request.UserPoolId);
  const provider = getIdentityProvider(pool, request.ProviderName);
  delete pool.identityProviders[provider.ProviderName];
  for (const client of Object.values(pool.clients)) {
    const listed = client.SupportedIdentityProviders;
    if (listed?.includes(provider.ProviderName)) client.SupportedIdentityProviders = listed.filter((name) => name !== provider.ProviderName);
  }
  return {};
}
