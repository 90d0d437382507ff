import { describe, expect, it } from 'vitest';
import { computeSecretHash } from '../../../../src/engine';
import { ARTICLE_USER, articlePool, expectAwsError, newCloud, sentCount, USER_FLOWS } from '../../../support/cloud';
import { confirmedUser, tokensFor, unconfirmedUser } from '../../../support/users';

describe('ForgotPassword', () => {
  it('emails a reset code to the verified email and reports where it went', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await confirmedUser(cloud, clientId, ARTICLE_USER);
    const result = await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username });
    expect(result).toEqual({ CodeDeliveryDetails: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
    expect(cloud.outbox.latest).toMatchObject({ to: ARTICLE_USER.email, purpose: 'ForgotPassword' });
    expect(cloud.outbox.latest!.code).toMatch(/^\d{6}$/);
  });

  it('leaves the current password working until the reset is confirmed', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await confirmedUser(cloud, clientId, ARTICLE_USER);
    await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username });
    await expect(tokensFor(cloud, clientId, ARTICLE_USER)).resolves.toHaveProperty('AccessToken');
  });

  it('refuses a user with no verified email or phone number', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username }),
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  });

  it('skips an unverified phone number: the default recovery order falls back to the verified email', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
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
    const { clientId } = await articlePool(cloud, {
      flows: USER_FLOWS,
      pool: { AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_phone_number', Priority: 1 }] } },
    });
    await confirmedUser(cloud, clientId, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username }),
      'InvalidParameterException',
      'Cannot reset password for the user as there is no registered/verified email or phone_number',
    );
  });

  it('answers an unknown user with UserNotFoundException under LEGACY', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: 'nobody' }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('with PreventUserExistenceErrors ENABLED answers an unknown user with simulated delivery details and sends nothing', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS, client: { PreventUserExistenceErrors: 'ENABLED' } });
    const before = sentCount(cloud);
    const result = await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: 'nobody@example.com' });
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(sentCount(cloud)).toBe(before);
  });

  it('with PreventUserExistenceErrors ENABLED also hides that a user has nowhere to receive a code', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS, client: { PreventUserExistenceErrors: 'ENABLED' } });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    const before = sentCount(cloud);
    const result = await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username });
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(sentCount(cloud)).toBe(before);
  });

  it('checks the SecretHash for a client with a secret', async () => {
    const cloud = await newCloud();
    const { clientId, clientSecret } = await articlePool(cloud, { flows: USER_FLOWS, secret: true });
    await confirmedUser(cloud, clientId, ARTICLE_USER, { clientSecret });
    await expectAwsError(
      cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username }),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    const SecretHash = await computeSecretHash(clientSecret!, ARTICLE_USER.username, clientId);
    await expect(cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username, SecretHash })).resolves.toHaveProperty(
      'CodeDeliveryDetails',
    );
  });
});
