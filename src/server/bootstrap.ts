import { cognitoIdp, type Cloud } from '../engine';

export const BOOTSTRAP_POOL_NAME = 'article-pool';
export const BOOTSTRAP_CLIENT_NAME = 'article-app';

export interface BootstrapResult {
  userPoolId: string;
  clientId: string;
  /** False when both already existed (from the state file). */
  created: boolean;
}

/**
 * The article's setup, ready to sign up against: a pool that requires email and verifies it automatically, and an app client
 * without a secret that allows USER_PASSWORD_AUTH and refresh. Reuses them when a restored cloud already has them.
 */
export async function bootstrapPool(cloud: Cloud): Promise<BootstrapResult> {
  for (const pool of cloud.inspect(cognitoIdp).pools) {
    if (pool.name !== BOOTSTRAP_POOL_NAME || pool.region !== cloud.region) continue;
    const client = pool.clients.find((c) => c.clientName === BOOTSTRAP_CLIENT_NAME);
    if (client) return { userPoolId: pool.id, clientId: client.clientId, created: false };
  }
  const { UserPool } = await cloud.cognitoIdp.createUserPool({
    PoolName: BOOTSTRAP_POOL_NAME,
    AutoVerifiedAttributes: ['email'],
    Schema: [{ Name: 'email', Required: true }],
  });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: BOOTSTRAP_CLIENT_NAME,
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId, created: true };
}
