import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { poolWithUser, tokensFor, unconfirmedUser } from '../../../support/users';

describe('AdminResetUserPassword', () => {
  it('puts the user in RESET_REQUIRED and emails a reset code valid for one hour', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    expect(await cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({});
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).UserStatus).toBe('RESET_REQUIRED');
    const mail = cloud.outbox.latest!;
    expect(mail).toMatchObject({ to: 'sam@example.com', channel: 'EMAIL', purpose: 'ForgotPassword' });
    expect(mail.code).toMatch(/^\d{6}$/);
    const pending = poolsOf(cloud)[userPoolId]!.users['sam']!.forgotPasswordCode!;
    expect(pending.code).toBe(mail.code);
    expect(pending.expiresAt).toBe(cloud.clock.now() + HOUR);
  });

  it('makes sign-in answer PasswordResetRequiredException', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(tokensFor(cloud, clientId, 'sam'), 'PasswordResetRequiredException', 'Password reset required for the user');
  });

  it('sends nothing to a user without a verified email, but still requires the reset', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await unconfirmedUser(cloud, clientId, 'sam');
    const sent = cloud.outbox.entries.length;
    await cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: userPoolId, Username: 'sam' });
    expect(cloud.outbox.entries.length).toBe(sent);
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).UserStatus).toBe('RESET_REQUIRED');
  });

  it('refuses a user on a temporary password with NotAuthorizedException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: userPoolId, Username: 'sam', Password: 'Temp#Pass1' });
    await expectAwsError(
      cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: userPoolId, Username: 'sam' }),
      'NotAuthorizedException',
      'User password cannot be reset in the current state.',
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: userPoolId, Username: 'nobody' }),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectAwsError(
      cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
