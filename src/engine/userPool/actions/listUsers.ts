import type { ActionContext } from '../lib/context';
import { usersInOrder, userType, type UserType } from '../lib/adminTarget';
import { paginate, userKey } from '../lib/pagination';
import { getPool } from '../lib/pools';
import { parseUserFilter } from '../lib/userFilter';

export interface ListUsersRequest {
  UserPoolId: string;
  AttributesToGet?: string[];
  Limit?: number;
  PaginationToken?: string;
  Filter?: string;
}

export interface ListUsersResponse {
  Users: UserType[];
  PaginationToken?: string;
}

/**
 * ListUsers: the pool's users as UserType, at most `Limit` (≤ 60) per page with a PaginationToken for the rest.
 * `Filter` searches one standard attribute, `email = "a@example.com"` or `email ^= "a"`; `AttributesToGet` trims
 * each user's Attributes to the names listed. Disabled users are listed too.
 * SIMPLIFIED: admin calls are not yet authorized by IAM.
 */
export async function listUsers(ctx: ActionContext, request: ListUsersRequest): Promise<ListUsersResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const matches = parseUserFilter(pool, request.Filter);
  const users = usersInOrder(Object.values(pool.users).filter(matches));
  const { page, next } = paginate(users, userKey, request.Limit, request.PaginationToken);
  return { Users: page.map((u) => userType(u, request.AttributesToGet)), ...(next ? { PaginationToken: next } : {}) };
}
