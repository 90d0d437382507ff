import { CloudError } from '../../kernel/errors';
import { datasetsOf, describeDataset, type SyncContext } from '../lib/datasets';
import { requireIdentity } from '../lib/identities';
import { page } from '../lib/pages';

export interface ListDatasetsRequest {
  IdentityPoolId: string;
  IdentityId: string;
  NextToken?: string;
  MaxResults?: number;
}

/** [U] AWS's default page size is undocumented; 20 holds every dataset an identity may have. */
const DEFAULT_MAX_RESULTS = 20;

/** ListDatasets: an identity's datasets (deleted ones left out), by name, a page at a time. */
export function listDatasets(ctx: SyncContext, request: ListDatasetsRequest) {
  requireIdentity(ctx, request.IdentityPoolId, request.IdentityId);
  const max = request.MaxResults ?? DEFAULT_MAX_RESULTS;
  // [U] AWS's answer to a page size below one is undocumented.
  if (max < 1) throw new CloudError('InvalidParameterException', 'MaxResults must be at least 1.');
  const all = datasetsOf(ctx.state, request.IdentityPoolId, request.IdentityId).map(describeDataset);
  const { items, nextToken } = page(all, max, request.NextToken);
  return { Datasets: items, Count: items.length, ...(nextToken ? { NextToken: nextToken } : {}) };
}
