import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireOidcProvider } from '../lib/oidcProviders';

/** GetOpenIDConnectProvider: the provider's URL (without its scheme, as IAM answers), audiences, thumbprints, date and tags. */
export function getOpenIDConnectProvider(ctx: ActionContext<IamState>, request: { OpenIDConnectProviderArn: string }) {
  const p = requireOidcProvider(ctx.state, request.OpenIDConnectProviderArn);
  return {
    Url: p.Url,
    ClientIDList: [...p.ClientIDList],
    ThumbprintList: [...p.ThumbprintList],
    CreateDate: new Date(p.CreateDate),
    Tags: p.Tags.map((t) => ({ ...t })),
  };
}
