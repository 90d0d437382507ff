import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { lookup, store } from '../../kernel/records';
import type { IdentityProviderRecord, IdentityProviderTypeName } from '../model';
import {
  checkAttributeMapping,
  checkIdentifiers,
  checkProviderName,
  identityProviderType,
  withDefaultMapping,
  type IdentityProviderType,
} from '../lib/identityProviders';
import { resolveProviderDetails } from '../lib/providerDetails';
import { getPool } from '../lib/pools';

export interface CreateIdentityProviderRequest {
  UserPoolId: string;
  ProviderName: string;
  ProviderType: IdentityProviderTypeName;
  ProviderDetails: Record<string, string>;
  AttributeMapping?: Record<string, string>;
  IdpIdentifiers?: string[];
}

export interface CreateIdentityProviderResponse {
  IdentityProvider: IdentityProviderType;
}

/**
 * CreateIdentityProvider: a trust between the pool and an external IdP (Google, Facebook, Login with Amazon, Sign in with
 * Apple, OIDC or SAML) whose users then sign in through the hosted UI. The name is unique in the pool
 * (`DuplicateProviderException: <name> already exists in user pool <id>` [O]); a social provider is named after its type;
 * ProviderDetails must hold the type's required keys and Cognito adds its own (identityProviders.ts, providerDetails.ts);
 * AttributeMapping names pool attributes; IdpIdentifiers are unique in the pool.
 * SIMPLIFIED: no limit on the number of providers a pool has (AWS: 300).
 */
export async function createIdentityProvider(ctx: ActionContext, request: CreateIdentityProviderRequest): Promise<CreateIdentityProviderResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  checkProviderName(request.ProviderName, request.ProviderType);
  if (lookup(pool.identityProviders, request.ProviderName)) {
    throw new CloudError('DuplicateProviderException', `${request.ProviderName} already exists in user pool ${pool.Id}`);
  }
  const mapping = request.AttributeMapping ?? {};
  checkAttributeMapping(pool, mapping);
  const identifiers = [...(request.IdpIdentifiers ?? [])];
  checkIdentifiers(pool, identifiers);
  const resolved = await resolveProviderDetails(ctx, request.ProviderType, request.ProviderDetails);
  const provider: IdentityProviderRecord = {
    UserPoolId: pool.Id,
    ProviderName: request.ProviderName,
    ProviderType: request.ProviderType,
    ProviderDetails: resolved.details,
    AttributeMapping: withDefaultMapping(request.ProviderType, mapping),
    IdpIdentifiers: identifiers,
    CreationDate: ctx.now,
    LastModifiedDate: ctx.now,
    ...(resolved.endpoints ? { endpoints: resolved.endpoints } : {}),
    ...(resolved.saml ? { saml: resolved.saml } : {}),
  };
  store(pool.identityProviders, provider.ProviderName, provider);
  return { IdentityProvider: identityProviderType(provider) };
}
