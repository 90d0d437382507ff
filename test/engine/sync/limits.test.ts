import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../support/cloud';
import { put, syncIdentity } from './setup';

describe('Cognito Sync limits', () => {
  it('refuses a 21st dataset per identity with LimitExceededException; a deleted one frees its place', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    for (let i = 1; i <= 20; i++) await put(cloud, ids, `d${i}`, [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }]);
    await expectAwsError(
      put(cloud, ids, 'd21', [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }]),
      'LimitExceededException',
      'The identity has reached the limit of 20 datasets.',
    );
    expect(cloud.log.entries.at(-1)!.status).toBe(400);
    // Writing to one of the 20 still works.
    await put(cloud, ids, 'd20', [{ Op: 'replace', Key: 'k', Value: 'w', SyncCount: 1 }]);
    await cloud.cognitoSync.deleteDataset({ ...ids, DatasetName: 'd1' });
    expect((await put(cloud, ids, 'd21', [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }])).Records).toHaveLength(1);
    // Another identity has its own 20.
    const other = await syncIdentity(cloud);
    await put(cloud, other, 'd1', [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }]);
  });

  it('holds at most 1,024 records in a dataset (removed keys do not count)', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    const patches = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ Op: 'replace' as const, Key: `k${from + i}`, Value: 'v', SyncCount: 0 }));
    await put(cloud, ids, 'big', patches(0, 1024));
    await expectAwsError(put(cloud, ids, 'big', patches(1024, 1)), 'LimitExceededException', 'The dataset has reached the limit of 1024 records.');
    await put(cloud, ids, 'big', [{ Op: 'remove', Key: 'k0', SyncCount: 1 }]);
    await put(cloud, ids, 'big', patches(1024, 1));
    const { Dataset } = await cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'big' });
    expect(Dataset.NumRecords).toBe(1024);
    // Too many for a new dataset at once: nothing is created.
    await expectAwsError(put(cloud, ids, 'huge', patches(0, 1025)), 'LimitExceededException', 'The dataset has reached the limit of 1024 records.');
    await expectAwsError(cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'huge' }), 'ResourceNotFoundException', "Dataset 'huge' not found.");
  });

  it('holds at most 1 MB of keys and values in a dataset', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    // Key 'a' and a value of 1 MB less one byte: exactly 1 MB.
    await put(cloud, ids, 'blob', [{ Op: 'replace', Key: 'a', Value: 'x'.repeat(1024 * 1024 - 1), SyncCount: 0 }]);
    expect((await cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'blob' })).Dataset.DataStorage).toBe(1024 * 1024);
    await expectAwsError(
      put(cloud, ids, 'blob', [{ Op: 'replace', Key: 'b', Value: '', SyncCount: 0 }]),
      'LimitExceededException',
      'The dataset has reached the limit of 1 MB.',
    );
    // Bytes, not characters: 'é' is two bytes in UTF-8.
    await put(cloud, ids, 'blob', [{ Op: 'replace', Key: 'a', Value: 'é'.repeat(512 * 1024 - 1), SyncCount: 1 }]);
    expect((await cloud.cognitoSync.describeDataset({ ...ids, DatasetName: 'blob' })).Dataset.DataStorage).toBe(1024 * 1024 - 1);
  });
});
