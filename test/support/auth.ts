import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { Cloud } from '../../src/engine';
import { articlePool, lastCodeFor, type PoolSetup } from './cloud';

/** ExplicitAuthFlows that let tests sign in with a password through both entry points, and refresh. */
export const PASSWORD_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

export const PASSWORD = '#Abc1234';

/** The article's pool, with a client that allows password sign-in (unless the setup says otherwise). */
export async function signInPool(cloud: Cloud, setup: PoolSetup = {}): ReturnType<typeof articlePool> {
  return articlePool(cloud, { ...setup, client: { ExplicitAuthFlows: PASSWORD_FLOWS, ...setup.client } });
}

/** Signs a user up and confirms them with the emailed code, through the public API. */
export async function confirmedUser(
  cloud: Cloud,
  clientId: string,
  username: string,
  options: { password?: string; email?: string; attributes?: { Name: string; Value: string }[]; secretHash?: string } = {},
): Promise<string> {
  const email = options.email ?? (username.includes('@') ? username : `${username}@example.com`);
  const { UserSub } = await cloud.cognitoIdp.signUp({
    ClientId: clientId,
    Username: username,
    Password: options.password ?? PASSWORD,
    UserAttributes: [{ Name: 'email', Value: email }, ...(options.attributes ?? [])],
    ...(options.secretHash ? { SecretHash: options.secretHash } : {}),
  });
  await cloud.cognitoIdp.confirmSignUp({
    ClientId: clientId,
    Username: username,
    ConfirmationCode: lastCodeFor(cloud, email),
    ...(options.secretHash ? { SecretHash: options.secretHash } : {}),
  });
  return UserSub;
}

/** InitiateAuth with USER_PASSWORD_AUTH. */
export function passwordSignIn(cloud: Cloud, clientId: string, username: string, password: string = PASSWORD, extra: Record<string, string> = {}) {
  return cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password, ...extra },
  });
}

/** Signs in and returns the tokens, failing the test if a challenge comes back instead. */
export async function tokensFor(cloud: Cloud, clientId: string, username: string, password: string = PASSWORD) {
  const { AuthenticationResult } = await passwordSignIn(cloud, clientId, username, password);
  if (!AuthenticationResult?.RefreshToken) throw new Error(`No tokens for ${username}`);
  return { ...AuthenticationResult, RefreshToken: AuthenticationResult.RefreshToken };
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

/** The temporary password in the last invitation sent to an address (AWS's default template ends "…temporary password is <pw>."). */
export function temporaryPasswordFor(cloud: Cloud, to: string): string {
  const message = [...cloud.outbox.entries].reverse().find((m) => m.to === to && m.purpose === 'AdminCreateUser');
  const match = message ? /temporary password is (\S+)\.$/.exec(message.body) : null;
  if (!match?.[1]) throw new Error(`No invitation was sent to ${to}`);
  return match[1];
}

/** A token's claims and header, unverified. */
export function decode(token: string): { header: ReturnType<typeof decodeProtectedHeader>; claims: Record<string, unknown> } {
  return { header: decodeProtectedHeader(token), claims: decodeJwt(token) as Record<string, unknown> };
}
