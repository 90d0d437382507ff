/** IAM's simulated actions, by AWS action name: its code chunk, loaded the first time IAM is asked anything. */
import type { ServiceCode } from '../services';
import type { IamState } from './model';
import { createRole } from './actions/createRole';
import { getRole } from './actions/getRole';
import { deleteRole } from './actions/deleteRole';
import { listRoles } from './actions/listRoles';
import { updateAssumeRolePolicy } from './actions/updateAssumeRolePolicy';
import { putRolePolicy } from './actions/putRolePolicy';
import { getRolePolicy } from './actions/getRolePolicy';
import { listRolePolicies } from './actions/listRolePolicies';
import { deleteRolePolicy } from './actions/deleteRolePolicy';

const iamActions = {
  CreateRole: createRole,
  GetRole: getRole,
  DeleteRole: deleteRole,
  ListRoles: listRoles,
  UpdateAssumeRolePolicy: updateAssumeRolePolicy,
  PutRolePolicy: putRolePolicy,
  GetRolePolicy: getRolePolicy,
  ListRolePolicies: listRolePolicies,
  DeleteRolePolicy: deleteRolePolicy,
};

export type IamActions = typeof iamActions;

export const iamCode: ServiceCode<IamState, IamActions> = { actions: iamActions };
