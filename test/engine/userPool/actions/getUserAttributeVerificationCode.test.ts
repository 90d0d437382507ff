import { describe, expect, it } from 'vitest';
import { ARTICLE_USER, expectAwsError, newCloud } from '../../../support/cloud';
import { signedInUser } from '../../../support/users';

describe('GetUserAttributeVerificationCode', () => {
  it('emails the signed-in user a code for their email and reports where it went', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, 'sam');
    const result = await cloud.cognitoIdp.getUserAttributeVerificationCode({ AccessToken: tokens.AccessToken, AttributeName: 'email' });
    expect(result).toEqual({ CodeDeliveryDetails: { Destination: 's***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
    expect(cloud.outbox.latest).toMatchObject({ to: 'sam@example.com', purpose: 'VerifyUserAttribute' });
    expect(cloud.outbox.latest!.code).toMatch(/^\d{6}$/);
  });

  it('refuses a phone number the user does not have', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.getUserAttributeVerificationCode({ AccessToken: tokens.AccessToken, AttributeName: 'phone_number' }),
      'InvalidParameterException',
      'The user has no phone_number to verify',
    );
  });

  it('refuses an attribute that is not verified by code', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.getUserAttributeVerificationCode({ AccessToken: tokens.AccessToken, AttributeName: 'name' }),
      'InvalidParameterException',
      'Invalid attribute name provided',
    );
  });

  it('refuses a revoked access token', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken });
    await expectAwsError(
      cloud.cognitoIdp.getUserAttributeVerificationCode({ AccessToken: tokens.AccessToken, AttributeName: 'email' }),
      'NotAuthorizedException',
      'Access Token has been revoked',
    );
  });
});
