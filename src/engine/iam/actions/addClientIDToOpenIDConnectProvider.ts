import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { checkClientIds, requireOidcProvider } from '../lib/oidcProviders';

/** AddClientIDToOpenIDConnectProvider: one more audience; adding one already listed changes nothing (IAM API reference). */
export function addClientIDToOpenIDConnectProvider(
  ctx: ActionContext<IamState>,
  request: { OpenIDConnectProviderArn: string; ClientID: string },
): Record<string, never> {
  const provider = requireOidcProvider(ctx.state, request.OpenIDConnectProviderArn);
  provider.ClientIDList = checkClientIds([...provider.ClientIDList, request.ClientID]);
  return {};
}
