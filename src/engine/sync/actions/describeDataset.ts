import { describeDataset as describe, liveDataset, type SyncContext } from '../lib/datasets';
import { requireIdentity } from '../lib/identities';

export interface DescribeDatasetRequest {
  IdentityPoolId: string;
  IdentityId: string;
  DatasetName: string;
}

/** DescribeDataset: one dataset's metadata; ResourceNotFoundException for one that does not exist or was deleted. */
export function describeDataset(ctx: SyncContext, request: DescribeDatasetRequest) {
  requireIdentity(ctx, request.IdentityPoolId, request.IdentityId);
  return { Dataset: describe(liveDataset(ctx.state, request.IdentityPoolId, request.IdentityId, request.DatasetName)) };
}
