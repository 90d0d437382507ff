import { describe, expect, it } from 'vitest';
import { computeSecretHash } from '../../../../src/engine';
import { expectAwsError, newCloud } from '../../../support/cloud';
import { ARTICLE, confirmed, sentCount, signedUp, signIn, userPool } from '../../../support/userActions';

describe('ForgotPassword', () => {
  it('emails a reset code to the verified email and reports where it went', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await confirmed(cloud, clientId);
    const result = await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username });
    expect(result).toEqual({ CodeDeliveryDetails: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
    expect(cloud.outbox.latest).toMatchObject({ to: ARTICLE.email, purpose: 'ForgotPassword' });
    expect(cloud.outbox.latest!.code).toMatch(/^\d{6}$/);
  });

  it('leaves the current password working until the reset is confirmed', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await confirmed(cloud, clientId);
    await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username });
    await expect(signIn(cloud, clientId)).resolves.toHaveProperty('AccessToken');
  });

  it('refuses a user with no verified email or phone number', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username }),
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  });

  it('skips an unverified phone number: the default recovery order falls back to the verified email', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await cloud.cognitoIdp.signUp({
      ClientId: clientId,
      Username: 'sam',
      Password: '#Abc1234',
      UserAttributes: [
        { Name: 'email', Value: 'sam@example.com' },
        { Name: 'phone_number', Value: '+12065551234' },
      ],
    });
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'sam', ConfirmationCode: cloud.outbox.latest!.code! });
    const result = await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: 'sam' });
    expect(result.CodeDeliveryDetails).toEqual({ Destination: 's***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
  });

  it('refuses when the AccountRecoverySetting allows no channel the user has verified', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud, { pool: { AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_phone_number', Priority: 1 }] } } });
    await confirmed(cloud, clientId);
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username }),
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  });

  it('answers an unknown user with UserNotFoundException under LEGACY', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: 'nobody' }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('with PreventUserExistenceErrors ENABLED answers an unknown user with simulated delivery details and sends nothing', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud, { client: { PreventUserExistenceErrors: 'ENABLED' } });
    const before = sentCount(cloud);
    const result = await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: 'nobody@example.com' });
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(sentCount(cloud)).toBe(before);
  });

  it('with PreventUserExistenceErrors ENABLED also hides that a user has nowhere to receive a code', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud, { client: { PreventUserExistenceErrors: 'ENABLED' } });
    await signedUp(cloud, clientId);
    const before = sentCount(cloud);
    const result = await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username });
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(sentCount(cloud)).toBe(before);
  });

  it('checks the SecretHash for a client with a secret', async () => {
    const cloud = await newCloud();
    const { clientId, clientSecret } = await userPool(cloud, { client: { GenerateSecret: true } });
    await confirmed(cloud, clientId, ARTICLE, clientSecret);
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username }),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    const SecretHash = await computeSecretHash(clientSecret!, ARTICLE.username, clientId);
    await expect(cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username, SecretHash })).resolves.toHaveProperty(
      'CodeDeliveryDetails',
    );
  });
});
