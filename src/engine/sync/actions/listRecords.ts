import { CloudError } from '../../kernel/errors';
import { datasetsOf, describeRecord, findDataset, MAX_RECORDS, type SyncContext } from '../lib/datasets';
import { requireIdentity } from '../lib/identities';
import { SYNC_MESSAGES } from '../lib/messages';
import { page } from '../lib/pages';
import { checkSession, issueSession } from '../lib/sessions';

export interface ListRecordsRequest {
  IdentityPoolId: string;
  IdentityId: string;
  DatasetName: string;
  LastSyncCount?: number;
  NextToken?: string;
  MaxResults?: number;
  SyncSessionToken?: string;
}

/**
 * ListRecords: the records of a dataset changed after LastSyncCount (removed keys included, without a value), oldest change
 * first, a page at a time, with the dataset's SyncCount and a SyncSessionToken for the UpdateRecords that follows. A dataset
 * that does not exist answers no records and DatasetExists false; one deleted after the device's LastSyncCount says so.
 * MergedDatasetNames lists the copies of this dataset that merged identities brought (lib/merge.ts).
 */
export function listRecords(ctx: SyncContext, request: ListRecordsRequest) {
  const { IdentityPoolId, IdentityId, DatasetName } = request;
  requireIdentity(ctx, IdentityPoolId, IdentityId);
  const inputs = { IdentityPoolId, IdentityId, DatasetName };
  // Paging goes on under the token of the first page; without one, a new sync session starts.
  if (request.SyncSessionToken !== undefined) checkSession(ctx, request.SyncSessionToken, inputs);
  const max = request.MaxResults ?? MAX_RECORDS;
  // [U] AWS's answer to a page size below one is undocumented.
  if (max < 1) throw new CloudError('InvalidParameterException', 'MaxResults must be at least 1.');
  const since = request.LastSyncCount ?? 0;
  const found = findDataset(ctx.state, IdentityPoolId, IdentityId, DatasetName);
  const exists = found !== undefined && !found.deleted;
  const syncCount = exists ? found.SyncCount : 0;
  const deletedSince = found?.deletedAtSyncCount !== undefined && since > 0 && since <= found.deletedAtSyncCount;
  // A device that has synced further than the dataset ever went is told so, unless the dataset was deleted meanwhile.
  if (exists && since > syncCount) throw new CloudError('InvalidParameterException', SYNC_MESSAGES.noSuchSyncCount(since));
  const changed = exists
    ? Object.values(found.records)
        .filter((r) => r.SyncCount > since)
        .sort((a, b) => a.SyncCount - b.SyncCount || (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0))
        .map(describeRecord)
    : [];
  const { items, nextToken } = page(changed, max, request.NextToken);
  const merged = datasetsOf(ctx.state, IdentityPoolId, IdentityId)
    .filter((d) => d.mergedFrom?.DatasetName === DatasetName)
    .map((d) => d.DatasetName);
  return {
    Records: items,
    ...(nextToken ? { NextToken: nextToken } : {}),
    Count: items.length,
    DatasetSyncCount: syncCount,
    ...(exists ? { LastModifiedBy: found.LastModifiedBy } : {}),
    MergedDatasetNames: merged,
    DatasetExists: exists,
    DatasetDeletedAfterRequestedSyncCount: deletedSince,
    SyncSessionToken: request.SyncSessionToken ?? issueSession(ctx, inputs),
  };
}
