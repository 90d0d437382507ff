import type { Cloud } from '../../src/engine';
import { computeSecretHash } from '../../src/engine';
import { ARTICLE_USER, articlePool, lastCodeFor, type PoolSetup } from './cloud';

/** Flows the self-service tests need: sign in with a password, and refresh. */
export const USER_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** The article's pool with a client that allows USER_PASSWORD_AUTH (unless the setup says otherwise). */
export async function userPool(cloud: Cloud, setup: PoolSetup = {}) {
  return articlePool(cloud, { ...setup, client: { ExplicitAuthFlows: USER_FLOWS, ...setup.client } });
}

export interface TestUser {
  username: string;
  password: string;
  email: string;
}

/** The article's user: username and email `abc.xyz@gmail.com`, password `#Abc1234`. */
export const ARTICLE: TestUser = { username: ARTICLE_USER.username, password: ARTICLE_USER.password, email: ARTICLE_USER.username };

/** A user named after `name`, with `<name>@example.com`. */
export function testUser(name: string, password = '#Abc1234'): TestUser {
  return { username: name, password, email: `${name}@example.com` };
}

/** SignUp only: the user stays UNCONFIRMED with a code in the outbox. */
export async function signedUp(cloud: Cloud, clientId: string, user: TestUser = ARTICLE, clientSecret?: string) {
  return cloud.cognitoIdp.signUp({
    ClientId: clientId,
    Username: user.username,
    Password: user.password,
    UserAttributes: [{ Name: 'email', Value: user.email }],
    ...(clientSecret ? { SecretHash: await computeSecretHash(clientSecret, user.username, clientId) } : {}),
  });
}

/** SignUp then ConfirmSignUp with the emailed code: a CONFIRMED user with a verified email. */
export async function confirmed(cloud: Cloud, clientId: string, user: TestUser = ARTICLE, clientSecret?: string) {
  const result = await signedUp(cloud, clientId, user, clientSecret);
  await cloud.cognitoIdp.confirmSignUp({
    ClientId: clientId,
    Username: user.username,
    ConfirmationCode: lastCodeFor(cloud, user.email),
    ...(clientSecret ? { SecretHash: await computeSecretHash(clientSecret, user.username, clientId) } : {}),
  });
  return result;
}

/** InitiateAuth USER_PASSWORD_AUTH; returns the tokens or fails the test. */
export async function signIn(cloud: Cloud, clientId: string, user: TestUser = ARTICLE, password = user.password) {
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: user.username, PASSWORD: password },
  });
  if (!AuthenticationResult?.RefreshToken) throw new Error(`Sign-in for ${user.username} returned no tokens`);
  return { ...AuthenticationResult, RefreshToken: AuthenticationResult.RefreshToken };
}

/** A confirmed, signed-in user in a fresh pool: the starting point of every token-authorized action. */
export async function signedInUser(cloud: Cloud, setup: PoolSetup = {}, user: TestUser = ARTICLE) {
  const pool = await userPool(cloud, setup);
  const { UserSub } = await confirmed(cloud, pool.clientId, user);
  const tokens = await signIn(cloud, pool.clientId, user);
  return { ...pool, user, sub: UserSub, tokens };
}

/** REFRESH_TOKEN_AUTH with a refresh token. */
export function refresh(cloud: Cloud, clientId: string, refreshToken: string) {
  return cloud.cognitoIdp.initiateAuth({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });
}

/** How many messages the outbox holds. */
export function sentCount(cloud: Cloud): number {
  return cloud.outbox.entries.length;
}
