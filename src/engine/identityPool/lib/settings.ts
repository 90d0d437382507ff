import { findSamlProvider } from '../../iam/lib/samlProviders';
import { iam } from '../../iam/service';
import { CloudError } from '../../kernel/errors';
import type { CognitoIdentityProvider, IdentityPoolRecord } from '../model';
import type { IdentityPoolContext } from './pools';

/** The settings CreateIdentityPool and UpdateIdentityPool take: everything but the id. */
export type IdentityPoolSettings = Omit<IdentityPoolRecord, 'IdentityPoolId' | 'AllowClassicFlow' | 'CognitoIdentityProviders'> & {
  AllowClassicFlow?: boolean;
  CognitoIdentityProviders?: (Omit<CognitoIdentityProvider, 'ServerSideTokenCheck'> & { ServerSideTokenCheck?: boolean })[];
};

/** A pool's record from its settings, with AWS's defaults (no classic flow, no server-side token check). */
export function poolRecord(id: string, settings: IdentityPoolSettings): IdentityPoolRecord {
  const record: IdentityPoolRecord = {
    IdentityPoolId: id,
    IdentityPoolName: settings.IdentityPoolName,
    AllowUnauthenticatedIdentities: settings.AllowUnauthenticatedIdentities,
    AllowClassicFlow: settings.AllowClassicFlow ?? false,
  };
  if (settings.SupportedLoginProviders) record.SupportedLoginProviders = { ...settings.SupportedLoginProviders };
  if (settings.DeveloperProviderName !== undefined) record.DeveloperProviderName = settings.DeveloperProviderName;
  if (settings.OpenIdConnectProviderARNs) record.OpenIdConnectProviderARNs = [...settings.OpenIdConnectProviderARNs];
  if (settings.CognitoIdentityProviders)
    record.CognitoIdentityProviders = settings.CognitoIdentityProviders.map((p) => ({
      ProviderName: p.ProviderName,
      ClientId: p.ClientId,
      ServerSideTokenCheck: p.ServerSideTokenCheck ?? false,
    }));
  if (settings.SamlProviderARNs) record.SamlProviderARNs = [...settings.SamlProviderARNs];
  if (settings.IdentityPoolTags) record.IdentityPoolTags = { ...settings.IdentityPoolTags };
  return record;
}

/**
 * The IAM identity providers a pool's settings name must exist in the account's IAM: every OpenIdConnectProviderARNs and
 * SamlProviderARNs entry. [U] the words; the code is the API reference's for invalid parameters.
 */
export function checkIamProviders(ctx: IdentityPoolContext, settings: IdentityPoolSettings): void {
  const state = ctx.peek(iam);
  for (const arn of settings.OpenIdConnectProviderARNs ?? [])
    if (!Object.hasOwn(state.oidcProviders, arn)) throw new CloudError('InvalidParameterException', `Invalid OpenIdConnectProviderARN: ${arn} does not exist.`);
  for (const arn of settings.SamlProviderARNs ?? [])
    if (!findSamlProvider(state, arn)) throw new CloudError('InvalidParameterException', `Invalid SamlProviderARN: ${arn} does not exist.`);
}
