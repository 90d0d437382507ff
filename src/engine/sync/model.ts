/**
 * The state of Amazon Cognito Sync in one region: each identity's datasets, the sync session tokens handed out, and the
 * identity pool's merges it has applied.
 */

/** One key of a dataset. A removed key stays, without a value, so other devices learn of the removal (ListRecords). */
export interface SyncRecord {
  Key: string;
  /** Absent once removed. */
  Value?: string;
  /** The dataset's SyncCount when this record last changed. */
  SyncCount: number;
  /** Epoch ms. */
  modified: number;
  LastModifiedBy: string;
  /** Epoch ms, as the device said. */
  deviceModified?: number;
}

/** A dataset of one identity. A deleted one is kept as a tombstone (no records) so ListRecords can tell a device it was deleted. */
export interface DatasetRecord {
  IdentityPoolId: string;
  IdentityId: string;
  DatasetName: string;
  /** Epoch ms. */
  created: number;
  modified: number;
  LastModifiedBy: string;
  /** Bumped by one for every UpdateRecords that changes it. */
  SyncCount: number;
  records: Record<string, SyncRecord>;
  deleted: boolean;
  /** The SyncCount it had when it was last deleted (a device that synced up to it must drop its copy). */
  deletedAtSyncCount?: number;
  /** Set on a dataset copied from an identity merged into this one: the dataset it merges into, and where it came from. */
  mergedFrom?: { DatasetName: string; IdentityId: string };
}

/** A token ListRecords hands out and UpdateRecords must present: for one dataset, until it expires. */
export interface SyncSession {
  IdentityPoolId: string;
  IdentityId: string;
  DatasetName: string;
  /** Epoch ms. */
  expires: number;
}

export interface SyncState {
  /** By `<identityPoolId> <identityId> <datasetName>`. */
  datasets: Record<string, DatasetRecord>;
  sessions: Record<string, SyncSession>;
  /** The identities whose datasets Sync has merged into another (lib/merge.ts applyMerges): disabled id → survivor id. */
  merged: Record<string, string>;
}
