import {
  CognitoSyncClient,
  DeleteDatasetCommand,
  DescribeDatasetCommand,
  ListDatasetsCommand,
  ListRecordsCommand,
  ResourceConflictException,
  UpdateRecordsCommand,
} from '@aws-sdk/client-cognito-sync';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../src/engine';
import { newCloud } from '../support/cloud';
import { cloudClientConfig, type ClientCredentials } from '../support/sdkHandler';
import { ADMIN } from '../support/sign';

/** The real Cognito Sync client against the simulated cloud, signing as the administrator at the cloud's time. */
const syncClient = (cloud: Cloud, credentials?: ClientCredentials) => new CognitoSyncClient(cloudClientConfig(cloud, credentials));

async function identity(cloud: Cloud) {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'sync_pool', AllowUnauthenticatedIdentities: true });
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
  return { IdentityPoolId, IdentityId };
}

describe('the real @aws-sdk/client-cognito-sync', () => {
  it('lists, updates (with its DeviceLastModifiedDate), lists again and describes a dataset', async () => {
    const cloud = await newCloud({ region: 'eu-central-1' });
    const ids = await identity(cloud);
    const client = syncClient(cloud);
    const empty = await client.send(new ListRecordsCommand({ ...ids, DatasetName: 'settings' }));
    expect(empty).toMatchObject({ Records: [], Count: 0, DatasetSyncCount: 0, DatasetExists: false, DatasetDeletedAfterRequestedSyncCount: false });
    const device = new Date(cloud.clock.now() - 5000);
    const updated = await client.send(
      new UpdateRecordsCommand({
        ...ids,
        DatasetName: 'settings',
        SyncSessionToken: empty.SyncSessionToken!,
        DeviceId: 'device-1',
        ClientContext: Buffer.from('{"client":{}}').toString('base64'),
        RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0, DeviceLastModifiedDate: device }],
      }),
    );
    expect(updated.Records).toEqual([
      {
        Key: 'theme',
        Value: 'dark',
        SyncCount: 1,
        LastModifiedDate: new Date(cloud.clock.now()),
        LastModifiedBy: cloud.accountId,
        DeviceLastModifiedDate: device,
      },
    ]);
    const listed = await client.send(new ListRecordsCommand({ ...ids, DatasetName: 'settings', LastSyncCount: 0, MaxResults: 10 }));
    expect(listed).toMatchObject({ Count: 1, DatasetSyncCount: 1, DatasetExists: true, MergedDatasetNames: [] });
    const { Datasets } = await client.send(new ListDatasetsCommand(ids));
    expect(Datasets?.map((d) => d.DatasetName)).toEqual(['settings']);
    const { Dataset } = await client.send(new DescribeDatasetCommand({ ...ids, DatasetName: 'settings' }));
    expect(Dataset).toMatchObject({ DatasetName: 'settings', NumRecords: 1, CreationDate: new Date(cloud.clock.now()) });
  });

  it('surfaces a stale SyncCount as ResourceConflictException (409) and a missing dataset as ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const ids = await identity(cloud);
    const client = syncClient(cloud);
    const update = async (SyncCount: number, Value: string) => {
      const { SyncSessionToken } = await client.send(new ListRecordsCommand({ ...ids, DatasetName: 'game' }));
      return client.send(
        new UpdateRecordsCommand({ ...ids, DatasetName: 'game', SyncSessionToken, RecordPatches: [{ Op: 'replace', Key: 'highScore', Value, SyncCount }] }),
      );
    };
    await update(0, '5');
    const conflict = await update(0, '4').catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ResourceConflictException);
    expect(conflict).toMatchObject({
      name: 'ResourceConflictException',
      message: 'Current SyncCount for: highScore is: 1 not: 0',
      $metadata: { httpStatusCode: 409 },
    });
    await client.send(new DeleteDatasetCommand({ ...ids, DatasetName: 'game' }));
    const missing = await client.send(new DescribeDatasetCommand({ ...ids, DatasetName: 'game' })).catch((error: unknown) => error);
    expect(missing).toMatchObject({ name: 'ResourceNotFoundException', message: "Dataset 'game' not found.", $metadata: { httpStatusCode: 404 } });
  });

  it('refuses an unsigned or wrongly signed call', async () => {
    const cloud = await newCloud();
    const ids = await identity(cloud);
    const wrong = syncClient(cloud, { accessKeyId: ADMIN.accessKeyId, secretAccessKey: 'not-the-secret' });
    const failure = await wrong.send(new ListDatasetsCommand(ids)).catch((error: unknown) => error);
    expect(failure).toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(/^The request signature we calculated does not match the signature you provided\./),
    });
    const unsigned = await cloud.fetch(
      `https://cognito-sync.us-east-1.amazonaws.com/identitypools/${encodeURIComponent(ids.IdentityPoolId)}/identities/${encodeURIComponent(ids.IdentityId)}/datasets`,
    );
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationToken');
    expect(await unsigned.json()).toEqual({ message: 'Request is missing Authentication Token' });
  });
});
