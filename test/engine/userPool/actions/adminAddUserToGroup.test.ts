import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { poolWithUser } from '../../../support/users';

describe('AdminAddUserToGroup', () => {
  it('adds the user to the group, once however often it is called', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    expect(await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' })).toEqual({});
    await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' });
    expect(poolsOf(cloud)[userPoolId]!.users['sam']!.groups).toEqual(['admins']);
    const { Groups } = await cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(Groups.map((g) => g.GroupName)).toEqual(['admins']);
  });

  it('answers an unknown group with ResourceNotFoundException: Group not found.', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'nosuchgroup' }),
      'ResourceNotFoundException',
      'Group not found.',
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    await expectAwsError(
      cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'nobody', GroupName: 'admins' }),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectAwsError(
      cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: 'us-east-1_nothere', Username: 'sam', GroupName: 'admins' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
