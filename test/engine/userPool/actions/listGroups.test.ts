import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool } from '../../../support/cloud';

async function poolWithGroups(cloud: Awaited<ReturnType<typeof newCloud>>, names: string[]) {
  const userPoolId = await plainPool(cloud);
  for (const GroupName of names) await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName });
  return userPoolId;
}

describe('ListGroups', () => {
  it("lists the pool's groups as GroupType, in the order they were created", async () => {
    const cloud = await newCloud();
    const userPoolId = await poolWithGroups(cloud, ['readers', 'admins']);
    const { Groups, NextToken } = await cloud.cognitoIdp.listGroups({ UserPoolId: userPoolId });
    expect(Groups.map((g) => g.GroupName)).toEqual(['readers', 'admins']);
    expect(Groups[0]).toEqual((await cloud.cognitoIdp.getGroup({ UserPoolId: userPoolId, GroupName: 'readers' })).Group);
    expect(NextToken).toBeUndefined();
  });

  it('answers an empty list for a pool without groups', async () => {
    const cloud = await newCloud();
    expect(await cloud.cognitoIdp.listGroups({ UserPoolId: await plainPool(cloud) })).toEqual({ Groups: [] });
  });

  it('pages with Limit and NextToken', async () => {
    const cloud = await newCloud();
    const userPoolId = await poolWithGroups(cloud, ['a', 'b', 'c', 'd', 'e']);
    const names: string[] = [];
    let token: string | undefined;
    do {
      const { Groups, NextToken } = await cloud.cognitoIdp.listGroups({ UserPoolId: userPoolId, Limit: 2, ...(token ? { NextToken: token } : {}) });
      names.push(...Groups.map((g) => g.GroupName));
      token = NextToken;
    } while (token);
    expect(names).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('rejects a Limit above 60 as AWS validation does', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.listGroups({ UserPoolId: await plainPool(cloud), Limit: 61 }),
      'InvalidParameterException',
      "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.listGroups({ UserPoolId: 'us-east-1_nothere00' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });
});
