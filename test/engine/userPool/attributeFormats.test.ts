import { describe, expect, it } from 'vitest';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS, poolsOf } from '../../support/cloud';
import { confirmedUser, invitedUser, PASSWORD, passwordSignIn, tokensFor } from '../../support/users';

const BAD_EMAIL = ['InvalidParameterException', 'Invalid email address format.'] as const;
const BAD_PHONE = ['InvalidParameterException', 'Invalid phone number format.'] as const;

describe('email and phone_number formats', () => {
  it('SignUp refuses a malformed email or phone number and stores nothing', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    const signUp = (attributes: { Name: string; Value: string }[]) =>
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: PASSWORD, UserAttributes: attributes });
    await expectAwsError(signUp([{ Name: 'email', Value: 'nope' }]), ...BAD_EMAIL);
    await expectAwsError(
      signUp([
        { Name: 'email', Value: 'sam@example.com' },
        { Name: 'phone_number', Value: '555-1234' },
      ]),
      ...BAD_PHONE,
    );
    await expectAwsError(
      signUp([
        { Name: 'email', Value: 'sam@example.com' },
        { Name: 'phone_number', Value: '+1 206 555 1234' },
      ]),
      ...BAD_PHONE,
    );
    expect(poolsOf(cloud)[userPoolId]!.users).toEqual({});
    expect(cloud.outbox.entries).toEqual([]);
    const ok = await signUp([
      { Name: 'email', Value: 'sam@example.com' },
      { Name: 'phone_number', Value: '+12065551234' },
    ]);
    expect(ok.CodeDeliveryDetails?.Destination).toBe('s***@e***.com');
  });

  it('AdminCreateUser refuses a malformed email or phone number', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    const create = (Name: string, Value: string) =>
      cloud.cognitoIdp.adminCreateUser({ UserPoolId: userPoolId, Username: 'kim', MessageAction: 'SUPPRESS', UserAttributes: [{ Name, Value }] });
    await expectAwsError(create('email', 'kim@'), ...BAD_EMAIL);
    await expectAwsError(create('phone_number', '12065551234'), ...BAD_PHONE);
  });

  it('UpdateUserAttributes refuses a malformed email or phone number and keeps the old values', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const { AccessToken } = await tokensFor(cloud, clientId, 'sam');
    const update = (Name: string, Value: string) => cloud.cognitoIdp.updateUserAttributes({ AccessToken, UserAttributes: [{ Name, Value }] });
    await expectAwsError(update('email', 'nope'), ...BAD_EMAIL);
    await expectAwsError(update('phone_number', '+1206555abcd'), ...BAD_PHONE);
    expect(poolsOf(cloud)[userPoolId]!.users['sam']!.attributes['email']).toBe('sam@example.com');
  });

  it('AdminUpdateUserAttributes refuses a malformed email or phone number', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const update = (Name: string, Value: string) =>
      cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name, Value }] });
    await expectAwsError(update('email', 'sam at example.com'), ...BAD_EMAIL);
    await expectAwsError(update('phone_number', '+'), ...BAD_PHONE);
  });

  it('the NEW_PASSWORD_REQUIRED answer refuses a malformed email or phone number', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await invitedUser(cloud, userPoolId, 'kim');
    const { Session } = await passwordSignIn(cloud, clientId, 'kim', 'Temp#1234');
    const answer = (name: string, value: string) =>
      cloud.cognitoIdp.respondToAuthChallenge({
        ClientId: clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: Session!,
        ChallengeResponses: { USERNAME: 'kim', NEW_PASSWORD: 'Chosen#5678', [`userAttributes.${name}`]: value },
      });
    await expectAwsError(answer('email', 'nope'), ...BAD_EMAIL);
    await expectAwsError(answer('phone_number', 'nope'), ...BAD_PHONE);
  });
});
