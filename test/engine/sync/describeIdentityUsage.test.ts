import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../src/engine';
import { expectAwsError, newCloud, START_SECONDS } from '../../support/cloud';
import { put, syncIdentity } from './setup';

describe('DescribeIdentityUsage', () => {
  it('describes an identity’s usage: its datasets, their bytes and the last change', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    expect(await cloud.cognitoSync.describeIdentityUsage(ids)).toEqual({
      IdentityUsage: { IdentityId: ids.IdentityId, IdentityPoolId: ids.IdentityPoolId, DatasetCount: 0, DataStorage: 0 },
    });
    await put(cloud, ids, 'a', [{ Op: 'replace', Key: 'k', Value: 'vv', SyncCount: 0 }]);
    cloud.clock.advance(HOUR);
    await put(cloud, ids, 'b', [{ Op: 'replace', Key: 'key', Value: 'v', SyncCount: 0 }]);
    expect(await cloud.cognitoSync.describeIdentityUsage(ids)).toEqual({
      IdentityUsage: {
        IdentityId: ids.IdentityId,
        IdentityPoolId: ids.IdentityPoolId,
        LastModifiedDate: START_SECONDS + 3600,
        DatasetCount: 2,
        DataStorage: 7,
      },
    });
    const missing = 'us-east-1:11111111-1111-4111-8111-111111111111';
    await expectAwsError(
      cloud.cognitoSync.describeIdentityUsage({ IdentityPoolId: ids.IdentityPoolId, IdentityId: missing }),
      'ResourceNotFoundException',
      `Identity '${missing}' not found.`,
    );
  });
});
