import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud } from '../../../support/cloud';
import { confirmedUser, unconfirmedUser } from '../../../support/users';

describe('AdminGetUser', () => {
  it('returns the user with sub first, status, enabled flag and epoch-second dates', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    const created = cloud.clock.now();
    const sub = await confirmedUser(cloud, clientId, 'sam');
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(user).toEqual({
      Username: 'sam',
      UserAttributes: [
        { Name: 'sub', Value: sub },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'email', Value: 'sam@example.com' },
      ],
      UserCreateDate: created / 1000,
      UserLastModifiedDate: created / 1000,
      Enabled: true,
      UserStatus: 'CONFIRMED',
    });
    expect(user).not.toHaveProperty('MFAOptions');
  });

  it('finds the user by sub as well as by username', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    const sub = await unconfirmedUser(cloud, clientId, 'sam');
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: sub });
    expect(user.Username).toBe('sam');
    expect(user.UserStatus).toBe('UNCONFIRMED');
  });

  it('finds a user of an email-as-username pool by their email', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud, { pool: { UsernameAttributes: ['email'] } });
    const { UserSub } = await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'kim@example.com', Password: '#Abc1234' });
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'kim@example.com' });
    expect(user.Username).toBe(UserSub);
  });

  it('shows a later modification in UserLastModifiedDate only', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    const created = cloud.clock.now();
    await unconfirmedUser(cloud, clientId, 'sam');
    cloud.clock.advance(HOUR);
    await cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: userPoolId, Username: 'sam' });
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(user.UserCreateDate).toBe(created / 1000);
    expect(user.UserLastModifiedDate).toBe((created + HOUR) / 1000);
  });

  it('answers an unknown user with UserNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'nobody' }), 'UserNotFoundException', 'User does not exist.');
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.adminGetUser({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
