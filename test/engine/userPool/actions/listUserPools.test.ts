import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool, START_SECONDS } from '../../../support/cloud';

describe('ListUserPools', () => {
  it('lists every pool as Id, Name, LambdaConfig and epoch-second dates', async () => {
    const cloud = await newCloud();
    const first = await plainPool(cloud, 'first');
    const { UserPool: second } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'second',
      LambdaConfig: { PostConfirmation: 'arn:aws:lambda:us-east-1:123456789012:function:welcome' },
    });
    const { UserPools, NextToken } = await cloud.cognitoIdp.listUserPools({ MaxResults: 10 });
    expect(UserPools).toEqual([
      { Id: first, Name: 'first', LambdaConfig: {}, LastModifiedDate: START_SECONDS, CreationDate: START_SECONDS },
      {
        Id: second.Id,
        Name: 'second',
        LambdaConfig: { PostConfirmation: 'arn:aws:lambda:us-east-1:123456789012:function:welcome' },
        LastModifiedDate: START_SECONDS,
        CreationDate: START_SECONDS,
      },
    ]);
    expect(NextToken).toBeUndefined();
  });

  it('answers an empty list when there are no pools', async () => {
    const cloud = await newCloud();
    expect(await cloud.cognitoIdp.listUserPools({ MaxResults: 60 })).toEqual({ UserPools: [] });
  });

  it('pages with NextToken until every pool has been listed once', async () => {
    const cloud = await newCloud();
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push(await plainPool(cloud, `pool-${i}`));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const { UserPools, NextToken } = await cloud.cognitoIdp.listUserPools({ MaxResults: 2, ...(token ? { NextToken: token } : {}) });
      expect(UserPools.length).toBeLessThanOrEqual(2);
      seen.push(...UserPools.map((p) => p.Id));
      token = NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
  });

  it('requires MaxResults', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.listUserPools({} as never),
      'InvalidParameterException',
      "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null",
    );
  });

  it.each([
    [0, 'greater than or equal to 1'],
    [61, 'less than or equal to 60'],
  ])('rejects MaxResults %i as AWS validation does', async (max, rule) => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.listUserPools({ MaxResults: max }),
      'InvalidParameterException',
      `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value ${rule}`,
    );
  });

  it('refuses a NextToken it never issued', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.listUserPools({ MaxResults: 10, NextToken: 'made-up' }),
      'InvalidParameterException',
      'Paging marker made-up is invalid for request.',
    );
  });

  it('ends the listing when the pool a NextToken points at was deleted meanwhile', async () => {
    const cloud = await newCloud();
    await plainPool(cloud, 'a');
    const b = await plainPool(cloud, 'b');
    const { NextToken } = await cloud.cognitoIdp.listUserPools({ MaxResults: 1 });
    await cloud.cognitoIdp.deleteUserPool({ UserPoolId: b });
    expect(await cloud.cognitoIdp.listUserPools({ MaxResults: 1, NextToken: NextToken! })).toEqual({ UserPools: [] });
  });
});
