import { decodeJwt, decodeProtectedHeader } from 'jose';
import { computeSecretHash, type Cloud } from '../../src/engine';
import { articlePool, lastCodeFor, USER_FLOWS, type PoolIds, type PoolSetup } from './cloud';

// Users, sign-in and tokens in the test cloud (the cloud and its pools are in ./cloud).

/** The password every test user has unless told otherwise (the article's). */
export const PASSWORD = '#Abc1234';

export interface TestUser {
  username: string;
  password: string;
  email: string;
}

/** A user: a username (password PASSWORD; email the username if it is an address, else `<username>@example.com`) or a full TestUser. */
export type UserSpec = string | TestUser;

export interface SignUpOptions {
  /** Replaces the user's password. */
  password?: string;
  /** Replaces the user's email. */
  email?: string;
  /** More attributes after the email. */
  attributes?: { Name: string; Value: string }[];
  /** The client's secret: SignUp and ConfirmSignUp send the SecretHash computed from it. */
  clientSecret?: string;
  /** A SecretHash to send as is. */
  secretHash?: string;
}

/** The TestUser a spec stands for, with the options' password and email applied. */
export function testUser(spec: UserSpec, options: Pick<SignUpOptions, 'password' | 'email'> = {}): TestUser {
  const base = typeof spec === 'string' ? { username: spec, password: PASSWORD, email: spec.includes('@') ? spec : `${spec}@example.com` } : spec;
  return { username: base.username, password: options.password ?? base.password, email: options.email ?? base.email };
}

async function secretHashFor(clientId: string, username: string, options: SignUpOptions): Promise<{ SecretHash?: string }> {
  if (options.secretHash) return { SecretHash: options.secretHash };
  if (options.clientSecret) return { SecretHash: await computeSecretHash(options.clientSecret, username, clientId) };
  return {};
}

/** SignUp only: the user stays UNCONFIRMED (email unverified) with a code in the outbox. Returns the sub. */
export async function unconfirmedUser(cloud: Cloud, clientId: string, spec: UserSpec, options: SignUpOptions = {}): Promise<string> {
  const user = testUser(spec, options);
  const { UserSub } = await cloud.cognitoIdp.signUp({
    ClientId: clientId,
    Username: user.username,
    Password: user.password,
    UserAttributes: [{ Name: 'email', Value: user.email }, ...(options.attributes ?? [])],
    ...(await secretHashFor(clientId, user.username, options)),
  });
  return UserSub;
}

/** SignUp then ConfirmSignUp with the emailed code: a CONFIRMED user with a verified email. Returns the sub. */
export async function confirmedUser(cloud: Cloud, clientId: string, spec: UserSpec, options: SignUpOptions = {}): Promise<string> {
  const user = testUser(spec, options);
  const sub = await unconfirmedUser(cloud, clientId, user, options);
  await cloud.cognitoIdp.confirmSignUp({
    ClientId: clientId,
    Username: user.username,
    ConfirmationCode: lastCodeFor(cloud, user.email),
    ...(await secretHashFor(clientId, user.username, options)),
  });
  return sub;
}

/** Creates a FORCE_CHANGE_PASSWORD user with a known temporary password and no invitation. */
export async function invitedUser(cloud: Cloud, userPoolId: string, username: string, temporaryPassword = 'Temp#1234', email?: string) {
  return cloud.cognitoIdp.adminCreateUser({
    UserPoolId: userPoolId,
    Username: username,
    TemporaryPassword: temporaryPassword,
    MessageAction: 'SUPPRESS',
    UserAttributes: [{ Name: 'email', Value: email ?? `${username}@example.com` }],
  });
}

/** InitiateAuth with USER_PASSWORD_AUTH: the raw response (tokens or a challenge). */
export function passwordSignIn(cloud: Cloud, clientId: string, username: string, password: string = PASSWORD, extra: Record<string, string> = {}) {
  return cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password, ...extra },
  });
}

/** Signs in with USER_PASSWORD_AUTH and returns the tokens, failing the test if a challenge comes back instead. */
export async function tokensFor(cloud: Cloud, clientId: string, spec: UserSpec, password?: string) {
  const user = testUser(spec);
  const { AuthenticationResult } = await passwordSignIn(cloud, clientId, user.username, password ?? user.password);
  if (!AuthenticationResult?.RefreshToken) throw new Error(`No tokens for ${user.username}`);
  return { ...AuthenticationResult, RefreshToken: AuthenticationResult.RefreshToken };
}

/** REFRESH_TOKEN_AUTH with a refresh token. */
export function refresh(cloud: Cloud, clientId: string, refreshToken: string) {
  return cloud.cognitoIdp.initiateAuth({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });
}

/** The article's pool (client flows USER_FLOWS unless the setup says otherwise) with one confirmed user. */
export async function poolWithUser(cloud: Cloud, spec: UserSpec, setup: PoolSetup = {}): Promise<PoolIds & { user: TestUser; sub: string }> {
  const pool = await articlePool(cloud, { flows: USER_FLOWS, ...setup });
  const user = testUser(spec);
  const sub = await confirmedUser(cloud, pool.clientId, user);
  return { ...pool, user, sub };
}

/** poolWithUser, then signed in: the starting point of every token-authorized action. */
export async function signedInUser(cloud: Cloud, spec: UserSpec, setup: PoolSetup = {}) {
  const pooled = await poolWithUser(cloud, spec, setup);
  const tokens = await tokensFor(cloud, pooled.clientId, pooled.user);
  return { ...pooled, tokens };
}

/** A token's claims and header, unverified. */
export function decode(token: string): { header: ReturnType<typeof decodeProtectedHeader>; claims: Record<string, unknown> } {
  return { header: decodeProtectedHeader(token), claims: decodeJwt(token) as Record<string, unknown> };
}
