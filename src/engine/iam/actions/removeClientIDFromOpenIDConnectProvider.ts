import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireOidcProvider } from '../lib/oidcProviders';

/** RemoveClientIDFromOpenIDConnectProvider: one audience fewer; removing one not listed is no error (IAM API reference). */
export function removeClientIDFromOpenIDConnectProvider(
  ctx: ActionContext<IamState>,
  request: { OpenIDConnectProviderArn: string; ClientID: string },
): Record<string, never> {
  const provider = requireOidcProvider(ctx.state, request.OpenIDConnectProviderArn);
  provider.ClientIDList = provider.ClientIDList.filter((id) => id !== request.ClientID);
  return {};
}
