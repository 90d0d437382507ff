import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../../../src/engine';
import { expectAwsError, lastCodeFor, newCloud } from '../../../support/cloud';
import { ARTICLE, confirmed, signedUp, signIn, userPool } from '../../../support/userActions';
import { poolsOf } from '../../../support/cloud';

const NEW_PASSWORD = '#Xyz5678';

async function resetRequested(setup: Parameters<typeof userPool>[1] = {}) {
  const cloud = await newCloud();
  const { clientId, userPoolId } = await userPool(cloud, setup);
  await confirmed(cloud, clientId);
  await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username });
  return { cloud, clientId, userPoolId, code: lastCodeFor(cloud, ARTICLE.email) };
}

describe('ConfirmForgotPassword', () => {
  it('sets the new password: the new one signs in, the old one no longer does', async () => {
    const { cloud, clientId, code } = await resetRequested();
    await expect(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code, Password: NEW_PASSWORD }),
    ).resolves.toEqual({});
    await expect(signIn(cloud, clientId, ARTICLE, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expectAwsError(signIn(cloud, clientId, ARTICLE), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('rejects a password that breaks the policy, worded "does not conform to policy"', async () => {
    const { cloud, clientId, code } = await resetRequested();
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code, Password: 'short' }),
      'InvalidPasswordException',
      'Password does not conform to policy: Password not long enough',
    );
  });

  it('rejects a wrong code with CodeMismatchException', async () => {
    const { cloud, clientId, code } = await resetRequested();
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({
        ClientId: clientId,
        Username: ARTICLE.username,
        ConfirmationCode: code === '000000' ? '111111' : '000000',
        Password: NEW_PASSWORD,
      }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('accepts the code within the hour', async () => {
    const { cloud, clientId, code } = await resetRequested();
    cloud.clock.advance(59 * MINUTE);
    await cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code, Password: NEW_PASSWORD });
  });

  it('rejects the code after 1 hour with ExpiredCodeException', async () => {
    const { cloud, clientId, code } = await resetRequested();
    cloud.clock.advance(HOUR + 1000);
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code, Password: NEW_PASSWORD }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });

  it('uses a code only once', async () => {
    const { cloud, clientId, code } = await resetRequested();
    const request = { ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code, Password: NEW_PASSWORD };
    await cloud.cognitoIdp.confirmForgotPassword(request);
    await expectAwsError(cloud.cognitoIdp.confirmForgotPassword(request), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
  });

  it('lifts a sign-in lockout', async () => {
    const { cloud, clientId, code } = await resetRequested();
    for (let i = 0; i < 6; i++) await signIn(cloud, clientId, ARTICLE, 'Wrong#123').catch(() => undefined);
    await expectAwsError(signIn(cloud, clientId, ARTICLE), 'NotAuthorizedException', 'Password attempts exceeded');
    await cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code, Password: NEW_PASSWORD });
    await expect(signIn(cloud, clientId, ARTICLE, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
  });

  it('leaves the user CONFIRMED, confirming one who had not confirmed sign-up', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    // A verified email (as an administrator might set) is what makes a reset possible before confirmation.
    await cloud.cognitoIdp.adminUpdateUserAttributes({
      UserPoolId: userPoolId,
      Username: ARTICLE.username,
      UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
    });
    await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE.username });
    await cloud.cognitoIdp.confirmForgotPassword({
      ClientId: clientId,
      Username: ARTICLE.username,
      ConfirmationCode: lastCodeFor(cloud, ARTICLE.email),
      Password: NEW_PASSWORD,
    });
    expect(poolsOf(cloud)[userPoolId]!.users[ARTICLE.username]!.status).toBe('CONFIRMED');
  });

  it('answers an unknown user with UserNotFoundException under LEGACY', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456', Password: NEW_PASSWORD }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('with PreventUserExistenceErrors ENABLED answers an unknown user as a wrong code', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud, { client: { PreventUserExistenceErrors: 'ENABLED' } });
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456', Password: NEW_PASSWORD }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('answers ExpiredCodeException when no reset was requested', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await confirmed(cloud, clientId);
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: '123456', Password: NEW_PASSWORD }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });
});
