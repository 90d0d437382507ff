import { createUserPool } from './createUserPool';
import { createUserPoolClient } from './createUserPoolClient';

/** Pool, client and group setup actions. */
export const setupActions = {
  CreateUserPool: createUserPool,
  CreateUserPoolClient: createUserPoolClient,
};
