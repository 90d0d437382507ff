import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../../support/cloud';
import { confirmedUser, poolWithUser } from '../../../support/users';

describe('ListUsersInGroup', () => {
  it('lists the group’s members as UserType', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId, sub } = await poolWithUser(cloud, 'sam');
    await confirmedUser(cloud, clientId, 'kim');
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' });
    const now = cloud.clock.now() / 1000;
    expect(await cloud.cognitoIdp.listUsersInGroup({ UserPoolId: userPoolId, GroupName: 'admins' })).toEqual({
      Users: [
        {
          Username: 'sam',
          Attributes: [
            { Name: 'sub', Value: sub },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'email', Value: 'sam@example.com' },
          ],
          UserCreateDate: now,
          UserLastModifiedDate: now,
          Enabled: true,
          UserStatus: 'CONFIRMED',
        },
      ],
    });
  });

  it('pages with Limit and NextToken', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'team' });
    for (const name of ['kim', 'lee']) await confirmedUser(cloud, clientId, name);
    for (const name of ['sam', 'kim', 'lee']) await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: name, GroupName: 'team' });
    const first = await cloud.cognitoIdp.listUsersInGroup({ UserPoolId: userPoolId, GroupName: 'team', Limit: 2 });
    const second = await cloud.cognitoIdp.listUsersInGroup({ UserPoolId: userPoolId, GroupName: 'team', Limit: 2, NextToken: first.NextToken! });
    expect([...first.Users, ...second.Users].map((u) => u.Username).sort()).toEqual(['kim', 'lee', 'sam']);
    expect(first.Users).toHaveLength(2);
    expect(second).not.toHaveProperty('NextToken');
  });

  it('answers an unknown group with ResourceNotFoundException: Group not found.', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.listUsersInGroup({ UserPoolId: userPoolId, GroupName: 'nosuchgroup' }),
      'ResourceNotFoundException',
      'Group not found.',
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.listUsersInGroup({ UserPoolId: 'us-east-1_nothere', GroupName: 'admins' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
