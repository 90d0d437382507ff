import { describe, expect, it } from 'vitest';
import { cognitoSync, mergeIdentityDatasets, type SyncState } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { put, syncIdentity } from './setup';

const POOL = 'us-east-1:4c8a2b6e-0000-4000-8000-000000000001';
const SURVIVOR = 'us-east-1:9d1e7f3a-0000-4000-8000-000000000002';
const DISABLED = 'us-east-1:9d1e7f3a-0000-4000-8000-000000000003';

const dataset = (IdentityId: string, DatasetName: string, deleted = false) => ({
  IdentityPoolId: POOL,
  IdentityId,
  DatasetName,
  created: 1,
  modified: 1,
  LastModifiedBy: '123456789012',
  SyncCount: 4,
  records: { k: { Key: 'k', Value: 'v', SyncCount: 4, modified: 1, LastModifiedBy: '123456789012' } },
  deleted,
});

describe('mergeIdentityDatasets', () => {
  it('moves the disabled identity’s live datasets to the survivor as <name>.<disabledIdentityId>, records and SyncCount kept', () => {
    const state: SyncState = {
      datasets: {
        [`${POOL} ${DISABLED} settings`]: dataset(DISABLED, 'settings'),
        [`${POOL} ${DISABLED} gone`]: dataset(DISABLED, 'gone', true),
        [`${POOL} ${SURVIVOR} settings`]: dataset(SURVIVOR, 'settings'),
      },
      sessions: {},
      merged: {},
    };
    const names = mergeIdentityDatasets(state, { IdentityPoolId: POOL, survivor: SURVIVOR, disabled: DISABLED, now: 5000 });
    expect(names).toEqual([`settings.${DISABLED}`]);
    expect(state.datasets[`${POOL} ${SURVIVOR} settings.${DISABLED}`]).toEqual({
      ...dataset(SURVIVOR, `settings.${DISABLED}`),
      modified: 5000,
      mergedFrom: { DatasetName: 'settings', IdentityId: DISABLED },
    });
    expect(state.datasets[`${POOL} ${DISABLED} settings`]).toBeUndefined();
    // The survivor's own dataset is untouched; a deleted dataset is not merged.
    expect(state.datasets[`${POOL} ${SURVIVOR} settings`]).toEqual(dataset(SURVIVOR, 'settings'));
    expect(Object.keys(state.datasets).sort()).toEqual(
      [`${POOL} ${DISABLED} gone`, `${POOL} ${SURVIVOR} settings`, `${POOL} ${SURVIVOR} settings.${DISABLED}`].sort(),
    );
  });

  it('makes the survivor’s ListRecords report the merge until the copy is deleted, and counts the copies toward its 20 datasets', async () => {
    const cloud = await newCloud();
    const survivor = await syncIdentity(cloud);
    const { IdentityId: disabled } = await cloud.cognitoIdentity.getId({ IdentityPoolId: survivor.IdentityPoolId });
    const other = { IdentityPoolId: survivor.IdentityPoolId, IdentityId: disabled };
    await put(cloud, survivor, 'settings', [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }]);
    await put(cloud, other, 'settings', [{ Op: 'replace', Key: 'theme', Value: 'light', SyncCount: 0 }]);
    for (let i = 1; i <= 18; i++) await put(cloud, survivor, `d${i}`, [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }]);
    mergeIdentityDatasets(cloud.records(cognitoSync), {
      IdentityPoolId: survivor.IdentityPoolId,
      survivor: survivor.IdentityId,
      disabled,
      now: cloud.clock.now(),
    });
    const merged = `settings.${disabled}`;
    const listed = await cloud.cognitoSync.listRecords({ ...survivor, DatasetName: 'settings' });
    expect(listed.MergedDatasetNames).toEqual([merged]);
    expect(listed.Records.map((r) => r.Value)).toEqual(['dark']);
    const copy = await cloud.cognitoSync.listRecords({ ...survivor, DatasetName: merged });
    expect(copy.Records.map((r) => r.Value)).toEqual(['light']);
    expect(copy.MergedDatasetNames).toEqual([]);
    // 19 of its own and the copy: the 21st is refused.
    expect((await cloud.cognitoSync.describeIdentityUsage(survivor)).IdentityUsage.DatasetCount).toBe(20);
    await expectAwsError(
      put(cloud, survivor, 'one-more', [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }]),
      'LimitExceededException',
      'The identity has reached the limit of 20 datasets.',
    );
    // The disabled identity has nothing left.
    expect((await cloud.cognitoSync.listDatasets(other)).Datasets).toEqual([]);
    await cloud.cognitoSync.deleteDataset({ ...survivor, DatasetName: merged });
    expect((await cloud.cognitoSync.listRecords({ ...survivor, DatasetName: 'settings' })).MergedDatasetNames).toEqual([]);
  });
});
