import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../src/engine';
import { ARTICLE_USER, expectAwsError, newCloud } from '../../../support/cloud';
import { signedInUser } from '../../../support/users';

describe('GetUser', () => {
  it('returns the article\'s answer: username and sub, email_verified "true", email, all as strings', async () => {
    const cloud = await newCloud();
    const { tokens, user, sub } = await signedInUser(cloud, ARTICLE_USER);
    const result = await cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken });
    expect(result).toEqual({
      Username: user.username,
      UserAttributes: [
        { Name: 'sub', Value: sub },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'email', Value: user.email },
      ],
    });
    expect(result).not.toHaveProperty('MFAOptions');
    expect(result).not.toHaveProperty('UserMFASettingList');
    expect(result).not.toHaveProperty('PreferredMfaSetting');
  });

  it('shows only the attributes the app client may read', async () => {
    const cloud = await newCloud();
    const { tokens, sub } = await signedInUser(cloud, 'sam', { client: { ReadAttributes: ['name'] } });
    const result = await cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken });
    expect(result.UserAttributes).toEqual([{ Name: 'sub', Value: sub }]);
  });

  it('refuses an expired access token with NotAuthorizedException', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    cloud.clock.advance(HOUR + 1000);
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken }), 'NotAuthorizedException', 'Access Token has expired');
  });

  it('refuses an ID token in place of the access token', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: tokens.IdToken }), 'NotAuthorizedException', 'Invalid Access Token');
  });

  it('refuses a token that is not a JWT of the pool', async () => {
    const cloud = await newCloud();
    await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: 'not.a.token' }), 'NotAuthorizedException', 'Invalid Access Token');
  });
});
