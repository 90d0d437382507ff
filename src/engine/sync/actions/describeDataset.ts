import { describeDataset as describe, liveDataset, requireIdentity, type SyncContext } from '../lib/datasets';

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
