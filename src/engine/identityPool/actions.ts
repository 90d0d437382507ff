/** Cognito identity pools' simulated actions, by AWS action name: the service's code chunk, loaded on its first request. */
import type { ServiceCode } from '../services';
import type { IdentityPoolsState } from './model';
import { createIdentityPool } from './actions/createIdentityPool';
import { deleteIdentityPool } from './actions/deleteIdentityPool';
import { describeIdentity } from './actions/describeIdentity';
import { describeIdentityPool } from './actions/describeIdentityPool';
import { deleteIdentities } from './actions/deleteIdentities';
import { getCredentialsForIdentity } from './actions/getCredentialsForIdentity';
import { getId } from './actions/getId';
import { getIdentityPoolRoles } from './actions/getIdentityPoolRoles';
import { getPrincipalTagAttributeMap, setPrincipalTagAttributeMap } from './actions/principalTags';
import { setIdentityPoolRoles } from './actions/setIdentityPoolRoles';
import { unlinkIdentity } from './actions/unlinkIdentity';
import { getOpenIdToken } from './actions/getOpenIdToken';
import { openIdConfiguration, openIdKeys } from './lib/openIdToken';
import { listIdentities } from './actions/listIdentities';
import { listIdentityPools } from './actions/listIdentityPools';
import { updateIdentityPool } from './actions/updateIdentityPool';

const identityPoolActions = {
  CreateIdentityPool: createIdentityPool,
  DescribeIdentityPool: describeIdentityPool,
  UpdateIdentityPool: updateIdentityPool,
  ListIdentityPools: listIdentityPools,
  DeleteIdentityPool: deleteIdentityPool,
  SetIdentityPoolRoles: setIdentityPoolRoles,
  GetIdentityPoolRoles: getIdentityPoolRoles,
  GetId: getId,
  GetCredentialsForIdentity: getCredentialsForIdentity,
  GetOpenIdToken: getOpenIdToken,
  DescribeIdentity: describeIdentity,
  ListIdentities: listIdentities,
  UnlinkIdentity: unlinkIdentity,
  DeleteIdentities: deleteIdentities,
  SetPrincipalTagAttributeMap: setPrincipalTagAttributeMap,
  GetPrincipalTagAttributeMap: getPrincipalTagAttributeMap,
};

export type IdentityPoolActions = typeof identityPoolActions;

export const identityPoolCode: ServiceCode<IdentityPoolsState, IdentityPoolActions> = {
  actions: identityPoolActions,
  routes: { GetOpenIdConfiguration: openIdConfiguration, GetJwks: openIdKeys },
};
