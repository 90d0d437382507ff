import type { IdentityPoolRecord } from '../model';
import { checkIamProviders, poolRecord, type IdentityPoolSettings } from '../lib/settings';
import type { IdentityPoolContext } from '../lib/pools';

/** A new identity pool in the request's region, its id `<region>:<uuid>`. Names need not be unique, as in AWS. */
export function createIdentityPool(ctx: IdentityPoolContext, request: IdentityPoolSettings): IdentityPoolRecord {
  checkIamProviders(ctx, request);
  const id = `${ctx.region}:${ctx.random.uuid()}`;
  const record = poolRecord(id, request);
  ctx.state.pools[id] = record;
  return structuredClone(record);
}
