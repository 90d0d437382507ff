import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../../../src/engine';
import { expectAwsError, lastCodeFor, newCloud } from '../../../support/cloud';
import { refresh, signedInUser } from '../../../support/users';

async function withNewEmail() {
  const cloud = await newCloud();
  const { tokens, clientId } = await signedInUser(cloud, 'sam');
  await cloud.cognitoIdp.updateUserAttributes({ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'email', Value: 'sam.new@example.org' }] });
  // Access tokens last an hour; a refreshed one lets a test wait a day and still call as the user.
  const freshAccessToken = async () => (await refresh(cloud, clientId, tokens.RefreshToken)).AuthenticationResult!.AccessToken;
  return { cloud, accessToken: tokens.AccessToken, freshAccessToken, code: lastCodeFor(cloud, 'sam.new@example.org') };
}

const emailVerified = async (cloud: Awaited<ReturnType<typeof newCloud>>, accessToken: string) =>
  (await cloud.cognitoIdp.getUser({ AccessToken: accessToken })).UserAttributes.find((a) => a.Name === 'email_verified')?.Value;

describe('VerifyUserAttribute', () => {
  it('marks the new email verified with the code sent to it', async () => {
    const { cloud, accessToken, code } = await withNewEmail();
    expect(await emailVerified(cloud, accessToken)).toBe('false');
    await expect(cloud.cognitoIdp.verifyUserAttribute({ AccessToken: accessToken, AttributeName: 'email', Code: code })).resolves.toEqual({});
    expect(await emailVerified(cloud, accessToken)).toBe('true');
  });

  it('accepts a code from GetUserAttributeVerificationCode', async () => {
    const cloud = await newCloud();
    const { tokens, user } = await signedInUser(cloud, 'sam');
    await cloud.cognitoIdp.getUserAttributeVerificationCode({ AccessToken: tokens.AccessToken, AttributeName: 'email' });
    await cloud.cognitoIdp.verifyUserAttribute({ AccessToken: tokens.AccessToken, AttributeName: 'email', Code: lastCodeFor(cloud, user.email) });
    expect(await emailVerified(cloud, tokens.AccessToken)).toBe('true');
  });

  it('rejects a wrong code with CodeMismatchException', async () => {
    const { cloud, accessToken, code } = await withNewEmail();
    await expectAwsError(
      cloud.cognitoIdp.verifyUserAttribute({ AccessToken: accessToken, AttributeName: 'email', Code: code === '000000' ? '111111' : '000000' }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('rejects the code after 24 hours with ExpiredCodeException', async () => {
    const { cloud, freshAccessToken, code } = await withNewEmail();
    cloud.clock.advance(DAY + 1000);
    await expectAwsError(
      cloud.cognitoIdp.verifyUserAttribute({ AccessToken: await freshAccessToken(), AttributeName: 'email', Code: code }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });

  it('accepts the code until 24 hours have passed', async () => {
    const { cloud, freshAccessToken, code } = await withNewEmail();
    cloud.clock.advance(DAY - HOUR);
    await expect(cloud.cognitoIdp.verifyUserAttribute({ AccessToken: await freshAccessToken(), AttributeName: 'email', Code: code })).resolves.toEqual({});
  });

  it('uses a code only once', async () => {
    const { cloud, accessToken, code } = await withNewEmail();
    await cloud.cognitoIdp.verifyUserAttribute({ AccessToken: accessToken, AttributeName: 'email', Code: code });
    await expectAwsError(
      cloud.cognitoIdp.verifyUserAttribute({ AccessToken: accessToken, AttributeName: 'email', Code: code }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });
});
