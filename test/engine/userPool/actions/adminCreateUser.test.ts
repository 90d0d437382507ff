import { describe, expect, it } from 'vitest';
import { DAY, SECOND } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS, poolsOf, temporaryPasswordFor } from '../../../support/cloud';
import { invitedUser, passwordSignIn } from '../../../support/users';

const START = Date.UTC(2026, 0, 15, 9, 0, 0) / 1000;

describe('AdminCreateUser', () => {
  it('creates a FORCE_CHANGE_PASSWORD user and answers with AWS’s UserType', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    const { User } = await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: 'kim',
      TemporaryPassword: 'Temp#1234',
      UserAttributes: [
        { Name: 'email', Value: 'kim@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
      DesiredDeliveryMediums: ['EMAIL'],
    });
    const sub = poolsOf(cloud)[userPoolId]!.users['kim']!.sub;
    expect(User).toEqual({
      Username: 'kim',
      Attributes: [
        { Name: 'sub', Value: sub },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'email', Value: 'kim@example.com' },
      ],
      UserCreateDate: START,
      UserLastModifiedDate: START,
      Enabled: true,
      UserStatus: 'FORCE_CHANGE_PASSWORD',
    });
  });

  it('emails an invitation with the username and temporary password, and no code', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: 'kim',
      TemporaryPassword: 'Temp#1234',
      UserAttributes: [{ Name: 'email', Value: 'kim@example.com' }],
      DesiredDeliveryMediums: ['EMAIL'],
    });
    const mail = cloud.outbox.latest!;
    expect(mail).toMatchObject({
      channel: 'EMAIL',
      to: 'kim@example.com',
      destination: 'k***@e***.com',
      subject: 'Your temporary password',
      body: 'Your username is kim and temporary password is Temp#1234.',
      purpose: 'AdminCreateUser',
    });
    expect(mail.code).toBeUndefined();
  });

  it('sends the invitation by SMS by default, and nothing to a user without a phone number', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: 'kim',
      UserAttributes: [
        { Name: 'email', Value: 'kim@example.com' },
        { Name: 'phone_number', Value: '+12065551234' },
      ],
    });
    expect(cloud.outbox.latest).toMatchObject({ channel: 'SMS', to: '+12065551234', destination: '+*******1234' });
    const sent = cloud.outbox.entries.length;
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'lee', UserAttributes: [{ Name: 'email', Value: 'lee@example.com' }] });
    expect(cloud.outbox.entries.length).toBe(sent);
  });

  it('uses the pool’s invitation template', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, {
      flows: PASSWORD_FLOWS,
      pool: { AdminCreateUserConfig: { InviteMessageTemplate: { EmailSubject: 'Welcome', EmailMessage: 'Hi {username}, use {####} to sign in.' } } },
    });
    await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: 'kim',
      TemporaryPassword: 'Temp#1234',
      UserAttributes: [{ Name: 'email', Value: 'kim@example.com' }],
      DesiredDeliveryMediums: ['EMAIL'],
    });
    expect(cloud.outbox.latest).toMatchObject({ subject: 'Welcome', body: 'Hi kim, use Temp#1234 to sign in.' });
  });

  it('generates a temporary password that meets the policy and signs in to NEW_PASSWORD_REQUIRED', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, {
      flows: PASSWORD_FLOWS,
      pool: { Policies: { PasswordPolicy: { MinimumLength: 16, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true } } },
    });
    await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: 'kim',
      UserAttributes: [{ Name: 'email', Value: 'kim@example.com' }],
      DesiredDeliveryMediums: ['EMAIL'],
    });
    const temporary = temporaryPasswordFor(cloud, 'kim@example.com');
    expect(temporary.length).toBeGreaterThanOrEqual(16);
    expect((await passwordSignIn(cloud, clientId, 'kim', temporary)).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });

  it('sends nothing with MessageAction SUPPRESS', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await invitedUser(cloud, userPoolId, 'kim');
    expect(cloud.outbox.entries.filter((m) => m.purpose === 'AdminCreateUser')).toEqual([]);
  });

  it('refuses an existing username with UsernameExistsException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await invitedUser(cloud, userPoolId, 'kim');
    await expectAwsError(invitedUser(cloud, userPoolId, 'kim'), 'UsernameExistsException', 'User account already exists');
  });

  it('refuses a temporary password that breaks the policy', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await expectAwsError(
      invitedUser(cloud, userPoolId, 'kim', 'temp#1234'),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have uppercase characters',
    );
  });

  it('stores the sub as username and fills in the email when the pool signs in with email', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, pool: { UsernameAttributes: ['email'] } });
    const { User } = await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: 'kim@example.com',
      TemporaryPassword: 'Temp#1234',
      MessageAction: 'SUPPRESS',
    });
    expect(User.Username).toBe(User.Attributes.find((a) => a.Name === 'sub')!.Value);
    expect(User.Attributes).toContainEqual({ Name: 'email', Value: 'kim@example.com' });
    expect((await passwordSignIn(cloud, clientId, 'kim@example.com', 'Temp#1234')).ChallengeParameters['USER_ID_FOR_SRP']).toBe(User.Username);
    await expectAwsError(
      cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'kim@example.com', MessageAction: 'SUPPRESS' }),
      'UsernameExistsException',
      'User account already exists',
    );
  });

  it('lets the temporary password expire after TemporaryPasswordValidityDays', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, {
      flows: PASSWORD_FLOWS,
      pool: { Policies: { PasswordPolicy: { MinimumLength: 8, RequireUppercase: true, RequireNumbers: true, TemporaryPasswordValidityDays: 1 } } },
    });
    await invitedUser(cloud, userPoolId, 'kim');
    cloud.clock.advance(DAY);
    expect((await passwordSignIn(cloud, clientId, 'kim', 'Temp#1234')).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    cloud.clock.advance(SECOND);
    await expectAwsError(
      passwordSignIn(cloud, clientId, 'kim', 'Temp#1234'),
      'NotAuthorizedException',
      'Temporary password has expired and must be reset by an administrator.',
    );
  });

  describe('with MessageAction RESEND', () => {
    it('sends a fresh temporary password with a fresh expiry', async () => {
      const cloud = await newCloud();
      const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
      await invitedUser(cloud, userPoolId, 'kim');
      cloud.clock.advance(7 * DAY + SECOND);
      await cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'kim', MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] });
      const temporary = temporaryPasswordFor(cloud, 'kim@example.com');
      await expectAwsError(passwordSignIn(cloud, clientId, 'kim', 'Temp#1234'), 'NotAuthorizedException', 'Incorrect username or password.');
      expect((await passwordSignIn(cloud, clientId, 'kim', temporary)).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    });

    it('answers an unknown user with UserNotFoundException', async () => {
      const cloud = await newCloud();
      const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
      await expectAwsError(
        cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'nobody', MessageAction: 'RESEND' }),
        'UserNotFoundException',
        'User does not exist.',
      );
    });

    it('refuses a user who already chose a password', async () => {
      const cloud = await newCloud();
      const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
      await invitedUser(cloud, userPoolId, 'kim');
      const { Session } = await passwordSignIn(cloud, clientId, 'kim', 'Temp#1234');
      await cloud.cognitoIdp.respondToAuthChallenge({
        ClientId: clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: Session!,
        ChallengeResponses: { USERNAME: 'kim', NEW_PASSWORD: 'Chosen#5678' },
      });
      await expectAwsError(
        cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'kim', MessageAction: 'RESEND' }),
        'UnsupportedUserStateException',
        'Resend not possible. kim status is CONFIRMED.',
      );
    });
  });

  describe('with email as an alias', () => {
    const verified = (username: string, force?: boolean) => ({
      UserPoolId: '',
      Username: username,
      MessageAction: 'SUPPRESS' as const,
      UserAttributes: [
        { Name: 'email', Value: 'shared@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
      ...(force !== undefined ? { ForceAliasCreation: force } : {}),
    });

    it('refuses a verified email another user holds, unless ForceAliasCreation moves it', async () => {
      const cloud = await newCloud();
      const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, pool: { AliasAttributes: ['email'] } });
      await cloud.cognitoIdp.adminCreateUser({ ...verified('kim'), UserPoolId: userPoolId });
      await expectAwsError(
        cloud.cognitoIdp.adminCreateUser({ ...verified('lee'), UserPoolId: userPoolId }),
        'AliasExistsException',
        'An account with the given email already exists.',
      );
      await cloud.cognitoIdp.adminCreateUser({ ...verified('lee', true), UserPoolId: userPoolId });
      const users = poolsOf(cloud)[userPoolId]!.users;
      expect(users['kim']!.attributes['email_verified']).toBe('false');
      expect(users['lee']!.attributes['email_verified']).toBe('true');
    });
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(invitedUser(cloud, 'us-east-1_nosuchpol', 'kim'), 'ResourceNotFoundException', 'User pool us-east-1_nosuchpol does not exist.');
  });
});
