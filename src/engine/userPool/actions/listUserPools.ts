import { toEpochSeconds } from '../../kernel/clock';
import type { ActionContext } from '../lib/context';
import { paginate } from '../lib/pagination';

export interface ListUserPoolsRequest {
  MaxResults: number;
  NextToken?: string;
}

/** AWS's `UserPoolDescriptionType`: the short form of a pool in a list. */
export interface UserPoolDescriptionType {
  Id: string;
  Name: string;
  LambdaConfig: Record<string, unknown>;
  LastModifiedDate: number;
  CreationDate: number;
}

export interface ListUserPoolsResponse {
  UserPools: UserPoolDescriptionType[];
  NextToken?: string;
}

/**
 * ListUserPools: the account's pools in this region, at most MaxResults (required, 1–60) per page, with a NextToken
 * while more remain. Listed in the order they were created [U: AWS does not document the order].
 */
export async function listUserPools(ctx: ActionContext, request: ListUserPoolsRequest): Promise<ListUserPoolsResponse> {
  const pools = Object.values(ctx.state.pools);
  const { page, next } = paginate(pools, (p) => p.Id, request.MaxResults, request.NextToken, 'maxResults', 1);
  return {
    UserPools: page.map((pool) => ({
      Id: pool.Id,
      Name: pool.Name,
      LambdaConfig: pool.settings.LambdaConfig ?? {},
      LastModifiedDate: toEpochSeconds(pool.LastModifiedDate),
      CreationDate: toEpochSeconds(pool.CreationDate),
    })),
    ...(next ? { NextToken: next } : {}),
  };
}
