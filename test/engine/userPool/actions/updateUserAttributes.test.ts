import { describe, expect, it } from 'vitest';
import { ARTICLE_USER, articlePool, expectAwsError, lastCodeFor, newCloud, sentCount, USER_FLOWS } from '../../../support/cloud';
import { confirmedUser, signedInUser, testUser, tokensFor, unconfirmedUser } from '../../../support/users';

const attributesOf = async (cloud: Awaited<ReturnType<typeof newCloud>>, accessToken: string) =>
  Object.fromEntries((await cloud.cognitoIdp.getUser({ AccessToken: accessToken })).UserAttributes.map((a) => [a.Name, a.Value]));

describe('UpdateUserAttributes', () => {
  it('changes an ordinary attribute and answers with no deliveries', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    const result = await cloud.cognitoIdp.updateUserAttributes({ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'name', Value: 'Abc Xyz' }] });
    expect(result).toEqual({});
    expect((await attributesOf(cloud, tokens.AccessToken))['name']).toBe('Abc Xyz');
  });

  it('a new email becomes unverified and gets a verification code at the new address', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, 'sam');
    const result = await cloud.cognitoIdp.updateUserAttributes({
      AccessToken: tokens.AccessToken,
      UserAttributes: [{ Name: 'email', Value: 'sam.new@example.org' }],
    });
    expect(result).toEqual({ CodeDeliveryDetailsList: [{ Destination: 's***@e***.org', DeliveryMedium: 'EMAIL', AttributeName: 'email' }] });
    expect(cloud.outbox.latest).toMatchObject({ to: 'sam.new@example.org', purpose: 'UpdateUserAttribute' });
    const attributes = await attributesOf(cloud, tokens.AccessToken);
    expect(attributes['email']).toBe('sam.new@example.org');
    expect(attributes['email_verified']).toBe('false');
  });

  it('sends no code for a new email when the pool does not auto-verify email, but still marks it unverified', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: USER_FLOWS, pool: { AutoVerifiedAttributes: [] } });
    const sam = testUser('sam');
    await unconfirmedUser(cloud, clientId, sam);
    await cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: userPoolId, Username: sam.username });
    const tokens = await tokensFor(cloud, clientId, sam);
    const before = sentCount(cloud);
    const result = await cloud.cognitoIdp.updateUserAttributes({
      AccessToken: tokens.AccessToken,
      UserAttributes: [{ Name: 'email', Value: 'sam.new@example.org' }],
    });
    expect(result).toEqual({});
    expect(sentCount(cloud)).toBe(before);
    expect((await attributesOf(cloud, tokens.AccessToken))['email_verified']).toBe('false');
  });

  it('leaves an unchanged email verified and sends nothing', async () => {
    const cloud = await newCloud();
    const { tokens, user } = await signedInUser(cloud, 'sam');
    const before = sentCount(cloud);
    const result = await cloud.cognitoIdp.updateUserAttributes({ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'email', Value: user.email }] });
    expect(result).toEqual({});
    expect(sentCount(cloud)).toBe(before);
    expect((await attributesOf(cloud, tokens.AccessToken))['email_verified']).toBe('true');
  });

  it('keeps the old email until the new one is verified when the pool requires verification before update', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, 'sam', { pool: { UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } } });
    await cloud.cognitoIdp.updateUserAttributes({ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'email', Value: 'sam.new@example.org' }] });
    let attributes = await attributesOf(cloud, tokens.AccessToken);
    expect(attributes['email']).toBe('sam@example.com');
    expect(attributes['email_verified']).toBe('true');
    await cloud.cognitoIdp.verifyUserAttribute({ AccessToken: tokens.AccessToken, AttributeName: 'email', Code: lastCodeFor(cloud, 'sam.new@example.org') });
    attributes = await attributesOf(cloud, tokens.AccessToken);
    expect(attributes['email']).toBe('sam.new@example.org');
    expect(attributes['email_verified']).toBe('true');
  });

  it('refuses an attribute the pool does not have', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.updateUserAttributes({ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'custom:plan', Value: 'gold' }] }),
      'InvalidParameterException',
      'Attributes did not conform to the schema: custom:plan: Attribute does not exist in the schema.\n',
    );
  });

  it('refuses an attribute the app client may not write', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER, { client: { WriteAttributes: ['email'] } });
    await expectAwsError(
      cloud.cognitoIdp.updateUserAttributes({ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'name', Value: 'Abc' }] }),
      'NotAuthorizedException',
      'A client attempted to write unauthorized attribute',
    );
  });

  it('refuses an email another user signs in with when email is the username', async () => {
    const cloud = await newCloud();
    const sam = { username: 'sam@example.com', email: 'sam@example.com', password: '#Abc1234' };
    const { clientId, tokens } = await signedInUser(cloud, sam, { pool: { UsernameAttributes: ['email'] } });
    await confirmedUser(cloud, clientId, { username: 'kim@example.com', email: 'kim@example.com', password: '#Abc1234' });
    await expectAwsError(
      cloud.cognitoIdp.updateUserAttributes({ AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'email', Value: 'kim@example.com' }] }),
      'AliasExistsException',
      'An account with the given email already exists.',
    );
  });
});
