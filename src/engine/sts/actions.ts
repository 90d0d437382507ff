/** STS's simulated actions, by AWS action name: its code chunk, loaded the first time STS is asked anything. */
import type { ServiceCode } from '../services';
import type { StsState } from './service';
import { assumeRoleWithSAML } from './actions/assumeRoleWithSAML';
import { assumeRoleWithWebIdentity } from './actions/assumeRoleWithWebIdentity';
import { getCallerIdentity } from './actions/getCallerIdentity';

const stsActions = { AssumeRoleWithSAML: assumeRoleWithSAML, AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity, GetCallerIdentity: getCallerIdentity };

export type StsActions = typeof stsActions;

export const stsCode: ServiceCode<StsState, StsActions> = { actions: stsActions };
