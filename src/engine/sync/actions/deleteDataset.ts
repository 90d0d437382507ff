import { describeDataset, liveDataset, type SyncContext } from '../lib/datasets';
import { requireIdentity } from '../lib/identities';

export interface DeleteDatasetRequest {
  IdentityPoolId: string;
  IdentityId: string;
  DatasetName: string;
}

/**
 * DeleteDataset: deletes a dataset for good and answers it as it was. Later operations on it answer
 * ResourceNotFoundException, and a ListRecords from a device that had synced it says DatasetDeletedAfterRequestedSyncCount.
 * Deleting a merged copy (`<name>.<identityId>`) ends the merge: its dataset stops listing it in MergedDatasetNames.
 */
export function deleteDataset(ctx: SyncContext, request: DeleteDatasetRequest) {
  requireIdentity(ctx, request.IdentityPoolId, request.IdentityId);
  const dataset = liveDataset(ctx.state, request.IdentityPoolId, request.IdentityId, request.DatasetName);
  const answer = { Dataset: describeDataset(dataset) };
  dataset.deleted = true;
  dataset.deletedAtSyncCount = dataset.SyncCount;
  dataset.records = {};
  dataset.modified = ctx.now;
  delete dataset.mergedFrom;
  return answer;
}
