import { describe, expect, it } from 'vitest';
import { MINUTE, SYNC_MESSAGES, cognitoSync } from '../../../src/engine';
import { expectAwsError, newCloud, START_SECONDS } from '../../support/cloud';
import { put, syncIdentity } from './setup';

describe('UpdateRecords', () => {
  it('creates the dataset, gives each patched record the dataset’s new SyncCount, and keeps a removed key without a value', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    const first = await put(cloud, ids, 'settings', [
      { Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 },
      { Op: 'replace', Key: 'lang', Value: 'fr', SyncCount: 0 },
    ]);
    expect(first.Records).toEqual([
      { Key: 'theme', Value: 'dark', SyncCount: 1, LastModifiedDate: START_SECONDS, LastModifiedBy: cloud.accountId },
      { Key: 'lang', Value: 'fr', SyncCount: 1, LastModifiedDate: START_SECONDS, LastModifiedBy: cloud.accountId },
    ]);
    cloud.clock.advance(MINUTE);
    const second = await put(cloud, ids, 'settings', [{ Op: 'remove', Key: 'lang', SyncCount: 1 }]);
    expect(second.Records).toEqual([{ Key: 'lang', SyncCount: 2, LastModifiedDate: START_SECONDS + 60, LastModifiedBy: cloud.accountId }]);
    const listed = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings' });
    expect(listed).toMatchObject({ DatasetSyncCount: 2, DatasetExists: true, Count: 2 });
    expect(listed.Records.map((r) => [r.Key, r.Value, r.SyncCount])).toEqual([
      ['theme', 'dark', 1],
      ['lang', undefined, 2],
    ]);
    const { Dataset } = await cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'settings' });
    expect(Dataset).toMatchObject({ NumRecords: 1, DataStorage: 'theme'.length + 'dark'.length });
  });

  it('refuses a stale SyncCount with ResourceConflictException (409) in AWS’s words, and applies none of the patches', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(cloud, ids, 'game', [{ Op: 'replace', Key: 'highScore', Value: '5', SyncCount: 0 }]);
    await put(cloud, ids, 'game', [{ Op: 'replace', Key: 'highScore', Value: '6', SyncCount: 1 }]);
    await expectAwsError(
      put(cloud, ids, 'game', [
        { Op: 'replace', Key: 'level', Value: '3', SyncCount: 0 },
        { Op: 'replace', Key: 'highScore', Value: '4', SyncCount: 1 },
      ]),
      'ResourceConflictException',
      'Current SyncCount for: highScore is: 2 not: 1',
    );
    const response = cloud.log.entries.at(-1)!;
    expect(response.status).toBe(409);
    const listed = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'game' });
    expect(listed.Records.map((r) => [r.Key, r.Value])).toEqual([['highScore', '6']]);
    expect(listed.DatasetSyncCount).toBe(2);
    // A new key must be sent with SyncCount 0.
    await expectAwsError(
      put(cloud, ids, 'game', [{ Op: 'replace', Key: 'fresh', Value: 'x', SyncCount: 3 }]),
      'ResourceConflictException',
      SYNC_MESSAGES.conflict('fresh', 0, 3),
    );
  });

  it('needs a SyncSessionToken this cloud issued for this dataset, within 15 minutes', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    const patch = [{ Op: 'replace' as const, Key: 'k', Value: 'v', SyncCount: 0 }];
    const update = (DatasetName: string, SyncSessionToken: string) =>
      cloud.cognitoSync.updateRecords({ ...ids, DatasetName, SyncSessionToken, RecordPatches: patch });
    await expectAwsError(update('a', 'made-up'), 'InvalidParameterException', 'SyncSessionToken not valid for these inputs');
    const { SyncSessionToken } = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'a' });
    expect(SyncSessionToken).toMatch(/^[A-Za-z0-9_-]{96}$/);
    await expectAwsError(update('b', SyncSessionToken), 'InvalidParameterException', 'SyncSessionToken not valid for these inputs');
    const other = await syncIdentity(cloud);
    await expectAwsError(
      cloud.cognitoSync.updateRecords({ ...other, DatasetName: 'a', SyncSessionToken, RecordPatches: patch }),
      'InvalidParameterException',
      'SyncSessionToken not valid for these inputs',
    );
    cloud.clock.advance(15 * MINUTE - 1);
    expect((await update('a', SyncSessionToken)).Records[0]!.SyncCount).toBe(1);
    cloud.clock.advance(1);
    await expectAwsError(update('a', SyncSessionToken), 'InvalidParameterException', 'SyncSessionToken not valid for these inputs');
    // Expired tokens are forgotten when the next one is issued.
    await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'a' });
    expect(Object.keys(cloud.records(cognitoSync).sessions)).toHaveLength(1);
  });

  it('gives the same tokens for the same seed and steps', async () => {
    const tokens = async () => {
      const cloud = await newCloud({ seed: 'same' });
      const ids = await syncIdentity(cloud);
      return (await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'a' })).SyncSessionToken;
    };
    expect(await tokens()).toBe(await tokens());
  });

  it('answers ResourceNotFoundException for an identity pool or identity that does not exist', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    const other = await syncIdentity(cloud);
    const missingPool = 'us-east-1:00000000-0000-4000-8000-000000000000';
    await expectAwsError(
      cloud.cognitoSync.listRecords({ IdentityPoolId: missingPool, IdentityId: ids.IdentityId, DatasetName: 'a' }),
      'ResourceNotFoundException',
      `IdentityPool '${missingPool}' not found.`,
    );
    // An identity of another pool is not one of this pool's.
    await expectAwsError(
      cloud.cognitoSync.listRecords({ IdentityPoolId: ids.IdentityPoolId, IdentityId: other.IdentityId, DatasetName: 'a' }),
      'ResourceNotFoundException',
      `Identity '${other.IdentityId}' not found.`,
    );
    expect(cloud.log.entries.at(-1)!.status).toBe(404);
  });

  it('checks names and sizes against the model: dataset names [a-zA-Z0-9_.:-]+ up to 128, keys up to 1024', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await expectAwsError(
      cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'my settings' }),
      'InvalidParameterException',
      "1 validation error detected: Value 'my settings' at 'datasetName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.:-]+",
    );
    await expectAwsError(
      cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'd'.repeat(129) }),
      'InvalidParameterException',
      /at 'datasetName' failed to satisfy constraint: Member must have length less than or equal to 128$/,
    );
    await expectAwsError(
      put(cloud, ids, 'a', [{ Op: 'replace', Key: 'k'.repeat(1025), Value: 'v', SyncCount: 0 }]),
      'InvalidParameterException',
      /at 'recordPatches\.1\.member\.key' failed to satisfy constraint: Member must have length less than or equal to 1024$/,
    );
  });
});
