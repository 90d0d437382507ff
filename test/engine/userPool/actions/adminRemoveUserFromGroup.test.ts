import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../../support/cloud';
import { poolWithUser } from '../../../support/users';

describe('AdminRemoveUserFromGroup', () => {
  it('takes the user out of the group and leaves other memberships', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    for (const GroupName of ['admins', 'readers']) {
      await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName });
      await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName });
    }
    expect(await cloud.cognitoIdp.adminRemoveUserFromGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' })).toEqual({});
    const { Groups } = await cloud.cognitoIdp.adminListGroupsForUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(Groups.map((g) => g.GroupName)).toEqual(['readers']);
  });

  it('accepts removing a user who is not in the group', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    expect(await cloud.cognitoIdp.adminRemoveUserFromGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' })).toEqual({});
  });

  it('answers an unknown group with ResourceNotFoundException: Group not found.', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminRemoveUserFromGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'nosuchgroup' }),
      'ResourceNotFoundException',
      'Group not found.',
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    await expectAwsError(
      cloud.cognitoIdp.adminRemoveUserFromGroup({ UserPoolId: userPoolId, Username: 'nobody', GroupName: 'admins' }),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectAwsError(
      cloud.cognitoIdp.adminRemoveUserFromGroup({ UserPoolId: 'us-east-1_nothere', Username: 'sam', GroupName: 'admins' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
