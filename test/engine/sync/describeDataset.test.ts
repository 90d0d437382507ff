import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../src/engine';
import { expectAwsError, newCloud, START_SECONDS } from '../../support/cloud';
import { put, syncIdentity } from './setup';

describe('DescribeDataset', () => {
  it('describes a dataset: its dates, who changed it last, its bytes and records', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(cloud, ids, 'settings', [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }]);
    cloud.clock.advance(HOUR);
    await put(cloud, ids, 'settings', [{ Op: 'replace', Key: 'lang', Value: 'fr', SyncCount: 0 }]);
    expect((await cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'settings' })).Dataset).toEqual({
      IdentityId: ids.IdentityId,
      DatasetName: 'settings',
      CreationDate: START_SECONDS,
      LastModifiedDate: START_SECONDS + 3600,
      LastModifiedBy: cloud.accountId,
      DataStorage: 'themedarklangfr'.length,
      NumRecords: 2,
    });
    await expectAwsError(cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'other' }), 'ResourceNotFoundException', "Dataset 'other' not found.");
    expect(cloud.log.entries.at(-1)!.status).toBe(404);
  });
});
