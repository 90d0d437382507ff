import { CognitoSyncClient, ListDatasetsCommand, ListRecordsCommand, UpdateRecordsCommand } from '@aws-sdk/client-cognito-sync';
import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy, type Cloud } from '../../src/engine';
import { newCloud } from '../support/cloud';
import { cloudClientConfig, type ClientCredentials } from '../support/sdkHandler';

/** The real Cognito Sync client signing with an identity's own credentials, at the cloud's time. */
const syncClient = (cloud: Cloud, credentials: ClientCredentials) => new CognitoSyncClient(cloudClientConfig(cloud, credentials));

/** A guest pool whose guest role allows each identity its own datasets only (the Developer Guide's least Sync policy). */
async function guestPool(cloud: Cloud) {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'sync_guests', AllowUnauthenticatedIdentities: true });
  const { Role } = await cloud.iam.createRole({
    RoleName: 'Cognito_SyncGuests_Unauth_Role',
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'unauthenticated')),
  });
  const own = `arn:aws:cognito-sync:${cloud.region}:${cloud.accountId}:identitypool/\${cognito-identity.amazonaws.com:aud}/identity/\${cognito-identity.amazonaws.com:sub}/*`;
  await cloud.iam.putRolePolicy({
    RoleName: Role.RoleName,
    PolicyName: 'own-datasets',
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'cognito-sync:*', Resource: own }] }),
  });
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { unauthenticated: Role.Arn } });
  return IdentityPoolId;
}

describe('the real @aws-sdk/client-cognito-sync with an identity’s enhanced-flow credentials', () => {
  it('syncs the identity’s own dataset and is denied another identity’s with AccessDeniedException (403)', async () => {
    const cloud = await newCloud();
    const IdentityPoolId = await guestPool(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
    const { Credentials } = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId });
    const client = syncClient(cloud, { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretKey, sessionToken: Credentials.SessionToken });
    const own = { IdentityPoolId, IdentityId };
    const { SyncSessionToken } = await client.send(new ListRecordsCommand({ ...own, DatasetName: 'settings' }));
    const updated = await client.send(
      new UpdateRecordsCommand({
        ...own,
        DatasetName: 'settings',
        SyncSessionToken,
        RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }],
      }),
    );
    expect(updated.Records?.map((r) => [r.Key, r.Value, r.SyncCount])).toEqual([['theme', 'dark', 1]]);
    expect((await client.send(new ListDatasetsCommand(own))).Datasets?.map((d) => d.DatasetName)).toEqual(['settings']);

    const other = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId })).IdentityId };
    const denied = await client.send(new ListRecordsCommand({ ...other, DatasetName: 'settings' })).catch((error: unknown) => error);
    const session = `arn:aws:sts::${cloud.accountId}:assumed-role/Cognito_SyncGuests_Unauth_Role/CognitoIdentityCredentials`;
    const resource = `arn:aws:cognito-sync:${cloud.region}:${cloud.accountId}:identitypool/${IdentityPoolId}/identity/${other.IdentityId}/dataset/settings`;
    expect(denied).toMatchObject({
      name: 'AccessDeniedException',
      message: `User: ${session} is not authorized to perform: cognito-sync:ListRecords on resource: ${resource} because no identity-based policy allows the cognito-sync:ListRecords action`,
      $metadata: { httpStatusCode: 403 },
    });
  });
});
