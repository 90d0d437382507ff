import type { ActionContext } from '../../context';
import type { IamState } from '../model';

/**
 * DeleteOpenIDConnectProvider: removes the provider; roles that name it in their trust policies stay and no longer work.
 * Idempotent: "does not fail or return an error if you call the operation for a provider that does not exist" (IAM API
 * reference), so an ARN with no provider is answered as a success.
 */
export function deleteOpenIDConnectProvider(ctx: ActionContext<IamState>, request: { OpenIDConnectProviderArn: string }): Record<string, never> {
  delete ctx.state.oidcProviders[request.OpenIDConnectProviderArn];
  return {};
}
