import { describe, expect, it } from 'vitest';
import { ARTICLE_USER, expectAwsError, newCloud } from '../../../support/cloud';
import { refresh, signedInUser, tokensFor } from '../../../support/users';

describe('GlobalSignOut', () => {
  it('answers with an empty body', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expect(cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken })).resolves.toEqual({});
  });

  it('afterwards the pool refuses the access token as revoked', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
  });

  it('afterwards the refresh token no longer works', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
  });

  it('signs out every session of the user, and only that user', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    const otherDevice = await tokensFor(cloud, clientId, ARTICLE_USER);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: otherDevice.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
    await expectAwsError(refresh(cloud, clientId, otherDevice.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
  });

  it('does not stop the user signing in again', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    const again = await tokensFor(cloud, clientId, ARTICLE_USER);
    await expect(cloud.cognitoIdp.getUser({ AccessToken: again.AccessToken })).resolves.toHaveProperty('Username', ARTICLE_USER.username);
  });

  it('also revokes an access token obtained by refreshing', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    const refreshed = (await refresh(cloud, clientId, tokens.RefreshToken)).AuthenticationResult!;
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: refreshed.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
  });
});
