import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../src/engine';
import { expectAwsError, newCloud } from '../../../support/cloud';
import { poolWithUser } from '../../../support/users';

describe('AdminListGroupsForUser', () => {
  it('lists the user’s groups as GroupType with epoch-second dates', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    const created = cloud.clock.now();
    await cloud.cognitoIdp.createGroup({
      UserPoolId: userPoolId,
      GroupName: 'admins',
      Description: 'People who run things',
      Precedence: 1,
      RoleArn: 'arn:aws:iam::123456789012:role/Admins',
    });
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'other' });
    cloud.clock.advance(HOUR);
    await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' });
    const result = await cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(result).toEqual({
      Groups: [
        {
          GroupName: 'admins',
          UserPoolId: userPoolId,
          Description: 'People who run things',
          RoleArn: 'arn:aws:iam::123456789012:role/Admins',
          Precedence: 1,
          LastModifiedDate: created / 1000,
          CreationDate: created / 1000,
        },
      ],
    });
  });

  it('answers a user in no group with an empty list', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    expect(await cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({ Groups: [] });
  });

  it('pages with Limit and NextToken', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    for (const GroupName of ['a', 'b', 'c']) {
      await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName });
      await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName });
    }
    const first = await cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'sam', Limit: 2 });
    expect(first.Groups.map((g) => g.GroupName)).toEqual(['a', 'b']);
    expect(first.NextToken).toBeTruthy();
    const second = await cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'sam', Limit: 2, NextToken: first.NextToken! });
    expect(second.Groups.map((g) => g.GroupName)).toEqual(['c']);
    expect(second).not.toHaveProperty('NextToken');
  });

  it('refuses a Limit above 60 as AWS validation does', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'sam', Limit: 61 }),
      'InvalidParameterException',
      "1 validation error detected: Value '61' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'nobody' }),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectAwsError(
      cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
