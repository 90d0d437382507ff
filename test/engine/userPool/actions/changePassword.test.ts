import { describe, expect, it } from 'vitest';
import { ARTICLE_USER, expectAwsError, newCloud } from '../../../support/cloud';
import { signedInUser, tokensFor } from '../../../support/users';

const NEW_PASSWORD = '#Xyz5678';

describe('ChangePassword', () => {
  it('replaces the password: the new one signs in, the old one no longer does', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expect(
      cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, PreviousPassword: ARTICLE_USER.password, ProposedPassword: NEW_PASSWORD }),
    ).resolves.toEqual({});
    await expect(tokensFor(cloud, clientId, ARTICLE_USER, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expectAwsError(tokensFor(cloud, clientId, ARTICLE_USER), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('keeps the current tokens working', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, PreviousPassword: ARTICLE_USER.password, ProposedPassword: NEW_PASSWORD });
    await expect(cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken })).resolves.toHaveProperty('Username', ARTICLE_USER.username);
  });

  it('rejects a wrong previous password with NotAuthorizedException', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, PreviousPassword: 'Wrong#123', ProposedPassword: NEW_PASSWORD }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });

  it('counts wrong previous passwords towards the lockout', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    const attempt = (previous: string) =>
      cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, PreviousPassword: previous, ProposedPassword: NEW_PASSWORD });
    // Four wrong previous passwords and one wrong sign-in make the five failures; a fifth ChangePassword would already
    // be the hourly limit's last request, so the lockout is what answers it.
    for (let i = 0; i < 4; i++) await attempt('Wrong#123').catch(() => undefined);
    await tokensFor(cloud, clientId, ARTICLE_USER, 'Wrong#123').catch(() => undefined);
    await expectAwsError(attempt(ARTICLE_USER.password), 'NotAuthorizedException', 'Password attempts exceeded');
  });

  it.each([
    ['short', 'Password not long enough'],
    ['ABCDEFG1#', 'Password must have lowercase characters'],
    ['abcdefg1#', 'Password must have uppercase characters'],
    ['Abcdefgh#', 'Password must have numeric characters'],
    ['Abcdefgh1', 'Password must have symbol characters'],
  ])('rejects %s with InvalidPasswordException: Password does not conform to policy: %s', async (proposed, reason) => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, PreviousPassword: ARTICLE_USER.password, ProposedPassword: proposed }),
      'InvalidPasswordException',
      `Password does not conform to policy: ${reason}`,
    );
  });

  it('refuses a revoked access token', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(
      cloud.cognitoIdp.changePassword({ AccessToken: tokens.AccessToken, PreviousPassword: ARTICLE_USER.password, ProposedPassword: NEW_PASSWORD }),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
  });
});
