/** Amazon Cognito Sync's simulated actions, by AWS action name: the service's code chunk, loaded on its first request. */
import type { ServiceCode } from '../services';
import type { SyncState } from './model';
import { deleteDataset } from './actions/deleteDataset';
import { describeDataset } from './actions/describeDataset';
import { describeIdentityUsage } from './actions/describeIdentityUsage';
import { listDatasets } from './actions/listDatasets';
import { listRecords } from './actions/listRecords';
import { updateRecords } from './actions/updateRecords';

const syncActions = {
  ListDatasets: listDatasets,
  DescribeDataset: describeDataset,
  ListRecords: listRecords,
  UpdateRecords: updateRecords,
  DeleteDataset: deleteDataset,
  DescribeIdentityUsage: describeIdentityUsage,
};

export type SyncActions = typeof syncActions;

export const syncCode: ServiceCode<SyncState, SyncActions> = { actions: syncActions };
