import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireSamlProvider } from '../lib/samlProviders';

/** GetSAMLProvider: the metadata document as sent, its UUID, dates and tags. */
export function getSAMLProvider(ctx: ActionContext<IamState>, request: { SAMLProviderArn: string }) {
  const p = requireSamlProvider(ctx.state, request.SAMLProviderArn);
  return {
    SAMLProviderUUID: p.SAMLProviderUUID,
    SAMLMetadataDocument: p.SAMLMetadataDocument,
    CreateDate: new Date(p.CreateDate),
    ValidUntil: new Date(p.ValidUntil),
    Tags: p.Tags.map((t) => ({ ...t })),
  };
}
