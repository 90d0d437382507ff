import type { ActionContext } from '../lib/context';
import { getIdentityProvider, identityProviderType, type IdentityProviderType } from '../lib/identityProviders';
import { getPool } from '../lib/pools';

export interface DescribeIdentityProviderRequest {
  UserPoolId: string;
  ProviderName: string;
}

export interface DescribeIdentityProviderResponse {
  IdentityProvider: IdentityProviderType;
}

/** DescribeIdentityProvider: one provider of the pool, with the ProviderDetails keys Cognito added to the request's. */
export async function describeIdentityProvider(ctx: ActionContext, request: DescribeIdentityProviderRequest): Promise<DescribeIdentityProviderResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  return { IdentityProvider: identityProviderType(getIdentityProvider(pool, request.ProviderName)) };
}
