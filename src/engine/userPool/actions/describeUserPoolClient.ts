import type { ActionContext } from '../lib/context';
import { userPoolClientType, type UserPoolClientType } from '../lib/wireTypes';
import { getPool, getPoolClient } from '../lib/pools';

export interface DescribeUserPoolClientRequest {
  UserPoolId: string;
  ClientId: string;
}

export interface DescribeUserPoolClientResponse {
  UserPoolClient: UserPoolClientType;
}

/**
 * DescribeUserPoolClient: an app client's configuration (UserPoolClientType), including its ClientSecret.
 * The client must belong to the named pool: a client of another pool → `ResourceNotFoundException`.
 */
export async function describeUserPoolClient(ctx: ActionContext, request: DescribeUserPoolClientRequest): Promise<DescribeUserPoolClientResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  return { UserPoolClient: userPoolClientType(getPoolClient(pool, request.ClientId)) };
}
