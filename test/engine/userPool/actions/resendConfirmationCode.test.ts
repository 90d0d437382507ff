import { describe, expect, it } from 'vitest';
import { computeSecretHash, DAY } from '../../../../src/engine';
import { expectAwsError, lastCodeFor, newCloud } from '../../../support/cloud';
import { ARTICLE, confirmed, sentCount, signedUp, userPool } from '../../../support/userActions';

describe('ResendConfirmationCode', () => {
  it('emails a new code and reports where it went', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    const result = await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE.username });
    expect(result).toEqual({ CodeDeliveryDetails: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
    const mail = cloud.outbox.latest!;
    expect(mail.to).toBe(ARTICLE.email);
    expect(mail.purpose).toBe('ResendCode');
    expect(mail.code).toMatch(/^\d{6}$/);
  });

  it('replaces the old code: only the new one confirms', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    const oldCode = lastCodeFor(cloud, ARTICLE.email);
    await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE.username });
    const newCode = lastCodeFor(cloud, ARTICLE.email);
    expect(newCode).not.toBe(oldCode);
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: oldCode }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: newCode });
  });

  it('gives the new code a fresh 24 hours', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    cloud.clock.advance(DAY + 1000);
    await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE.username });
    cloud.clock.advance(DAY - 1000);
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE.email) });
  });

  it('answers an unknown user with UserNotFoundException under LEGACY', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'nobody' }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('with PreventUserExistenceErrors ENABLED answers an unknown user with simulated delivery details and sends nothing', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud, { client: { PreventUserExistenceErrors: 'ENABLED' } });
    const before = sentCount(cloud);
    const result = await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'nobody@example.com' });
    expect(result.CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(result.CodeDeliveryDetails!.Destination).toMatch(/^[a-z]\*\*\*@[a-z]\*\*\*$/);
    expect(sentCount(cloud)).toBe(before);
    // The same answer whatever was typed, so it reveals nothing.
    const other = await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'someone.else@example.org' });
    expect(other).toEqual(result);
  });

  it('refuses a confirmed user with InvalidParameterException', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await confirmed(cloud, clientId);
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE.username }),
      'InvalidParameterException',
      'User is already confirmed.',
    );
  });

  it('refuses when the pool verifies neither email nor phone', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud, { pool: { AutoVerifiedAttributes: [] } });
    await signedUp(cloud, clientId);
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE.username }),
      'InvalidParameterException',
      'Cannot resend codes. Auto verification not turned on.',
    );
  });

  it('checks the SecretHash for a client with a secret', async () => {
    const cloud = await newCloud();
    const { clientId, clientSecret } = await userPool(cloud, { client: { GenerateSecret: true } });
    await signedUp(cloud, clientId, ARTICLE, clientSecret);
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE.username }),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    const SecretHash = await computeSecretHash(clientSecret!, ARTICLE.username, clientId);
    await expect(cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE.username, SecretHash })).resolves.toHaveProperty(
      'CodeDeliveryDetails',
    );
  });
});
