import { dataStorage, datasetsOf, type SyncContext } from '../lib/datasets';
import { requireIdentity } from '../lib/identities';

export interface DescribeIdentityUsageRequest {
  IdentityPoolId: string;
  IdentityId: string;
}

/**
 * DescribeIdentityUsage: how many datasets an identity has, the bytes they hold, and when one last changed
 * ([U] LastModifiedDate is left out while the identity has no dataset).
 */
export function describeIdentityUsage(ctx: SyncContext, request: DescribeIdentityUsageRequest) {
  requireIdentity(ctx, request.IdentityPoolId, request.IdentityId);
  const datasets = datasetsOf(ctx.state, request.IdentityPoolId, request.IdentityId);
  const lastModified = Math.max(...datasets.map((d) => d.modified));
  return {
    IdentityUsage: {
      IdentityId: request.IdentityId,
      IdentityPoolId: request.IdentityPoolId,
      ...(datasets.length > 0 ? { LastModifiedDate: lastModified / 1000 } : {}),
      DatasetCount: datasets.length,
      DataStorage: datasets.reduce((sum, d) => sum + dataStorage(d), 0),
    },
  };
}
