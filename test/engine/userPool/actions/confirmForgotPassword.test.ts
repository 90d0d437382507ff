import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../../../src/engine';
import { ARTICLE_USER, articlePool, expectAwsError, lastCodeFor, newCloud, type PoolSetup, poolsOf, USER_FLOWS } from '../../../support/cloud';
import { confirmedUser, tokensFor, unconfirmedUser } from '../../../support/users';

const NEW_PASSWORD = '#Xyz5678';

async function resetRequested(setup: PoolSetup = {}) {
  const cloud = await newCloud();
  const { clientId, userPoolId } = await articlePool(cloud, { flows: USER_FLOWS, ...setup });
  await confirmedUser(cloud, clientId, ARTICLE_USER);
  await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username });
  return { cloud, clientId, userPoolId, code: lastCodeFor(cloud, ARTICLE_USER.email) };
}

describe('ConfirmForgotPassword', () => {
  it('sets the new password: the new one signs in, the old one no longer does', async () => {
    const { cloud, clientId, code } = await resetRequested();
    await expect(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code, Password: NEW_PASSWORD }),
    ).resolves.toEqual({});
    await expect(tokensFor(cloud, clientId, ARTICLE_USER, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
    await expectAwsError(tokensFor(cloud, clientId, ARTICLE_USER), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('rejects a password that breaks the policy, worded "does not conform to policy"', async () => {
    const { cloud, clientId, code } = await resetRequested();
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code, Password: 'short' }),
      'InvalidPasswordException',
      'Password does not conform to policy: Password not long enough',
    );
  });

  it('rejects a wrong code with CodeMismatchException', async () => {
    const { cloud, clientId, code } = await resetRequested();
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({
        ClientId: clientId,
        Username: ARTICLE_USER.username,
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
    await cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code, Password: NEW_PASSWORD });
  });

  it('rejects the code after 1 hour with ExpiredCodeException', async () => {
    const { cloud, clientId, code } = await resetRequested();
    cloud.clock.advance(HOUR + 1000);
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code, Password: NEW_PASSWORD }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });

  it('uses a code only once', async () => {
    const { cloud, clientId, code } = await resetRequested();
    const request = { ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code, Password: NEW_PASSWORD };
    await cloud.cognitoIdp.confirmForgotPassword(request);
    await expectAwsError(cloud.cognitoIdp.confirmForgotPassword(request), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
  });

  it('lifts a sign-in lockout', async () => {
    const { cloud, clientId, code } = await resetRequested();
    for (let i = 0; i < 6; i++) await tokensFor(cloud, clientId, ARTICLE_USER, 'Wrong#123').catch(() => undefined);
    await expectAwsError(tokensFor(cloud, clientId, ARTICLE_USER), 'NotAuthorizedException', 'Password attempts exceeded');
    await cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code, Password: NEW_PASSWORD });
    await expect(tokensFor(cloud, clientId, ARTICLE_USER, NEW_PASSWORD)).resolves.toHaveProperty('AccessToken');
  });

  it('leaves the user CONFIRMED, confirming one who had not confirmed sign-up', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    // A verified email (as an administrator might set) is what makes a reset possible before confirmation.
    await cloud.cognitoIdp.adminUpdateUserAttributes({
      UserPoolId: userPoolId,
      Username: ARTICLE_USER.username,
      UserAttributes: [{ Name: 'email_verified', Value: 'true' }],
    });
    await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username });
    await cloud.cognitoIdp.confirmForgotPassword({
      ClientId: clientId,
      Username: ARTICLE_USER.username,
      ConfirmationCode: lastCodeFor(cloud, ARTICLE_USER.email),
      Password: NEW_PASSWORD,
    });
    expect(poolsOf(cloud)[userPoolId]!.users[ARTICLE_USER.username]!.status).toBe('CONFIRMED');
  });

  it('answers an unknown user with UserNotFoundException under LEGACY', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456', Password: NEW_PASSWORD }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('with PreventUserExistenceErrors ENABLED answers an unknown user as a wrong code', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS, client: { PreventUserExistenceErrors: 'ENABLED' } });
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456', Password: NEW_PASSWORD }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('answers ExpiredCodeException when no reset was requested', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await confirmedUser(cloud, clientId, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: '123456', Password: NEW_PASSWORD }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });
});
