import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { identityProviderType, type IdentityProviderType } from '../lib/identityProviders';
import { getPool } from '../lib/pools';

export interface GetIdentityProviderByIdentifierRequest {
  UserPoolId: string;
  IdpIdentifier: string;
}

export interface GetIdentityProviderByIdentifierResponse {
  IdentityProvider: IdentityProviderType;
}

/**
 * GetIdentityProviderByIdentifier: the provider one of whose IdpIdentifiers is the one given (what `idp_identifier` on
 * `/oauth2/authorize` names). [U] AWS's wording when none has it; the code is the API reference's.
 */
export async function getIdentityProviderByIdentifier(
  ctx: ActionContext,
  request: GetIdentityProviderByIdentifierRequest,
): Promise<GetIdentityProviderByIdentifierResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const provider = Object.values(pool.identityProviders).find((p) => p.IdpIdentifiers.includes(request.IdpIdentifier));
  if (!provider) throw new CloudError('ResourceNotFoundException', `Identity provider with identifier ${request.IdpIdentifier} does not exist.`);
  return { IdentityProvider: identityProviderType(provider) };
}
