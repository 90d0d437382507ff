import type { CognitoIdentityProvider, IdentityPoolRecord } from '../model';

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
