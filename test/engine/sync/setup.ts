import type { Cloud } from '../../../src/engine';

/** A guest identity in a new identity pool: what every Sync call names. */
export async function syncIdentity(cloud: Cloud): Promise<{ IdentityPoolId: string; IdentityId: string }> {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'sync_pool', AllowUnauthenticatedIdentities: true });
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
  return { IdentityPoolId, IdentityId };
}

type Patch = { Op: 'replace' | 'remove'; Key: string; Value?: string; SyncCount: number };

/** A sync as the SDKs do it: ListRecords for a session token, then UpdateRecords with it. */
export async function put(cloud: Cloud, ids: { IdentityPoolId: string; IdentityId: string }, DatasetName: string, RecordPatches: Patch[]) {
  const { SyncSessionToken } = await cloud.cognitoSync.listRecords({ ...ids, DatasetName });
  return cloud.cognitoSync.updateRecords({ ...ids, DatasetName, SyncSessionToken, RecordPatches });
}
