import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../../support/cloud';
import { ARTICLE, refresh, signedInUser, signIn } from '../../../support/userActions';

describe('GlobalSignOut', () => {
  it('answers with an empty body', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud);
    await expect(cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken })).resolves.toEqual({});
  });

  it('afterwards the pool refuses the access token as revoked', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
  });

  it('afterwards the refresh token no longer works', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
  });

  it('signs out every session of the user, and only that user', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud);
    const otherDevice = await signIn(cloud, clientId);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: otherDevice.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
    await expectAwsError(refresh(cloud, clientId, otherDevice.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
  });

  it('does not stop the user signing in again', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    const again = await signIn(cloud, clientId, ARTICLE);
    await expect(cloud.cognitoIdp.getUser({ AccessToken: again.AccessToken })).resolves.toHaveProperty('Username', ARTICLE.username);
  });

  it('also revokes an access token obtained by refreshing', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud);
    const refreshed = (await refresh(cloud, clientId, tokens.RefreshToken)).AuthenticationResult!;
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: refreshed.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
  });
});
