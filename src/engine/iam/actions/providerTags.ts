/**
 * Tags of IAM's identity providers: Tag/Untag/List…Tags for OpenID Connect and SAML providers, on the provider the ARN
 * names (NoSuchEntity in each kind's words otherwise). The list is one page (a provider has at most 50 tags).
 */
import type { ActionContext } from '../../context';
import type { IamState, TagRecord } from '../model';
import { requireOidcProvider } from '../lib/oidcProviders';
import { requireSamlProvider } from '../lib/samlProviders';
import { withoutTags, withTags } from '../lib/tags';

type Ctx = ActionContext<IamState>;
type Listed = { Tags: TagRecord[]; IsTruncated: boolean };

export function tagOpenIDConnectProvider(ctx: Ctx, request: { OpenIDConnectProviderArn: string; Tags: TagRecord[] }): Record<string, never> {
  const provider = requireOidcProvider(ctx.state, request.OpenIDConnectProviderArn);
  provider.Tags = withTags(provider.Tags, request.Tags);
  return {};
}

export function untagOpenIDConnectProvider(ctx: Ctx, request: { OpenIDConnectProviderArn: string; TagKeys: string[] }): Record<string, never> {
  const provider = requireOidcProvider(ctx.state, request.OpenIDConnectProviderArn);
  provider.Tags = withoutTags(provider.Tags, request.TagKeys);
  return {};
}

export function listOpenIDConnectProviderTags(ctx: Ctx, request: { OpenIDConnectProviderArn: string }): Listed {
  return { Tags: requireOidcProvider(ctx.state, request.OpenIDConnectProviderArn).Tags.map((t) => ({ ...t })), IsTruncated: false };
}

export function tagSAMLProvider(ctx: Ctx, request: { SAMLProviderArn: string; Tags: TagRecord[] }): Record<string, never> {
  const provider = requireSamlProvider(ctx.state, request.SAMLProviderArn);
  provider.Tags = withTags(provider.Tags, request.Tags);
  return {};
}

export function untagSAMLProvider(ctx: Ctx, request: { SAMLProviderArn: string; TagKeys: string[] }): Record<string, never> {
  const provider = requireSamlProvider(ctx.state, request.SAMLProviderArn);
  provider.Tags = withoutTags(provider.Tags, request.TagKeys);
  return {};
}

export function listSAMLProviderTags(ctx: Ctx, request: { SAMLProviderArn: string }): Listed {
  return { Tags: requireSamlProvider(ctx.state, request.SAMLProviderArn).Tags.map((t) => ({ ...t })), IsTruncated: false };
}
