import { describe, expect, it } from 'vitest';
import { computeSecretHash, DAY } from '../../../../src/engine';
import { ARTICLE_USER, articlePool, expectAwsError, lastCodeFor, newCloud, sentCount, USER_FLOWS } from '../../../support/cloud';
import { confirmedUser, unconfirmedUser } from '../../../support/users';

describe('ResendConfirmationCode', () => {
  it('emails a new code and reports where it went', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    const result = await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE_USER.username });
    expect(result).toEqual({ CodeDeliveryDetails: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } });
    const mail = cloud.outbox.latest!;
    expect(mail.to).toBe(ARTICLE_USER.email);
    expect(mail.purpose).toBe('ResendCode');
    expect(mail.code).toMatch(/^\d{6}$/);
  });

  it('replaces the old code: only the new one confirms', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    const oldCode = lastCodeFor(cloud, ARTICLE_USER.email);
    await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE_USER.username });
    const newCode = lastCodeFor(cloud, ARTICLE_USER.email);
    expect(newCode).not.toBe(oldCode);
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: oldCode }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: newCode });
  });

  it('gives the new code a fresh 24 hours', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    cloud.clock.advance(DAY + 1000);
    await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE_USER.username });
    cloud.clock.advance(DAY - 1000);
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE_USER.email) });
  });

  it('answers an unknown user with UserNotFoundException under LEGACY', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'nobody' }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('with PreventUserExistenceErrors ENABLED answers an unknown user with simulated delivery details and sends nothing', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS, client: { PreventUserExistenceErrors: 'ENABLED' } });
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
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await confirmedUser(cloud, clientId, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE_USER.username }),
      'InvalidParameterException',
      'User is already confirmed.',
    );
  });

  it('refuses when the pool verifies neither email nor phone', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS, pool: { AutoVerifiedAttributes: [] } });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE_USER.username }),
      'InvalidParameterException',
      'Cannot resend codes. Auto verification not turned on.',
    );
  });

  it('checks the SecretHash for a client with a secret', async () => {
    const cloud = await newCloud();
    const { clientId, clientSecret } = await articlePool(cloud, { flows: USER_FLOWS, secret: true });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER, { clientSecret });
    await expectAwsError(
      cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE_USER.username }),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    const SecretHash = await computeSecretHash(clientSecret!, ARTICLE_USER.username, clientId);
    await expect(cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: ARTICLE_USER.username, SecretHash })).resolves.toHaveProperty(
      'CodeDeliveryDetails',
    );
  });
});
