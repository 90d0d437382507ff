import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { confirmedUser, poolWithUser, unconfirmedUser } from '../../../support/users';

async function attributesOf(cloud: Awaited<ReturnType<typeof newCloud>>, userPoolId: string, username = 'sam') {
  const { UserAttributes } = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: username });
  return Object.fromEntries(UserAttributes.map((a) => [a.Name, a.Value]));
}

describe('AdminUpdateUserAttributes', () => {
  it('sets and changes attributes and moves UserLastModifiedDate', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    cloud.clock.advance(HOUR);
    const result = await cloud.cognitoIdp.adminUpdateUserAttributes({
      UserPoolId: userPoolId,
      Username: 'sam',
      UserAttributes: [
        { Name: 'given_name', Value: 'Sam' },
        { Name: 'family_name', Value: 'Reddy' },
      ],
    });
    expect(result).toEqual({});
    expect(await attributesOf(cloud, userPoolId)).toMatchObject({ given_name: 'Sam', family_name: 'Reddy', email: 'sam@example.com' });
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(user.UserLastModifiedDate).toBe(cloud.clock.now() / 1000);
  });

  it('deletes an attribute given a blank value', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name: 'name', Value: 'Sam' }] });
    await cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name: 'name', Value: '' }] });
    expect(await attributesOf(cloud, userPoolId)).not.toHaveProperty('name');
  });

  it('marks a changed email unverified and sends a verification code to the new address', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminUpdateUserAttributes({
      UserPoolId: userPoolId,
      Username: 'sam',
      UserAttributes: [{ Name: 'email', Value: 'sam@new.example' }],
    });
    expect(await attributesOf(cloud, userPoolId)).toMatchObject({ email: 'sam@new.example', email_verified: 'false' });
    const mail = cloud.outbox.latest!;
    expect(mail).toMatchObject({ to: 'sam@new.example', purpose: 'UpdateUserAttribute' });
    expect(poolsOf(cloud)[userPoolId]!.users['sam']!.attributeCodes['email']).toMatchObject({ code: mail.code, expiresAt: cloud.clock.now() + 24 * HOUR });
  });

  it('lets an administrator change an email and mark it verified at once, sending nothing', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    const sent = cloud.outbox.entries.length;
    await cloud.cognitoIdp.adminUpdateUserAttributes({
      UserPoolId: userPoolId,
      Username: 'sam',
      UserAttributes: [
        { Name: 'email', Value: 'sam@new.example' },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    expect(await attributesOf(cloud, userPoolId)).toMatchObject({ email: 'sam@new.example', email_verified: 'true' });
    expect(cloud.outbox.entries.length).toBe(sent);
  });

  it('lets an administrator verify an existing email with email_verified alone', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await unconfirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name: 'email_verified', Value: 'true' }] });
    expect(await attributesOf(cloud, userPoolId)).toMatchObject({ email_verified: 'true' });
  });

  it('refuses an attribute the schema does not have', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name: 'custom:plan', Value: 'gold' }] }),
      'InvalidParameterException',
      'Attributes did not conform to the schema: custom:plan: Attribute does not exist in the schema.\n',
    );
  });

  it('refuses to write an immutable attribute, even one never set', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud, {
      pool: {
        Schema: [
          { Name: 'email', Required: true },
          { Name: 'tenant', AttributeDataType: 'String', Mutable: false },
        ],
      },
    });
    await confirmedUser(cloud, clientId, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name: 'custom:tenant', Value: 'acme' }] }),
      'InvalidParameterException',
      'user.custom:tenant: Attribute cannot be updated.',
    );
  });

  it('refuses to delete a required attribute', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, Username: 'sam', UserAttributes: [{ Name: 'email', Value: '' }] }),
      'InvalidParameterException',
      'Attributes did not conform to the schema: email: The attribute email is required\n',
    );
  });

  it('refuses a verification flag for an address the user does not have', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(
      cloud.cognitoIdp.adminUpdateUserAttributes({
        UserPoolId: userPoolId,
        Username: 'sam',
        UserAttributes: [{ Name: 'phone_number_verified', Value: 'true' }],
      }),
      'InvalidParameterException',
      'Phone Number is required to verify/un-verify a phone number',
    );
  });

  it('refuses an email another user signs in with (any case, in a case-insensitive pool), in an email-as-username pool', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud, { pool: { UsernameAttributes: ['email'], UsernameConfiguration: { CaseSensitive: false } } });
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'kim@example.com', Password: '#Abc1234' });
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'lee@example.com', Password: '#Abc1234' });
    await expectAwsError(
      cloud.cognitoIdp.adminUpdateUserAttributes({
        UserPoolId: userPoolId,
        Username: 'lee@example.com',
        UserAttributes: [{ Name: 'email', Value: 'Kim@example.com' }],
      }),
      'AliasExistsException',
      'An account with the given email already exists.',
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    const request = { Username: 'nobody', UserAttributes: [{ Name: 'name', Value: 'X' }] };
    await expectAwsError(cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: userPoolId, ...request }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(
      cloud.cognitoIdp.adminUpdateUserAttributes({ UserPoolId: 'us-east-1_nothere', ...request }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
