import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { checkThumbprints, requireOidcProvider } from '../lib/oidcProviders';

/** UpdateOpenIDConnectProviderThumbprint: replaces the whole thumbprint list (kept, never checked: see CreateOpenIDConnectProvider). */
export function updateOpenIDConnectProviderThumbprint(
  ctx: ActionContext<IamState>,
  request: { OpenIDConnectProviderArn: string; ThumbprintList: string[] },
): Record<string, never> {
  const provider = requireOidcProvider(ctx.state, request.OpenIDConnectProviderArn);
  provider.ThumbprintList = checkThumbprints(request.ThumbprintList);
  return {};
}
