import { describe, expect, it } from 'vitest';
import { ARTICLE_USER, articlePool, expectAwsError, newCloud } from '../../../support/cloud';
import { poolsOf } from '../../../support/cloud';

describe('SignUp', () => {
  it('registers an unconfirmed user and emails a code to the masked address', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    const result = await cloud.cognitoIdp.signUp({
      ClientId: clientId,
      Username: ARTICLE_USER.username,
      Password: ARTICLE_USER.password,
      UserAttributes: [{ Name: 'email', Value: ARTICLE_USER.username }],
    });
    expect(result.UserConfirmed).toBe(false);
    expect(result.CodeDeliveryDetails).toEqual({ Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(result.UserSub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const mail = cloud.outbox.latest!;
    expect(mail.to).toBe(ARTICLE_USER.username);
    expect(mail.code).toMatch(/^\d{6}$/);
    expect(mail.body).toContain(mail.code);
  });

  it('rejects a second sign-up with the same username with UsernameExistsException', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    const request = { ClientId: clientId, Username: 'sam', Password: '#Abc1234', UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }] };
    await cloud.cognitoIdp.signUp(request);
    await expectAwsError(cloud.cognitoIdp.signUp(request), 'UsernameExistsException', 'User already exists');
  });

  it.each([
    ['short', 'Password not long enough'],
    ['ABCDEFG1#', 'Password must have lowercase characters'],
    ['abcdefg1#', 'Password must have uppercase characters'],
    ['Abcdefgh#', 'Password must have numeric characters'],
    ['Abcdefgh1', 'Password must have symbol characters'],
  ])('rejects %s with InvalidPasswordException: %s', async (password, reason) => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: password, UserAttributes: [{ Name: 'email', Value: 's@example.com' }] }),
      'InvalidPasswordException',
      `Password did not conform with policy: ${reason}`,
    );
  });

  it('requires the email the pool marks as required', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: '#Abc1234' }),
      'InvalidParameterException',
      'Attributes did not conform to the schema: email: The attribute email is required\n',
    );
  });

  it('answers an unknown client with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: 'nosuchclient', Username: 'sam', Password: '#Abc1234' }),
      'ResourceNotFoundException',
      'User pool client nosuchclient does not exist.',
    );
  });

  it('words a missing member as AWS validation does', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.signUp({ Username: 'sam' } as never),
      'InvalidParameterException',
      // Password is optional in AWS's current model (passwordless sign-up), so only ClientId is missing.
      "1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null",
    );
  });

  it('with email as username stores the sub as the username and refuses a second account for the email (any case, in a case-insensitive pool)', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { pool: { UsernameAttributes: ['email'], UsernameConfiguration: { CaseSensitive: false } } });
    const { UserSub } = await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'kim@example.com', Password: '#Abc1234' });
    expect(Object.keys(poolsOf(cloud)[userPoolId]!.users)).toEqual([UserSub]);
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'Kim@example.com', Password: '#Abc1234' }),
      'UsernameExistsException',
      'An account with the given email already exists.',
    );
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'kim', Password: '#Abc1234' }),
      'InvalidParameterException',
      'Username should be an email.',
    );
  });
});
