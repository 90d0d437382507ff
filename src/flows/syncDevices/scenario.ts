/**
 * The sync-devices scenario: the article's user pool and user (signInReady) as the provider of an identity pool, whose
 * authenticated role may use Cognito Sync on the identity's own datasets only (the Developer Guide's least-privilege
 * policy, with the `aud` and `sub` policy variables).
 */
import { cognitoTrustPolicy, perIdentitySyncPolicy, userPoolIssuer, type Cloud } from '../../engine';
import type { ScenarioSetup } from '../types';

export const SYNC_ROLE_NAME = 'SyncDevices_Auth_Role';
export const SYNC_DATASET = 'settings';
/** The keys the lessons edit. */
export const SYNC_KEYS = { theme: 'theme', font: 'font' } as const;

export interface SyncDevicesSetup extends ScenarioSetup {
  userPoolId: string;
  clientId: string;
  username: string;
  password: string;
  identityPoolId: string;
  providerName: string;
  region: string;
  dataset: string;
  authRoleArn: string;
}

export async function syncDevicesScenario(cloud: Cloud, user: ScenarioSetup): Promise<SyncDevicesSetup> {
  const providerName = userPoolIssuer(user.userPoolId!).replace(/^https:\/\//, '');
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'sync_devices',
    AllowUnauthenticatedIdentities: false,
    CognitoIdentityProviders: [{ ProviderName: providerName, ClientId: user.clientId! }],
  });
  const { Role } = await cloud.iam.createRole({
    RoleName: SYNC_ROLE_NAME,
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'authenticated')),
  });
  await cloud.iam.putRolePolicy({
    RoleName: SYNC_ROLE_NAME,
    PolicyName: 'own-datasets',
    PolicyDocument: JSON.stringify(perIdentitySyncPolicy(cloud.region, cloud.accountId)),
  });
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { authenticated: Role.Arn } });
  return {
    ...user,
    userPoolId: user.userPoolId!,
    clientId: user.clientId!,
    username: user.username!,
    password: user.password!,
    identityPoolId: IdentityPoolId,
    providerName,
    region: cloud.region,
    dataset: SYNC_DATASET,
    authRoleArn: Role.Arn,
  };
}
