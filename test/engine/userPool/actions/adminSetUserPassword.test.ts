import { describe, expect, it } from 'vitest';
import { DAY } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { poolWithUser, tokensFor, unconfirmedUser } from '../../../support/users';

describe('AdminSetUserPassword', () => {
  it('with Permanent: true sets a password the user signs in with and confirms them', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: userPoolId, Username: 'sam', Password: 'New#Pass1', Permanent: true });
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).UserStatus).toBe('CONFIRMED');
    const tokens = await tokensFor(cloud, clientId, 'sam', 'New#Pass1');
    expect(tokens.AccessToken).toBeTruthy();
    await expectAwsError(tokensFor(cloud, clientId, 'sam', '#Abc1234'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('with Permanent: true confirms an unconfirmed user', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await unconfirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: userPoolId, Username: 'sam', Password: 'New#Pass1', Permanent: true });
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).UserStatus).toBe('CONFIRMED');
  });

  it('without Permanent sets a temporary password: FORCE_CHANGE_PASSWORD, valid for the pool’s 7 days', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: userPoolId, Username: 'sam', Password: 'Temp#Pass1' });
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    expect(poolsOf(cloud)[userPoolId]!.users['sam']!.temporaryPasswordExpiresAt).toBe(cloud.clock.now() + 7 * DAY);
    const result = await cloud.cognitoIdp.initiateAuth({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'sam', PASSWORD: 'Temp#Pass1' },
    });
    expect(result.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });

  it.each([
    ['short', 'Password not long enough'],
    ['ABCDEFG1#', 'Password must have lowercase characters'],
    ['abcdefg1#', 'Password must have uppercase characters'],
    ['Abcdefgh#', 'Password must have numeric characters'],
    ['Abcdefgh1', 'Password must have symbol characters'],
  ])('rejects %s with InvalidPasswordException: Password does not conform to policy: %s', async (password, reason) => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: userPoolId, Username: 'sam', Password: password, Permanent: true }),
      'InvalidPasswordException',
      `Password does not conform to policy: ${reason}`,
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: userPoolId, Username: 'nobody', Password: 'New#Pass1' }),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectAwsError(
      cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: 'us-east-1_nothere', Username: 'sam', Password: 'New#Pass1' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
