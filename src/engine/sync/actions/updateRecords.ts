import { CloudError } from '../../kernel/errors';
import { lookup, store } from '../../kernel/records';
import type { DatasetRecord, SyncRecord } from '../model';
import { createDataset, describeRecord, findDataset, recordBytes, MAX_BYTES, MAX_RECORDS, type SyncContext } from '../lib/datasets';
import { requireIdentity } from '../lib/identities';
import { SYNC_MESSAGES } from '../lib/messages';
import { checkSession } from '../lib/sessions';

export interface RecordPatch {
  Op: 'replace' | 'remove';
  Key: string;
  Value?: string;
  SyncCount: number;
  /** Epoch seconds (or a Date, from the facade). */
  DeviceLastModifiedDate?: number | Date;
}

export interface UpdateRecordsRequest {
  IdentityPoolId: string;
  IdentityId: string;
  DatasetName: string;
  DeviceId?: string;
  RecordPatches?: RecordPatch[];
  SyncSessionToken: string;
  ClientContext?: string;
}

const epochMs = (date: number | Date) => (date instanceof Date ? date.getTime() : date * 1000);

/**
 * UpdateRecords: applies record patches under the SyncSessionToken of a ListRecords of the same dataset, all or none. Each
 * patch carries the SyncCount its device last saw for the key (0 for a new key); a stale one fails the whole request with
 * ResourceConflictException (409). The dataset's SyncCount goes up by one and every patched record takes it; a removed key
 * stays without a value, so other devices learn of it. A missing dataset is created (at most 20 per identity); a dataset
 * holds at most 1,024 records and 1 MB (LimitExceededException).
 */
export function updateRecords(ctx: SyncContext, request: UpdateRecordsRequest) {
  const { IdentityPoolId, IdentityId, DatasetName } = request;
  requireIdentity(ctx, IdentityPoolId, IdentityId);
  checkSession(ctx, request.SyncSessionToken, { IdentityPoolId, IdentityId, DatasetName });
  const patches = request.RecordPatches ?? [];
  const existing = findDataset(ctx.state, IdentityPoolId, IdentityId, DatasetName);
  const current = existing && !existing.deleted ? existing : undefined;
  for (const patch of patches) {
    const seen = (current && lookup(current.records, patch.Key)?.SyncCount) ?? 0;
    if (patch.SyncCount !== seen) throw new CloudError('ResourceConflictException', SYNC_MESSAGES.conflict(patch.Key, seen, patch.SyncCount), 409);
  }
  // LastModifiedBy: [U] AWS fills it from the client context's device; the simulator names the caller's account.
  const by = ctx.accountId;
  const next = (current?.SyncCount ?? existing?.SyncCount ?? 0) + (patches.length > 0 ? 1 : 0);
  const records: Record<string, SyncRecord> = { ...(current?.records ?? {}) };
  for (const patch of patches) {
    const record: SyncRecord = { Key: patch.Key, SyncCount: next, modified: ctx.now, LastModifiedBy: by };
    if (patch.Op === 'replace') record.Value = patch.Value ?? '';
    if (patch.DeviceLastModifiedDate !== undefined) record.deviceModified = epochMs(patch.DeviceLastModifiedDate);
    store(records, patch.Key, record);
  }
  checkLimits(records);
  const dataset: DatasetRecord = current ?? createDataset(ctx, IdentityPoolId, IdentityId, DatasetName);
  if (patches.length > 0) {
    dataset.records = records;
    dataset.SyncCount = next;
    dataset.modified = ctx.now;
    dataset.LastModifiedBy = by;
  }
  return { Records: patches.map((patch) => describeRecord(dataset.records[patch.Key]!)) };
}

/** The limits of one dataset, checked on what it would hold after the patches. */
function checkLimits(records: Record<string, SyncRecord>): void {
  const live = Object.values(records).filter((r) => r.Value !== undefined);
  if (live.length > MAX_RECORDS) throw new CloudError('LimitExceededException', SYNC_MESSAGES.tooManyRecords);
  if (live.reduce((sum, r) => sum + recordBytes(r), 0) > MAX_BYTES) throw new CloudError('LimitExceededException', SYNC_MESSAGES.tooLarge);
}
