import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { poolWithUser, tokensFor } from '../../../support/users';

describe('AdminDisableUser', () => {
  it('keeps the user listed but marks them disabled', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    expect(await cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({});
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(user.Enabled).toBe(false);
    expect(user.UserStatus).toBe('CONFIRMED');
    const { Users } = await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId });
    expect(Users.map((u) => [u.Username, u.Enabled])).toEqual([['sam', false]]);
  });

  it('makes sign-in fail with NotAuthorizedException: User is disabled.', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(tokensFor(cloud, clientId, 'sam'), 'NotAuthorizedException', 'User is disabled.');
  });

  it('revokes the tokens the user already holds', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    const tokens = await tokensFor(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'sam' });
    const pool = poolsOf(cloud)[userPoolId]!;
    const record = pool.refreshTokens[tokens.RefreshToken!]!;
    expect(record.revoked).toBe(true);
    expect(pool.revokedOrigins[record.originJti]).toBe(cloud.clock.now());
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken! } }),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'nobody' }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(
      cloud.cognitoIdp.adminDisableUser({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
