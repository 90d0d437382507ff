import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../src/engine';
import { expectAwsError, newCloud, START_SECONDS } from '../../support/cloud';
import { put, syncIdentity } from './setup';

describe('ListRecords', () => {
  it('answers a dataset that does not exist yet with no records, DatasetExists false and a session token', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    const listed = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings' });
    expect(listed).toEqual({
      Records: [],
      Count: 0,
      DatasetSyncCount: 0,
      MergedDatasetNames: [],
      DatasetExists: false,
      DatasetDeletedAfterRequestedSyncCount: false,
      SyncSessionToken: expect.stringMatching(/^[A-Za-z0-9_-]{96}$/),
    });
    // Listing does not create it.
    expect((await cloud.cognitoSync.listDatasets(ids)).Datasets).toEqual([]);
  });

  it('lists only the records changed after LastSyncCount, oldest change first, with the dataset’s SyncCount', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(cloud, ids, 'game', [
      { Op: 'replace', Key: 'b', Value: '1', SyncCount: 0 },
      { Op: 'replace', Key: 'a', Value: '1', SyncCount: 0 },
    ]);
    cloud.clock.advance(MINUTE);
    await put(cloud, ids, 'game', [{ Op: 'replace', Key: 'b', Value: '2', SyncCount: 1 }]);
    await put(cloud, ids, 'game', [{ Op: 'replace', Key: 'c', Value: '1', SyncCount: 0 }]);
    const all = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'game' });
    expect(all.Records.map((r) => `${r.Key}@${r.SyncCount}`)).toEqual(['a@1', 'b@2', 'c@3']);
    expect(all).toMatchObject({ Count: 3, DatasetSyncCount: 3, DatasetExists: true, LastModifiedBy: cloud.accountId });
    expect(all.Records[1]).toEqual({ Key: 'b', Value: '2', SyncCount: 2, LastModifiedDate: START_SECONDS + 60, LastModifiedBy: cloud.accountId });
    const since = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'game', LastSyncCount: 2 });
    expect(since.Records.map((r) => r.Key)).toEqual(['c']);
    const upToDate = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'game', LastSyncCount: 3 });
    expect(upToDate).toMatchObject({ Records: [], Count: 0, DatasetSyncCount: 3 });
  });

  it('refuses a LastSyncCount the dataset never reached, in AWS’s words', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(cloud, ids, 'game', [{ Op: 'replace', Key: 'a', Value: '1', SyncCount: 0 }]);
    await expectAwsError(
      cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'game', LastSyncCount: 37 }),
      'InvalidParameterException',
      'No such SyncCount: 37 exists for this Dataset',
    );
  });

  it('pages with MaxResults and NextToken under the first page’s session token', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(
      cloud,
      ids,
      'game',
      ['a', 'b', 'c', 'd', 'e'].map((Key) => ({ Op: 'replace' as const, Key, Value: Key, SyncCount: 0 })),
    );
    const first = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'game', MaxResults: 2 });
    expect(first.Records.map((r) => r.Key)).toEqual(['a', 'b']);
    expect(first.Count).toBe(2);
    expect(first.NextToken).toBeDefined();
    const request = { ...ids, DatasetName: 'game', MaxResults: 2, SyncSessionToken: first.SyncSessionToken };
    const second = await cloud.cognitoSync.listRecords({ ...request, NextToken: first.NextToken! });
    expect(second.Records.map((r) => r.Key)).toEqual(['c', 'd']);
    expect(second.SyncSessionToken).toBe(first.SyncSessionToken);
    const last = await cloud.cognitoSync.listRecords({ ...request, NextToken: second.NextToken! });
    expect(last.Records.map((r) => r.Key)).toEqual(['e']);
    expect(last.NextToken).toBeUndefined();
    await expectAwsError(cloud.cognitoSync.listRecords({ ...request, NextToken: 'nope' }), 'InvalidParameterException', 'The NextToken is invalid.');
    await expectAwsError(
      cloud.cognitoSync.listRecords({ ...request, SyncSessionToken: 'nope' }),
      'InvalidParameterException',
      'SyncSessionToken not valid for these inputs',
    );
  });

  it('reads the identity pool of the region the request went to', async () => {
    const cloud = await newCloud({ region: 'eu-west-1' });
    const ids = await syncIdentity(cloud);
    expect(ids.IdentityPoolId).toMatch(/^eu-west-1:/);
    const listed = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings' });
    expect(listed.DatasetExists).toBe(false);
    expect(cloud.log.entries.at(-1)!.region).toBe('eu-west-1');
  });
});
