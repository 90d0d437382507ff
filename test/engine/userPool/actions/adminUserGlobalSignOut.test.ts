import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { poolWithUser, tokensFor } from '../../../support/users';

describe('AdminUserGlobalSignOut', () => {
  it('revokes every refresh token of the user and the access tokens from those sign-ins', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    const first = await tokensFor(cloud, clientId, 'sam');
    const second = await tokensFor(cloud, clientId, 'sam');
    expect(await cloud.cognitoIdp.adminUserGlobalSignOut({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({});
    const pool = poolsOf(cloud)[userPoolId]!;
    for (const tokens of [first, second]) {
      const record = pool.refreshTokens[tokens.RefreshToken!]!;
      expect(record.revoked).toBe(true);
      expect(pool.revokedOrigins[record.originJti]).toBe(cloud.clock.now());
    }
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: first.RefreshToken! } }),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
  });

  it('still lets the user sign in afresh', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    await tokensFor(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminUserGlobalSignOut({ UserPoolId: userPoolId, Username: 'sam' });
    const fresh = await tokensFor(cloud, clientId, 'sam');
    expect(poolsOf(cloud)[userPoolId]!.refreshTokens[fresh.RefreshToken!]!.revoked).toBe(false);
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminUserGlobalSignOut({ UserPoolId: userPoolId, Username: 'nobody' }),
      'UserNotFoundException',
      'User does not exist.',
    );
    await expectAwsError(
      cloud.cognitoIdp.adminUserGlobalSignOut({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
