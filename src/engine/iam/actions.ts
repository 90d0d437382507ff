/** IAM's simulated actions, by AWS action name: its code chunk, loaded the first time IAM is asked anything. */
import type { ServiceCode } from '../services';
import type { IamState } from './model';
import { createRole } from './actions/createRole';
import { getRole } from './actions/getRole';
import { putRolePolicy } from './actions/putRolePolicy';

const iamActions = {
  CreateRole: createRole,
  GetRole: getRole,
  PutRolePolicy: putRolePolicy,
};

export type IamActions = typeof iamActions;

export const iamCode: ServiceCode<IamState, IamActions> = { actions: iamActions };
