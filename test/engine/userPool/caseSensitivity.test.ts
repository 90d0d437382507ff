import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/engine';
import { articlePool, expectAwsError, lastCodeFor, newCloud, PASSWORD_FLOWS, type PoolSetup } from '../../support/cloud';
import { confirmedUser, PASSWORD, passwordSignIn } from '../../support/users';

const NAME = 'abc.xyz@gmail.com';
const SHOUTED = 'ABC.XYZ@gmail.com';

async function poolWith(cloud: Cloud, pool: PoolSetup['pool'] = {}) {
  return articlePool(cloud, { flows: PASSWORD_FLOWS, pool });
}

describe('usernames in a pool created without UsernameConfiguration (case-sensitive, the API default)', () => {
  it('does not sign in, confirm or find a user under another capitalization', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWith(cloud);
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: NAME, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: NAME }] });
    const code = lastCodeFor(cloud, NAME);
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: SHOUTED, ConfirmationCode: code }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: NAME, ConfirmationCode: code });
    await expectAwsError(passwordSignIn(cloud, clientId, SHOUTED), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: SHOUTED }), 'UserNotFoundException', 'User does not exist.');
    expect((await passwordSignIn(cloud, clientId, NAME)).AuthenticationResult?.IdToken).toBeDefined();
  });

  it('lets SignUp register another capitalization as a separate user', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWith(cloud);
    const first = await confirmedUser(cloud, clientId, 'Sam');
    const second = await confirmedUser(cloud, clientId, 'sam', { email: 'other@example.com' });
    expect(second).not.toBe(first);
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'Sam' })).UserAttributes).toContainEqual({ Name: 'sub', Value: first });
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).UserAttributes).toContainEqual({ Name: 'sub', Value: second });
  });

  it('matches an email sign-in attribute (UsernameAttributes) exactly', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWith(cloud, { UsernameAttributes: ['email'] });
    await confirmedUser(cloud, clientId, NAME);
    await expectAwsError(passwordSignIn(cloud, clientId, SHOUTED), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: SHOUTED }), 'UserNotFoundException', 'User does not exist.');
    expect((await passwordSignIn(cloud, clientId, NAME)).AuthenticationResult?.IdToken).toBeDefined();
  });

  it('matches an email alias (AliasAttributes) exactly', async () => {
    const cloud = await newCloud();
    const { clientId } = await poolWith(cloud, { AliasAttributes: ['email'] });
    await confirmedUser(cloud, clientId, 'sam', { email: NAME });
    await expectAwsError(passwordSignIn(cloud, clientId, SHOUTED), 'UserNotFoundException', 'User does not exist.');
    expect((await passwordSignIn(cloud, clientId, NAME)).AuthenticationResult?.IdToken).toBeDefined();
  });
});

describe('usernames in a pool with UsernameConfiguration.CaseSensitive false', () => {
  const insensitive = { UsernameConfiguration: { CaseSensitive: false } };

  it('signs in, confirms and finds a user under any capitalization', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWith(cloud, insensitive);
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: NAME, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: NAME }] });
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: SHOUTED, ConfirmationCode: lastCodeFor(cloud, NAME) });
    expect((await passwordSignIn(cloud, clientId, SHOUTED)).AuthenticationResult?.IdToken).toBeDefined();
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: SHOUTED })).UserStatus).toBe('CONFIRMED');
  });

  it('refuses SignUp of another capitalization with UsernameExistsException', async () => {
    const cloud = await newCloud();
    const { clientId } = await poolWith(cloud, insensitive);
    await confirmedUser(cloud, clientId, 'Sam');
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sAM', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'other@example.com' }] }),
      'UsernameExistsException',
      'User already exists',
    );
  });

  it('ignores case in an email sign-in attribute and refuses a second account for it', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWith(cloud, { ...insensitive, UsernameAttributes: ['email'] });
    await confirmedUser(cloud, clientId, NAME);
    expect((await passwordSignIn(cloud, clientId, SHOUTED)).AuthenticationResult?.IdToken).toBeDefined();
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: SHOUTED })).UserStatus).toBe('CONFIRMED');
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: SHOUTED, Password: PASSWORD }),
      'UsernameExistsException',
      'An account with the given email already exists.',
    );
  });

  it('ignores case in an email alias', async () => {
    const cloud = await newCloud();
    const { clientId } = await poolWith(cloud, { ...insensitive, AliasAttributes: ['email'] });
    await confirmedUser(cloud, clientId, 'sam', { email: NAME });
    expect((await passwordSignIn(cloud, clientId, SHOUTED)).AuthenticationResult?.IdToken).toBeDefined();
  });
});
