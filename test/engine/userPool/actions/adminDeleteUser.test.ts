import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { confirmedUser, poolWithUser, tokensFor } from '../../../support/users';

describe('AdminDeleteUser', () => {
  it('removes the user from the pool', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    expect(await cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({});
    await expectAwsError(cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' }), 'UserNotFoundException', 'User does not exist.');
    expect((await cloud.cognitoIdp.listUsers({ UserPoolId: userPoolId })).Users).toEqual([]);
  });

  it('accepts the sub in place of the username', async () => {
    const cloud = await newCloud();
    const { userPoolId, sub } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: sub });
    expect(poolsOf(cloud)[userPoolId]!.users).toEqual({});
  });

  it('drops the user’s refresh tokens, and a new user with the same name gets a new sub', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId, sub } = await poolWithUser(cloud, 'sam');
    const tokens = await tokensFor(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: 'sam' });
    const pool = poolsOf(cloud)[userPoolId]!;
    expect(pool.refreshTokens[tokens.RefreshToken!]).toBeUndefined();
    const again = await confirmedUser(cloud, clientId, 'sam');
    expect(again).not.toBe(sub);
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(cloud.cognitoIdp.adminDeleteUser({ UserPoolId: userPoolId, Username: 'nobody' }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(
      cloud.cognitoIdp.adminDeleteUser({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
