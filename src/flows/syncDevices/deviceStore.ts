/**
 * A device's local copy of one Cognito Sync dataset, as the mobile SDKs keep it (their local SQLite store), and the pure
 * steps of their sync: edits are saved locally and marked dirty; a sync pulls the changes after the device's
 * LastSyncCount (ListRecords), takes the cloud's copy of every clean record, finds the conflicts (a dirty record the cloud
 * changed meanwhile to another value), resolves them, and pushes the dirty records (UpdateRecords) with the SyncCount each
 * last saw. Plain JSON values throughout, so a machine's context can hold them.
 */

/** One key of the local dataset. */
export interface LocalRecord {
  key: string;
  /** `null` once removed on this device (the removal is pushed as `Op: remove`) or in the cloud. */
  value: string | null;
  /** The SyncCount of the cloud's copy this device last saw (0: the cloud has never had the key). */
  syncCount: number;
  /** Changed on this device since its last push. */
  dirty: boolean;
  /** When the value last changed here (an edit on this device, or the cloud's copy taken), epoch ms. */
  lastModified: number;
  /** Epoch ms of the edit on whichever device made it, as UpdateRecords' DeviceLastModifiedDate carries it. */
  deviceLastModified: number;
}

export interface DeviceDataset {
  name: string;
  records: Record<string, LocalRecord>;
  /** The dataset's SyncCount this device has synced up to: ListRecords' LastSyncCount. */
  lastSyncCount: number;
}

/** A record as ListRecords and UpdateRecords answer it (timestamps in epoch seconds, the JSON wire's form). */
export interface RemoteRecord {
  Key: string;
  Value?: string;
  SyncCount: number;
  LastModifiedDate?: number;
  LastModifiedBy?: string;
  DeviceLastModifiedDate?: number;
}

/** UpdateRecords' RecordPatch, as this device sends it. */
export interface DevicePatch {
  Op: 'replace' | 'remove';
  Key: string;
  Value?: string;
  SyncCount: number;
  /** Epoch seconds. */
  DeviceLastModifiedDate: number;
}

/** A record changed on this device and, to another value, in the cloud since this device last saw it. */
export interface SyncConflict {
  key: string;
  local: LocalRecord;
  remote: RemoteRecord;
}

export type Resolution = { with: 'remote' } | { with: 'local' } | { with: 'value'; value: string };

export const emptyDataset = (name: string): DeviceDataset => ({ name, records: {}, lastSyncCount: 0 });

/** Saves a value locally (offline or online): the record is dirty until a sync pushes it. */
export function putLocal(dataset: DeviceDataset, key: string, value: string | null, now: number): DeviceDataset {
  const before = dataset.records[key];
  const record: LocalRecord = { key, value, syncCount: before?.syncCount ?? 0, dirty: true, lastModified: now, deviceLastModified: now };
  return { ...dataset, records: { ...dataset.records, [key]: record } };
}

/** The value a key has on this device (`undefined`: never seen, `null`: removed). */
export const valueOf = (dataset: DeviceDataset, key: string): string | null | undefined => dataset.records[key]?.value;

export const dirtyRecords = (dataset: DeviceDataset): LocalRecord[] => Object.values(dataset.records).filter((r) => r.dirty);

/** The dirty records as UpdateRecords patches: each with the SyncCount its device last saw (0 for a key new to the cloud). */
export function patchesOf(dataset: DeviceDataset): DevicePatch[] {
  return dirtyRecords(dataset).map((r) => ({
    Op: r.value === null ? 'remove' : 'replace',
    Key: r.key,
    ...(r.value === null ? {} : { Value: r.value }),
    SyncCount: r.syncCount,
    DeviceLastModifiedDate: Math.floor(r.deviceLastModified / 1000),
  }));
}

/** The cloud's copy of a record, clean, as this device now holds it. */
function fromRemote(remote: RemoteRecord, now: number): LocalRecord {
  const device = remote.DeviceLastModifiedDate ?? remote.LastModifiedDate;
  return {
    key: remote.Key,
    value: remote.Value ?? null,
    syncCount: remote.SyncCount,
    dirty: false,
    lastModified: now,
    deviceLastModified: device !== undefined ? device * 1000 : now,
  };
}

/**
 * Takes in what ListRecords pulled: every clean record (and every dirty one the cloud now holds with the same value) takes
 * the cloud's copy; a dirty record the cloud changed to another value is a conflict, left dirty for the app to resolve.
 * LastSyncCount moves to the dataset's SyncCount once no conflict is left.
 */
export function mergePulled(
  dataset: DeviceDataset,
  pulled: readonly RemoteRecord[],
  datasetSyncCount: number,
  now: number,
): { dataset: DeviceDataset; conflicts: SyncConflict[] } {
  const records = { ...dataset.records };
  const conflicts: SyncConflict[] = [];
  for (const remote of pulled) {
    const local = records[remote.Key];
    if (local?.dirty && local.value !== (remote.Value ?? null)) conflicts.push({ key: remote.Key, local, remote });
    else records[remote.Key] = fromRemote(remote, now);
  }
  return { dataset: { ...dataset, records, lastSyncCount: conflicts.length === 0 ? datasetSyncCount : dataset.lastSyncCount }, conflicts };
}

/**
 * The mobile SDKs' default resolution: the later change wins. [U] which dates the SDKs compare is not documented; here
 * the device dates of the two edits (the cloud's copy carries its device's DeviceLastModifiedDate, else its
 * LastModifiedDate); a tie keeps the local value.
 */
export function lastWriter(conflict: SyncConflict): 'local' | 'remote' {
  const remote = (conflict.remote.DeviceLastModifiedDate ?? conflict.remote.LastModifiedDate ?? 0) * 1000;
  return remote > conflict.local.deviceLastModified ? 'remote' : 'local';
}

/**
 * Resolves one conflict as the SDKs' `resolveWithRemoteRecord` (take the cloud's copy, clean), `resolveWithLocalRecord`
 * (keep the local value, dirty, now on top of the cloud's SyncCount so the push succeeds) or `resolveWithValue` (a new
 * value, likewise).
 */
export function resolveConflict(dataset: DeviceDataset, conflict: SyncConflict, resolution: Resolution, now: number): DeviceDataset {
  const { remote, local } = conflict;
  const record: LocalRecord =
    resolution.with === 'remote'
      ? fromRemote(remote, now)
      : {
          ...local,
          syncCount: remote.SyncCount,
          dirty: true,
          ...(resolution.with === 'value' ? { value: resolution.value, lastModified: now, deviceLastModified: now } : {}),
        };
  return { ...dataset, records: { ...dataset.records, [conflict.key]: record } };
}

/**
 * Takes in UpdateRecords' answer: the pushed records are clean at their new SyncCount. LastSyncCount moves only when the
 * push was the very next change of the dataset; otherwise another device changed it meanwhile, and the next pull fetches that.
 */
export function afterPush(dataset: DeviceDataset, pushed: readonly RemoteRecord[]): DeviceDataset {
  const records = { ...dataset.records };
  for (const remote of pushed) {
    const local = records[remote.Key];
    if (local) records[remote.Key] = { ...local, syncCount: remote.SyncCount, dirty: false };
  }
  const counts = pushed.map((r) => r.SyncCount);
  const top = counts.length > 0 ? Math.max(...counts) : dataset.lastSyncCount;
  return { ...dataset, records, lastSyncCount: top === dataset.lastSyncCount + 1 ? top : dataset.lastSyncCount };
}
