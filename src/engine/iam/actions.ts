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
import { createPolicy } from './actions/createPolicy';
import { getPolicy } from './actions/getPolicy';
import { listPolicies } from './actions/listPolicies';
import { deletePolicy } from './actions/deletePolicy';
import { createPolicyVersion } from './actions/createPolicyVersion';
import { getPolicyVersion } from './actions/getPolicyVersion';
import { deletePolicyVersion } from './actions/deletePolicyVersion';
import { listPolicyVersions } from './actions/listPolicyVersions';
import { setDefaultPolicyVersion } from './actions/setDefaultPolicyVersion';
import { attachRolePolicy } from './actions/attachRolePolicy';
import { detachRolePolicy } from './actions/detachRolePolicy';
import { listAttachedRolePolicies } from './actions/listAttachedRolePolicies';
import { simulateCustomPolicy } from './actions/simulateCustomPolicy';
import { simulatePrincipalPolicy } from './actions/simulatePrincipalPolicy';
import { createOpenIDConnectProvider } from './actions/createOpenIDConnectProvider';
import { getOpenIDConnectProvider } from './actions/getOpenIDConnectProvider';
import { listOpenIDConnectProviders } from './actions/listOpenIDConnectProviders';
import { deleteOpenIDConnectProvider } from './actions/deleteOpenIDConnectProvider';
import { addClientIDToOpenIDConnectProvider } from './actions/addClientIDToOpenIDConnectProvider';
import { removeClientIDFromOpenIDConnectProvider } from './actions/removeClientIDFromOpenIDConnectProvider';
import { updateOpenIDConnectProviderThumbprint } from './actions/updateOpenIDConnectProviderThumbprint';
import { createSAMLProvider } from './actions/createSAMLProvider';
import { getSAMLProvider } from './actions/getSAMLProvider';
import { listSAMLProviders } from './actions/listSAMLProviders';
import { deleteSAMLProvider } from './actions/deleteSAMLProvider';
import { updateSAMLProvider } from './actions/updateSAMLProvider';
import {
  listOpenIDConnectProviderTags,
  listSAMLProviderTags,
  tagOpenIDConnectProvider,
  tagSAMLProvider,
  untagOpenIDConnectProvider,
  untagSAMLProvider,
} from './actions/providerTags';

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
  CreatePolicy: createPolicy,
  GetPolicy: getPolicy,
  ListPolicies: listPolicies,
  DeletePolicy: deletePolicy,
  CreatePolicyVersion: createPolicyVersion,
  GetPolicyVersion: getPolicyVersion,
  DeletePolicyVersion: deletePolicyVersion,
  ListPolicyVersions: listPolicyVersions,
  SetDefaultPolicyVersion: setDefaultPolicyVersion,
  AttachRolePolicy: attachRolePolicy,
  DetachRolePolicy: detachRolePolicy,
  ListAttachedRolePolicies: listAttachedRolePolicies,
  SimulatePrincipalPolicy: simulatePrincipalPolicy,
  SimulateCustomPolicy: simulateCustomPolicy,
  CreateOpenIDConnectProvider: createOpenIDConnectProvider,
  GetOpenIDConnectProvider: getOpenIDConnectProvider,
  ListOpenIDConnectProviders: listOpenIDConnectProviders,
  DeleteOpenIDConnectProvider: deleteOpenIDConnectProvider,
  AddClientIDToOpenIDConnectProvider: addClientIDToOpenIDConnectProvider,
  RemoveClientIDFromOpenIDConnectProvider: removeClientIDFromOpenIDConnectProvider,
  UpdateOpenIDConnectProviderThumbprint: updateOpenIDConnectProviderThumbprint,
  CreateSAMLProvider: createSAMLProvider,
  GetSAMLProvider: getSAMLProvider,
  ListSAMLProviders: listSAMLProviders,
  DeleteSAMLProvider: deleteSAMLProvider,
  UpdateSAMLProvider: updateSAMLProvider,
  TagOpenIDConnectProvider: tagOpenIDConnectProvider,
  UntagOpenIDConnectProvider: untagOpenIDConnectProvider,
  ListOpenIDConnectProviderTags: listOpenIDConnectProviderTags,
  TagSAMLProvider: tagSAMLProvider,
  UntagSAMLProvider: untagSAMLProvider,
  ListSAMLProviderTags: listSAMLProviderTags,
};

export type IamActions = typeof iamActions;

export const iamCode: ServiceCode<IamState, IamActions> = { actions: iamActions };
