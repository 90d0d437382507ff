import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireSamlProvider, samlProviderKey } from '../lib/samlProviders';

/** DeleteSAMLProvider: removes the provider, or NoSuchEntity "Manifest not found for arn …" when there is none. */
export function deleteSAMLProvider(ctx: ActionContext<IamState>, request: { SAMLProviderArn: string }): Record<string, never> {
  requireSamlProvider(ctx.state, request.SAMLProviderArn);
  delete ctx.state.samlProviders[samlProviderKey(request.SAMLProviderArn)];
  return {};
}
