import type { ActionContext } from '../lib/context';
import { userPoolType, type UserPoolType } from '../lib/wireTypes';
import { getPool } from '../lib/pools';

export interface DescribeUserPoolRequest {
  UserPoolId: string;
}

export interface DescribeUserPoolResponse {
  UserPool: UserPoolType;
}

/** DescribeUserPool: the pool's configuration (UserPoolType), timestamps in epoch seconds, with its estimated number of users. */
export async function describeUserPool(ctx: ActionContext, request: DescribeUserPoolRequest): Promise<DescribeUserPoolResponse> {
  return { UserPool: userPoolType(getPool(ctx, request.UserPoolId)) };
}
