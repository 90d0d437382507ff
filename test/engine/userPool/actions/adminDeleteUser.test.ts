import { describe, expect, it } from 'vitest';
import { expectAwsError } from '../../../support/cloud';
import { confirmedUser, poolWithSam, signIn } from '../../../support/adminUsers';
import { poolsOf } from '../../../support/cloud';

describe('AdminDeleteUser', () => {
  it('removes the user from the pool', async () => {
    const { cloud, userPoolId } = await poolWithSam();
    expect(await cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({});
    await expectAwsError(cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' }), 'UserNotFoundException', 'User does not exist.');
    expect((await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId })).Users).toEqual([]);
  });

  it('accepts the sub in place of the username', async () => {
    const { cloud, userPoolId, sub } = await poolWithSam();
    await cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: sub });
    expect(poolsOf(cloud)[userPoolId]!.users).toEqual({});
  });

  it('drops the user’s refresh tokens, and a new user with the same name gets a new sub', async () => {
    const { cloud, userPoolId, clientId, sub } = await poolWithSam();
    const tokens = await signIn(cloud, clientId);
    await cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: 'sam' });
    const pool = poolsOf(cloud)[userPoolId]!;
    expect(pool.refreshTokens[tokens.RefreshToken!]).toBeUndefined();
    const again = await confirmedUser(cloud, clientId);
    expect(again).not.toBe(sub);
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const { cloud, userPoolId } = await poolWithSam();
    await expectAwsError(cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: 'nobody' }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(
      cloud.cognitoIdp.adminDeleteUser({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
