import type { Cloud } from '../../src/engine';
import { articlePool, lastCodeFor, newCloud } from './cloud';

export const PASSWORD = '#Abc1234';

/** A user who signed up but never confirmed: UNCONFIRMED, email unverified. */
export async function unconfirmedUser(cloud: Cloud, clientId: string, username = 'sam', email = `${username}@example.com`): Promise<string> {
  const { UserSub } = await cloud.cognitoIdp.signUp({
    ClientId: clientId,
    Username: username,
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: email }],
  });
  return UserSub;
}

/** A user who signed up and confirmed with the emailed code: CONFIRMED, email verified. */
export async function confirmedUser(cloud: Cloud, clientId: string, username = 'sam', email = `${username}@example.com`): Promise<string> {
  const sub = await unconfirmedUser(cloud, clientId, username, email);
  await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: username, ConfirmationCode: lastCodeFor(cloud, email) });
  return sub;
}

/** A fresh cloud with the article's pool, a client that allows USER_PASSWORD_AUTH, and one confirmed user `sam`. */
export async function poolWithSam(setup: Parameters<typeof articlePool>[1] = {}) {
  const cloud = await newCloud();
  const ids = await articlePool(cloud, {
    ...setup,
    client: { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], ...setup.client },
  });
  const sub = await confirmedUser(cloud, ids.clientId);
  return { cloud, ...ids, sub };
}

/** Signs `username` in with USER_PASSWORD_AUTH and returns the tokens. */
export async function signIn(cloud: Cloud, clientId: string, username = 'sam', password = PASSWORD) {
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  if (!AuthenticationResult) throw new Error('expected tokens, got a challenge');
  return AuthenticationResult;
}
