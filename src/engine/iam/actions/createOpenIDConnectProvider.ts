import type { ActionContext } from '../../context';
import type { IamState, OidcProviderRecord, TagRecord } from '../model';
import { entityAlreadyExists, IAM_MESSAGES } from '../lib/errors';
import { checkClientIds, checkThumbprints, oidcProviderArn, providerUrl } from '../lib/oidcProviders';
import { readTags } from '../lib/tags';

export interface CreateOpenIDConnectProviderRequest {
  Url: string;
  ClientIDList?: string[];
  ThumbprintList?: string[];
  Tags?: TagRecord[];
}

/**
 * CreateOpenIDConnectProvider: an issuer the account trusts, at `arn:aws:iam::{account}:oidc-provider/{host/path}`, one per
 * URL. ThumbprintList is optional: IAM now verifies the provider's JWKS endpoint with trusted root CAs (IAM API reference),
 * so thumbprints are kept and shown but never checked here. SIMPLIFIED: IAM does not contact the provider when created.
 */
export function createOpenIDConnectProvider(
  ctx: ActionContext<IamState>,
  request: CreateOpenIDConnectProviderRequest,
): { OpenIDConnectProviderArn: string; Tags?: TagRecord[] } {
  const url = providerUrl(request.Url);
  const arn = oidcProviderArn(ctx.accountId, url);
  if (Object.hasOwn(ctx.state.oidcProviders, arn)) throw entityAlreadyExists(IAM_MESSAGES.oidcProviderExists(request.Url));
  const provider: OidcProviderRecord = {
    Arn: arn,
    Url: url,
    ClientIDList: checkClientIds(request.ClientIDList ?? []),
    ThumbprintList: checkThumbprints(request.ThumbprintList ?? []),
    CreateDate: ctx.now,
    Tags: readTags(request.Tags),
  };
  ctx.state.oidcProviders[arn] = provider;
  return { OpenIDConnectProviderArn: arn, ...(provider.Tags.length > 0 ? { Tags: provider.Tags.map((t) => ({ ...t })) } : {}) };
}
