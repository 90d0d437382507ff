import type { ActionContext } from '../lib/context';
import { toEpochSeconds } from '../../kernel/clock';
import type { IdentityProviderTypeName } from '../model';
import { paginate } from '../lib/pagination';
import { getPool } from '../lib/pools';

export interface ListIdentityProvidersRequest {
  UserPoolId: string;
  MaxResults?: number;
  NextToken?: string;
}

/** ProviderDescription: a provider without its details. */
export interface ProviderDescription {
  ProviderName: string;
  ProviderType: IdentityProviderTypeName;
  LastModifiedDate: number;
  CreationDate: number;
}

export interface ListIdentityProvidersResponse {
  Providers: ProviderDescription[];
  NextToken?: string;
}

/**
 * ListIdentityProviders: the pool's providers (name, type, dates), at most MaxResults (1–60; none means 60 [U]) a page
 * with a NextToken while more remain, in the order they were created [U: AWS does not document the order].
 */
export async function listIdentityProviders(ctx: ActionContext, request: ListIdentityProvidersRequest): Promise<ListIdentityProvidersResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const providers = Object.values(pool.identityProviders);
  const { page, next } = paginate(providers, (p) => p.ProviderName, request.MaxResults, request.NextToken, 'maxResults', 1);
  return {
    Providers: page.map((p) => ({
      ProviderName: p.ProviderName,
      ProviderType: p.ProviderType,
      LastModifiedDate: toEpochSeconds(p.LastModifiedDate),
      CreationDate: toEpochSeconds(p.CreationDate),
    })),
    ...(next ? { NextToken: next } : {}),
  };
}
