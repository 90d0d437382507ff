import type { ActionContext } from '../lib/context';
import {
  checkAttributeMapping,
  checkIdentifiers,
  COMPUTED_KEYS,
  getIdentityProvider,
  identityProviderType,
  socialDetails,
  withDefaultMapping,
  type IdentityProviderType,
} from '../lib/identityProviders';
import { resolveProviderDetails } from '../lib/providerDetails';
import { getPool } from '../lib/pools';

export interface UpdateIdentityProviderRequest {
  UserPoolId: string;
  ProviderName: string;
  ProviderDetails?: Record<string, string>;
  AttributeMapping?: Record<string, string>;
  IdpIdentifiers?: string[];
}

export interface UpdateIdentityProviderResponse {
  IdentityProvider: IdentityProviderType;
}

/**
 * UpdateIdentityProvider: changes a provider's details, attribute mapping or identifiers; members left out keep their
 * values. ProviderDetails given are laid over the ones the provider has (a SAML provider's MetadataFile and MetadataURL
 * replace each other) and checked again as on create; AttributeMapping and IdpIdentifiers given replace the old ones.
 * [U] AWS does not document whether given ProviderDetails merge or replace.
 */
export async function updateIdentityProvider(ctx: ActionContext, request: UpdateIdentityProviderRequest): Promise<UpdateIdentityProviderResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const provider = getIdentityProvider(pool, request.ProviderName);
  if (request.AttributeMapping) checkAttributeMapping(pool, request.AttributeMapping);
  if (request.IdpIdentifiers) checkIdentifiers(pool, request.IdpIdentifiers, provider.ProviderName);
  if (request.ProviderDetails) {
    const computed = new Set([...COMPUTED_KEYS, ...Object.keys(socialDetails(provider.ProviderType, {}))]);
    const kept = Object.fromEntries(Object.entries(provider.ProviderDetails).filter(([key]) => !computed.has(key) || key === 'api_version'));
    if (request.ProviderDetails.MetadataFile !== undefined) delete kept.MetadataURL;
    if (request.ProviderDetails.MetadataURL !== undefined) delete kept.MetadataFile;
    const resolved = await resolveProviderDetails(ctx, provider.ProviderType, { ...kept, ...request.ProviderDetails });
    provider.ProviderDetails = resolved.details;
    if (resolved.endpoints) provider.endpoints = resolved.endpoints;
    if (resolved.saml) provider.saml = resolved.saml;
  }
  if (request.AttributeMapping) provider.AttributeMapping = withDefaultMapping(provider.ProviderType, request.AttributeMapping);
  if (request.IdpIdentifiers) provider.IdpIdentifiers = [...request.IdpIdentifiers];
  provider.LastModifiedDate = ctx.now;
  return { IdentityProvider: identityProviderType(provider) };
}
