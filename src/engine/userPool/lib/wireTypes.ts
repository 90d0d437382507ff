import { toEpochSeconds } from '../../kernel/clock';
import type { UserPoolClientRecord, UserPoolRecord } from '../model';

/** A pool as DescribeUserPool returns it (`UserPoolType`), timestamps in epoch seconds. */
export function userPoolType(pool: UserPoolRecord) {
  return {
    Id: pool.Id,
    Name: pool.Name,
    Arn: pool.Arn,
    ...pool.settings,
    ...(pool.Domain ? { Domain: pool.Domain } : {}),
    LastModifiedDate: toEpochSeconds(pool.LastModifiedDate),
    CreationDate: toEpochSeconds(pool.CreationDate),
    EstimatedNumberOfUsers: Object.keys(pool.users).length,
  };
}

/** A client as DescribeUserPoolClient returns it (`UserPoolClientType`). */
export function userPoolClientType(client: UserPoolClientRecord) {
  return {
    ...client,
    CreationDate: toEpochSeconds(client.CreationDate),
    LastModifiedDate: toEpochSeconds(client.LastModifiedDate),
  };
}

export type UserPoolType = ReturnType<typeof userPoolType>;
export type UserPoolClientType = ReturnType<typeof userPoolClientType>;
