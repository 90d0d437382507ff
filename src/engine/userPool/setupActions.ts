import { createGroup } from './createGroup';
import { createUserPool } from './createUserPool';
import { createUserPoolClient } from './createUserPoolClient';
import { deleteUserPool } from './deleteUserPool';
import { deleteUserPoolClient } from './deleteUserPoolClient';
import { describeUserPool } from './describeUserPool';
import { describeUserPoolClient } from './describeUserPoolClient';
import { getGroup } from './getGroup';
import { listGroups } from './listGroups';
import { listUserPoolClients } from './listUserPoolClients';
import { listUserPools } from './listUserPools';
import { updateUserPool } from './updateUserPool';
import { updateUserPoolClient } from './updateUserPoolClient';

/** Pool, client and group setup actions. */
export const setupActions = {
  CreateUserPool: createUserPool,
  DescribeUserPool: describeUserPool,
  ListUserPools: listUserPools,
  UpdateUserPool: updateUserPool,
  DeleteUserPool: deleteUserPool,
  CreateUserPoolClient: createUserPoolClient,
  DescribeUserPoolClient: describeUserPoolClient,
  UpdateUserPoolClient: updateUserPoolClient,
  ListUserPoolClients: listUserPoolClients,
  DeleteUserPoolClient: deleteUserPoolClient,
  CreateGroup: createGroup,
  GetGroup: getGroup,
  ListGroups: listGroups,
};
