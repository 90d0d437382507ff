import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../../../src/engine';
import { articlePool, expectAwsError, lastCodeFor, newCloud, PASSWORD_FLOWS } from '../../support/cloud';
import { confirmedUser, PASSWORD, tokensFor } from '../../support/users';

const LIMIT = ['LimitExceededException', 'Attempt limit exceeded, please try after some time.'] as const;
const MISMATCH = ['CodeMismatchException', 'Invalid verification code provided, please try again.'] as const;

/** Runs `times` requests, each expected to fail with `code` (or succeed when `code` is undefined). */
async function repeat(times: number, request: () => Promise<unknown>, code?: string): Promise<void> {
  for (let i = 0; i < times; i++) {
    const outcome = await request().then(
      () => 'ok',
      (e: { name: string }) => e.name,
    );
    expect(outcome).toBe(code ?? 'ok');
  }
}

describe('per-user hourly request limits', () => {
  it('ConfirmSignUp: 15 requests an hour, then LimitExceededException even for the right code, until the hour has passed', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }] });
    const confirm = (ConfirmationCode: string) => cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'sam', ConfirmationCode });
    await repeat(15, () => confirm('000000'), MISMATCH[0]);
    const code = lastCodeFor(cloud, 'sam@example.com');
    await expectAwsError(confirm(code), ...LIMIT);
    cloud.clock.advance(59 * MINUTE);
    await expectAwsError(confirm(code), ...LIMIT);
    cloud.clock.advance(1 * MINUTE);
    await confirm(code);
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).UserStatus).toBe('CONFIRMED');
  });

  it('ResendConfirmationCode: 5 successful requests an hour count, the sixth is refused', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }] });
    const resend = () => cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'sam' });
    await repeat(5, resend);
    const sent = cloud.outbox.entries.length;
    await expectAwsError(resend(), ...LIMIT);
    expect(cloud.outbox.entries).toHaveLength(sent);
    cloud.clock.advance(HOUR);
    expect((await resend()).CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
  });

  it('counts each user separately', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    for (const name of ['sam', 'kim']) {
      await cloud.cognitoIdp.signUp({
        ClientId: clientId,
        Username: name,
        Password: PASSWORD,
        UserAttributes: [{ Name: 'email', Value: `${name}@example.com` }],
      });
    }
    await repeat(5, () => cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'sam' }));
    await expectAwsError(cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'sam' }), ...LIMIT);
    await cloud.cognitoIdp.resendConfirmationCode({ ClientId: clientId, Username: 'kim' });
  });

  it('ConfirmForgotPassword: 20 requests an hour', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: 'sam' });
    const confirm = (ConfirmationCode: string) =>
      cloud.cognitoIdp.confirmForgotPassword({ ClientId: clientId, Username: 'sam', ConfirmationCode, Password: 'Reset#5678' });
    await repeat(20, () => confirm('000000'), MISMATCH[0]);
    await expectAwsError(confirm(lastCodeFor(cloud, 'sam@example.com')), ...LIMIT);
    cloud.clock.advance(HOUR);
    // The reset code lives one hour too, so a fresh one is needed.
    await cloud.cognitoIdp.forgotPassword({ ClientId: clientId, Username: 'sam' });
    await confirm(lastCodeFor(cloud, 'sam@example.com'));
    expect((await tokensFor(cloud, clientId, 'sam', 'Reset#5678')).AccessToken).toBeDefined();
  });

  it('ChangePassword: 5 requests an hour, failed ones included', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const { AccessToken } = await tokensFor(cloud, clientId, 'sam');
    const change = (token: string, ProposedPassword: string) =>
      cloud.cognitoIdp.changePassword({ AccessToken: token, PreviousPassword: PASSWORD, ProposedPassword });
    await repeat(5, () => change(AccessToken, 'short'), 'InvalidPasswordException');
    await expectAwsError(change(AccessToken, 'Changed#5678'), ...LIMIT);
    cloud.clock.advance(HOUR);
    const fresh = await tokensFor(cloud, clientId, 'sam');
    await change(fresh.AccessToken, 'Changed#5678');
    expect((await tokensFor(cloud, clientId, 'sam', 'Changed#5678')).AccessToken).toBeDefined();
  });

  it('GetUserAttributeVerificationCode: 5 requests an hour', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const { AccessToken } = await tokensFor(cloud, clientId, 'sam');
    const ask = (token: string) => cloud.cognitoIdp.getUserAttributeVerificationCode({ AccessToken: token, AttributeName: 'email' });
    await repeat(5, () => ask(AccessToken));
    await expectAwsError(ask(AccessToken), ...LIMIT);
    cloud.clock.advance(HOUR);
    const fresh = await tokensFor(cloud, clientId, 'sam');
    expect((await ask(fresh.AccessToken)).CodeDeliveryDetails?.AttributeName).toBe('email');
  });

  it('VerifyUserAttribute: 15 requests an hour', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const { AccessToken } = await tokensFor(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminUpdateUserAttributes({
      UserPoolId: userPoolId,
      Username: 'sam',
      UserAttributes: [{ Name: 'email', Value: 'new@example.com' }],
    });
    const verify = (token: string, Code: string) => cloud.cognitoIdp.verifyUserAttribute({ AccessToken: token, AttributeName: 'email', Code });
    await repeat(15, () => verify(AccessToken, '000000'), MISMATCH[0]);
    const code = lastCodeFor(cloud, 'new@example.com');
    await expectAwsError(verify(AccessToken, code), ...LIMIT);
    cloud.clock.advance(HOUR);
    const fresh = await tokensFor(cloud, clientId, 'sam');
    await verify(fresh.AccessToken, code);
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(user.UserAttributes).toContainEqual({ Name: 'email_verified', Value: 'true' });
  });
});
