import { describe, expect, it } from 'vitest';
import { articlePool, expectAwsError, newCloud } from '../../../support/cloud';
import { confirmedUser, unconfirmedUser } from '../../../support/users';

describe('AdminConfirmSignUp', () => {
  it('confirms an unconfirmed user without verifying their email', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await unconfirmedUser(cloud, clientId, 'sam');
    expect(await cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({});
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(user.UserStatus).toBe('CONFIRMED');
    expect(user.UserAttributes.find((a) => a.Name === 'email_verified')).toBeUndefined();
  });

  it('makes the emailed sign-up code useless afterwards', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await unconfirmedUser(cloud, clientId, 'sam');
    const code = cloud.outbox.latest!.code!;
    await cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'sam', ConfirmationCode: code }),
      'NotAuthorizedException',
      'User cannot be confirmed. Current status is CONFIRMED',
    );
  });

  it('refuses a user who is already confirmed with NotAuthorizedException', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await confirmedUser(cloud, clientId, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: userPoolId, Username: 'sam' }),
      'NotAuthorizedException',
      'User cannot be confirmed. Current status is CONFIRMED',
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: userPoolId, Username: 'nobody' }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(
      cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
