import { expect } from 'vitest';
import { cognitoIdp, createCloud, DEFAULT_START_TIME, type CreateCloudOptions, type Cloud, ManualClock, type UserPoolsState } from '../../src/engine';
import signingKeys from '../fixtures/signingKeys.json';

// The test cloud: a cloud, its pools and clients, its outbox, and AWS error checks.
// Users, sign-in and tokens are in ./users.

/** Pre-generated RS256 keys, so tests need no key generation and token bytes are reproducible. */
export const FIXTURE_KEYS = signingKeys as unknown as NonNullable<CreateCloudOptions['keys']>;

/** The simulated clock's starting instant as AWS puts it on the wire: epoch seconds. */
export const START_SECONDS = DEFAULT_START_TIME / 1000;

/** The article's example user: username and email `abc.xyz@gmail.com`, password `#Abc1234`. */
export const ARTICLE_USER = { username: 'abc.xyz@gmail.com', password: '#Abc1234', email: 'abc.xyz@gmail.com' } as const;

/** ExplicitAuthFlows for USER_PASSWORD_AUTH and refresh (the self-service and admin-user tests). */
export const USER_FLOWS: string[] = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** ExplicitAuthFlows for password sign-in through both entry points (InitiateAuth and AdminInitiateAuth), and refresh. */
export const PASSWORD_FLOWS: string[] = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** A fresh cloud with the fixture keys and a manual clock. */
export async function newCloud(options: CreateCloudOptions = {}): Promise<Cloud & { clock: ManualClock }> {
  return (await createCloud({ keys: FIXTURE_KEYS, ...options })) as Cloud & { clock: ManualClock };
}

export interface PoolSetup {
  /** The client's ExplicitAuthFlows (e.g. USER_FLOWS or PASSWORD_FLOWS); `client.ExplicitAuthFlows` wins over it. */
  flows?: readonly string[];
  /** Give the client a secret (GenerateSecret). */
  secret?: boolean;
  /** Members of CreateUserPool that replace the article's defaults. */
  pool?: Partial<Parameters<Cloud['cognitoIdp']['createUserPool']>[0]>;
  /** Members of CreateUserPoolClient that replace the defaults. */
  client?: Partial<Parameters<Cloud['cognitoIdp']['createUserPoolClient']>[0]>;
}

export interface PoolIds {
  userPoolId: string;
  clientId: string;
  clientSecret?: string;
}

/** A pool like the article's default one (email required and auto-verified) and one app client (no secret unless the setup asks). */
export async function articlePool(cloud: Cloud, setup: PoolSetup = {}): Promise<PoolIds> {
  const { UserPool } = await cloud.cognitoIdp.createUserPool({
    PoolName: 'article-pool',
    AutoVerifiedAttributes: ['email'],
    Schema: [{ Name: 'email', Required: true }],
    ...setup.pool,
  });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'article-app',
    ...(setup.flows ? { ExplicitAuthFlows: [...setup.flows] } : {}),
    ...(setup.secret ? { GenerateSecret: true } : {}),
    ...setup.client,
  });
  return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId, ...(UserPoolClient.ClientSecret ? { clientSecret: UserPoolClient.ClientSecret } : {}) };
}

/** A pool with only a name: every setting at AWS's default. */
export async function plainPool(cloud: Cloud, PoolName = 'plain-pool'): Promise<string> {
  const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName });
  return UserPool.Id;
}

/** A plain pool and one app client, created with exactly the members given (the client's ClientName defaults to `app`). */
export async function plainPoolAndClient(cloud: Cloud, client: PoolSetup['client'] = {}): Promise<{ userPoolId: string; clientId: string }> {
  const userPoolId = await plainPool(cloud);
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', ...client });
  return { userPoolId, clientId: UserPoolClient.ClientId };
}

/** The last code the cloud "sent" to an address. */
export function lastCodeFor(cloud: Cloud, to: string): string {
  const message = [...cloud.outbox.entries].reverse().find((m) => m.to === to && m.code);
  if (!message?.code) throw new Error(`No code was sent to ${to}`);
  return message.code;
}

/** The temporary password in the last invitation sent to an address (AWS's default template ends "…temporary password is <pw>."). */
export function temporaryPasswordFor(cloud: Cloud, to: string): string {
  const message = [...cloud.outbox.entries].reverse().find((m) => m.to === to && m.purpose === 'AdminCreateUser');
  const match = message ? /temporary password is (\S+)\.$/.exec(message.body) : null;
  if (!match?.[1]) throw new Error(`No invitation was sent to ${to}`);
  return match[1];
}

/** How many messages the outbox holds. */
export function sentCount(cloud: Cloud): number {
  return cloud.outbox.entries.length;
}

/** Asserts a promise rejects with AWS's error code and message. */
export async function expectAwsError(promise: Promise<unknown>, code: string, message: string | RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { name: string; message: string },
  );
  expect(error, `expected ${code}`).toBeDefined();
  expect(error!.name).toBe(code);
  if (typeof message === 'string') expect(error!.message).toBe(message);
  else expect(error!.message).toMatch(message);
}

/** The user pools' live records in a region (white-box checks only: the app reads `cloud.inspect(cognitoIdp)`). */
export function poolsOf(cloud: Cloud, region?: string): UserPoolsState['pools'] {
  return cloud.records(cognitoIdp, region).pools;
}
