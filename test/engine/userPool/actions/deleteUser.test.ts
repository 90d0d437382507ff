import { describe, expect, it } from 'vitest';
import { ARTICLE_USER, expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { confirmedUser, refresh, signedInUser, tokensFor } from '../../../support/users';

describe('DeleteUser', () => {
  it('removes the signed-in user from the pool', async () => {
    const cloud = await newCloud();
    const { userPoolId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expect(cloud.cognitoIdp.deleteUser({ AccessToken: tokens.AccessToken })).resolves.toEqual({});
    expect(poolsOf(cloud)[userPoolId]!.users[ARTICLE_USER.username]).toBeUndefined();
  });

  it('afterwards the pool answers the old access token with UserNotFoundException', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.deleteUser({ AccessToken: tokens.AccessToken });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken }), 'UserNotFoundException', 'User does not exist.');
  });

  it('afterwards the refresh token no longer works and signing in finds no user', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.deleteUser({ AccessToken: tokens.AccessToken });
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Invalid Refresh Token');
    await expectAwsError(tokensFor(cloud, clientId, ARTICLE_USER), 'UserNotFoundException', 'User does not exist.');
  });

  it('a new user with the same username inherits nothing from the deleted one', async () => {
    const cloud = await newCloud();
    const { clientId, tokens, sub } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.deleteUser({ AccessToken: tokens.AccessToken });
    const UserSub = await confirmedUser(cloud, clientId, ARTICLE_USER);
    expect(UserSub).not.toBe(sub);
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Invalid Refresh Token');
  });
});
