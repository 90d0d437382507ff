import { expect } from 'vitest';
import { cognitoIdp, createCloud, type CreateCloudOptions, type Cloud, ManualClock, type UserPoolsState } from '../../src/engine';
import signingKeys from '../fixtures/signingKeys.json';

/** Pre-generated RS256 keys, so tests need no key generation and token bytes are reproducible. */
export const FIXTURE_KEYS = signingKeys as unknown as NonNullable<CreateCloudOptions['keys']>;

/** The article's example user. */
export const ARTICLE_USER = { username: 'abc.xyz@gmail.com', password: '#Abc1234' } as const;

export async function newCloud(options: CreateCloudOptions = {}): Promise<Cloud & { clock: ManualClock }> {
  return (await createCloud({ keys: FIXTURE_KEYS, ...options })) as Cloud & { clock: ManualClock };
}

export interface PoolSetup {
  pool?: Partial<Parameters<Cloud['cognitoIdp']['createUserPool']>[0]>;
  client?: Partial<Parameters<Cloud['cognitoIdp']['createUserPoolClient']>[0]>;
}

/** A pool like the article's default one (email required and auto-verified) and one app client without a secret. */
export async function articlePool(cloud: Cloud, setup: PoolSetup = {}): Promise<{ userPoolId: string; clientId: string; clientSecret?: string }> {
  const { UserPool } = await cloud.cognitoIdp.createUserPool({
    PoolName: 'article-pool',
    AutoVerifiedAttributes: ['email'],
    Schema: [{ Name: 'email', Required: true }],
    ...setup.pool,
  });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'article-app',
    ...setup.client,
  });
  return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId, ...(UserPoolClient.ClientSecret ? { clientSecret: UserPoolClient.ClientSecret } : {}) };
}

/** The last code the cloud "sent" to an address. */
export function lastCodeFor(cloud: Cloud, to: string): string {
  const message = [...cloud.outbox.entries].reverse().find((m) => m.to === to && m.code);
  if (!message?.code) throw new Error(`No code was sent to ${to}`);
  return message.code;
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
