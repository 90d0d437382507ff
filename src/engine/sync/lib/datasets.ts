import type { ActionContext } from '../../context';
import { CloudError } from '../../kernel/errors';
import { lookup, store } from '../../kernel/records';
import type { DatasetRecord, SyncRecord, SyncState } from '../model';
import { SYNC_MESSAGES } from './messages';

export type SyncContext = ActionContext<SyncState>;

/** The most datasets one identity may hold, and each dataset's most records and bytes (Cognito's documented Sync limits). */
export const MAX_DATASETS = 20;
export const MAX_RECORDS = 1024;
export const MAX_BYTES = 1024 * 1024;

export const datasetKey = (identityPoolId: string, identityId: string, name: string) => `${identityPoolId} ${identityId} ${name}`;

/** A dataset, tombstone included, or undefined. */
export function findDataset(state: SyncState, identityPoolId: string, identityId: string, name: string): DatasetRecord | undefined {
  return lookup(state.datasets, datasetKey(identityPoolId, identityId, name));
}

/** A dataset that exists (not deleted), or ResourceNotFoundException. */
export function liveDataset(state: SyncState, identityPoolId: string, identityId: string, name: string): DatasetRecord {
  const dataset = findDataset(state, identityPoolId, identityId, name);
  if (!dataset || dataset.deleted) throw new CloudError('ResourceNotFoundException', SYNC_MESSAGES.datasetNotFound(name), 404);
  return dataset;
}

/** An identity's datasets that exist, by name. */
export function datasetsOf(state: SyncState, identityPoolId: string, identityId: string): DatasetRecord[] {
  return Object.values(state.datasets)
    .filter((d) => !d.deleted && d.IdentityPoolId === identityPoolId && d.IdentityId === identityId)
    .sort((a, b) => (a.DatasetName < b.DatasetName ? -1 : a.DatasetName > b.DatasetName ? 1 : 0));
}

/** A new, empty dataset (or a deleted one brought back, keeping its SyncCount), refused past 20 per identity. */
export function createDataset(ctx: SyncContext, identityPoolId: string, identityId: string, name: string): DatasetRecord {
  if (datasetsOf(ctx.state, identityPoolId, identityId).length >= MAX_DATASETS) throw new CloudError('LimitExceededException', SYNC_MESSAGES.tooManyDatasets);
  const tombstone = findDataset(ctx.state, identityPoolId, identityId, name);
  const dataset: DatasetRecord = {
    IdentityPoolId: identityPoolId,
    IdentityId: identityId,
    DatasetName: name,
    created: ctx.now,
    modified: ctx.now,
    LastModifiedBy: ctx.accountId,
    // [U] a dataset made again after DeleteDataset counts on from where it was, so no device's LastSyncCount goes back.
    SyncCount: tombstone?.SyncCount ?? 0,
    records: {},
    deleted: false,
    ...(tombstone?.deletedAtSyncCount !== undefined ? { deletedAtSyncCount: tombstone.deletedAtSyncCount } : {}),
  };
  store(ctx.state.datasets, datasetKey(identityPoolId, identityId, name), dataset);
  return dataset;
}

const encoder = new TextEncoder();

/** The bytes a record takes: its key and value in UTF-8. [U] how AWS counts DataStorage is undocumented. */
export const recordBytes = (record: Pick<SyncRecord, 'Key' | 'Value'>) => encoder.encode(record.Key).length + encoder.encode(record.Value ?? '').length;

/** The records that hold a value (a removed key is not counted). */
export const liveRecords = (dataset: DatasetRecord) => Object.values(dataset.records).filter((r) => r.Value !== undefined);

export const dataStorage = (dataset: DatasetRecord) => liveRecords(dataset).reduce((sum, r) => sum + recordBytes(r), 0);

/** A dataset as DescribeDataset, ListDatasets and DeleteDataset answer it (dates in epoch seconds). */
export function describeDataset(dataset: DatasetRecord) {
  return {
    IdentityId: dataset.IdentityId,
    DatasetName: dataset.DatasetName,
    CreationDate: dataset.created / 1000,
    LastModifiedDate: dataset.modified / 1000,
    LastModifiedBy: dataset.LastModifiedBy,
    DataStorage: dataStorage(dataset),
    NumRecords: liveRecords(dataset).length,
  };
}

/** A record as ListRecords and UpdateRecords answer it. */
export function describeRecord(record: SyncRecord) {
  return {
    Key: record.Key,
    ...(record.Value !== undefined ? { Value: record.Value } : {}),
    SyncCount: record.SyncCount,
    LastModifiedDate: record.modified / 1000,
    LastModifiedBy: record.LastModifiedBy,
    ...(record.deviceModified !== undefined ? { DeviceLastModifiedDate: record.deviceModified / 1000 } : {}),
  };
}
