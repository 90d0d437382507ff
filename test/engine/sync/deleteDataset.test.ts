import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../support/cloud';
import { put, syncIdentity } from './setup';

describe('DeleteDataset', () => {
  it('deletes a dataset for good: it answers what was deleted, then ResourceNotFoundException, and tells devices that had synced it', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(cloud, ids, 'settings', [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }]);
    await put(cloud, ids, 'settings', [{ Op: 'replace', Key: 'theme', Value: 'light', SyncCount: 1 }]);
    const { Dataset } = await cloud.cognitoSync.deleteDataset({ ...ids, DatasetName: 'settings' });
    expect(Dataset).toMatchObject({ DatasetName: 'settings', NumRecords: 1, DataStorage: 'themelight'.length });
    await expectAwsError(cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'settings' }), 'ResourceNotFoundException', "Dataset 'settings' not found.");
    await expectAwsError(cloud.cognitoSync.deleteDataset({ ...ids, DatasetName: 'settings' }), 'ResourceNotFoundException', "Dataset 'settings' not found.");
    expect((await cloud.cognitoSync.listDatasets(ids)).Datasets).toEqual([]);
    // A device that had synced up to 1 must drop its copy; one that never synced has nothing to drop.
    const synced = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings', LastSyncCount: 1 });
    expect(synced).toMatchObject({ DatasetExists: false, DatasetDeletedAfterRequestedSyncCount: true, Records: [], DatasetSyncCount: 0 });
    const fresh = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings' });
    expect(fresh).toMatchObject({ DatasetExists: false, DatasetDeletedAfterRequestedSyncCount: false });
    // Written again, it counts on from where it was, empty of the old records.
    const again = await cloud.cognitoSync.updateRecords({
      ...ids,
      DatasetName: 'settings',
      SyncSessionToken: fresh.SyncSessionToken,
      RecordPatches: [{ Op: 'replace', Key: 'lang', Value: 'fr', SyncCount: 0 }],
    });
    expect(again.Records[0]!.SyncCount).toBe(3);
    const listed = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings' });
    expect(listed.Records.map((r) => r.Key)).toEqual(['lang']);
    expect(listed.DatasetExists).toBe(true);
  });
});
