import { lookup } from '../../kernel/records';
import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import type { UserPoolClientRecord, UserPoolRecord } from '../model';

/** Finds a pool or answers as AWS does: `ResourceNotFoundException: User pool <id> does not exist.` */
export function getPool(ctx: ActionContext, userPoolId: string): UserPoolRecord {
  const pool = lookup(ctx.state.pools, userPoolId);
  if (!pool) throw new CloudError('ResourceNotFoundException', `User pool ${userPoolId} does not exist.`);
  return pool;
}

/** Finds an app client by id across the cloud's pools: `ResourceNotFoundException: User pool client <id> does not exist.` */
export function getClient(ctx: ActionContext, clientId: string): { pool: UserPoolRecord; client: UserPoolClientRecord } {
  for (const pool of Object.values(ctx.state.pools)) {
    const client = lookup(pool.clients, clientId);
    if (client) return { pool, client };
  }
  throw new CloudError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
}

/** A client of a given pool, for the admin and setup actions that name both. */
export function getPoolClient(pool: UserPoolRecord, clientId: string): UserPoolClientRecord {
  const client = lookup(pool.clients, clientId);
  if (!client) throw new CloudError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
  return client;
}

/** `https://cognito-idp.<region>.amazonaws.com/<poolId>`: the `iss` of every token the pool signs. */
export function poolIssuer(pool: UserPoolRecord): string {
  return userPoolIssuer(pool.Id);
}

/** A pool's issuer from its id alone (the region is the part before `_`): what verifiers compare `iss` with. */
export function userPoolIssuer(userPoolId: string): string {
  return `https://cognito-idp.${userPoolId.slice(0, userPoolId.indexOf('_'))}.amazonaws.com/${userPoolId}`;
}

/** Whether the client's ExplicitAuthFlows lists this value (authFlow.ts maps each flow to the values that switch it on). */
export function clientAllowsFlow(client: UserPoolClientRecord, flow: string): boolean {
  return client.ExplicitAuthFlows.includes(flow);
}
