import type { ActionContext } from './context';
import { describeUserPool as userPoolType, type UserPoolType } from './describe';
import { getPool } from './pools';

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
