import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../support/cloud';
import { put, syncIdentity } from './setup';

describe('ListDatasets', () => {
  it('lists an identity’s datasets by name, a page at a time', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    for (const name of ['c', 'a', 'b']) await put(cloud, ids, name, [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }]);
    const other = await syncIdentity(cloud);
    await put(cloud, other, 'x', [{ Op: 'replace', Key: 'k', Value: 'v', SyncCount: 0 }]);
    const first = await cloud.cognitoSync.listDatasets({ ...ids, MaxResults: 2 });
    expect(first.Datasets.map((d) => d.DatasetName)).toEqual(['a', 'b']);
    expect(first.Count).toBe(2);
    const rest = await cloud.cognitoSync.listDatasets({ ...ids, MaxResults: 2, NextToken: first.NextToken! });
    expect(rest).toMatchObject({ Count: 1 });
    expect(rest.Datasets.map((d) => d.DatasetName)).toEqual(['c']);
    expect(rest.NextToken).toBeUndefined();
    expect((await cloud.cognitoSync.listDatasets(other)).Datasets.map((d) => d.DatasetName)).toEqual(['x']);
    await expectAwsError(cloud.cognitoSync.listDatasets({ ...ids, MaxResults: 0 }), 'InvalidParameterException', 'MaxResults must be at least 1.');
  });
});
