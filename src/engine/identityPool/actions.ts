/** Cognito identity pools' simulated actions, by AWS action name: the service's code chunk, loaded on its first request. */
import type { ServiceCode } from '../services';
import type { IdentityPoolsState } from './model';
import { createIdentityPool } from './actions/createIdentityPool';
import { deleteIdentityPool } from './actions/deleteIdentityPool';
import { describeIdentity } from './actions/describeIdentity';
import { describeIdentityPool } from './actions/describeIdentityPool';
import { getId } from './actions/getId';
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
  GetId: getId,
  GetOpenIdToken: getOpenIdToken,
  DescribeIdentity: describeIdentity,
  ListIdentities: listIdentities,
};

export type IdentityPoolActions = typeof identityPoolActions;

export const identityPoolCode: ServiceCode<IdentityPoolsState, IdentityPoolActions> = {
  actions: identityPoolActions,
  routes: { GetOpenIdConfiguration: openIdConfiguration, GetJwks: openIdKeys },
};
