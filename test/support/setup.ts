import { DEFAULT_START_TIME, type Cloud } from '../../src/engine';

/** The simulated clock's starting instant as AWS puts it on the wire: epoch seconds. */
export const START_SECONDS = DEFAULT_START_TIME / 1000;

/** A pool with only a name: every setting at AWS's default. */
export async function plainPool(cloud: Cloud, PoolName = 'plain-pool'): Promise<string> {
  const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName });
  return UserPool.Id;
}

/** A pool and one app client, created with exactly the members given (the client's ClientName defaults to `app`). */
export async function poolAndClient(
  cloud: Cloud,
  client: Partial<Parameters<Cloud['cognitoIdp']['createUserPoolClient']>[0]> = {},
): Promise<{ userPoolId: string; clientId: string }> {
  const userPoolId = await plainPool(cloud);
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', ...client });
  return { userPoolId, clientId: UserPoolClient.ClientId };
}
