import { store } from '../../kernel/records';
import type { DatasetRecord, SyncState } from '../model';
import { datasetKey, datasetsOf } from './datasets';

export interface MergedIdentities {
  IdentityPoolId: string;
  /** The identity that survives the merge. */
  survivor: string;
  /** The identity the merge disables. */
  disabled: string;
  /** Epoch ms. */
  now: number;
}

/**
 * What Cognito Sync does when the identity pool merges two identities (a login owned by another identity): each dataset of
 * the disabled identity moves to the survivor as `<name>.<disabledIdentityId>`, and a ListRecords of the survivor's `<name>`
 * lists it in MergedDatasetNames until it is deleted (the SDKs read it, merge it into `<name>` and delete it).
 * [U] the copy's name is the SDKs' convention, undocumented by the API; the copies count toward the survivor's 20
 * datasets, and the merge is never refused for going past it (later creations are). The copy keeps its SyncCount
 * ([U] aws/aws-sdk-net#414 suggests AWS restarts a merged copy at 1). Returns the copies' names.
 * Pure: it changes only the state it is given; the identity pool calls it while merging.
 */
export function mergeIdentityDatasets(state: SyncState, merge: MergedIdentities): string[] {
  const names: string[] = [];
  for (const dataset of datasetsOf(state, merge.IdentityPoolId, merge.disabled)) {
    const name = `${dataset.DatasetName}.${merge.disabled}`;
    const copy: DatasetRecord = {
      ...structuredClone(dataset),
      IdentityId: merge.survivor,
      DatasetName: name,
      modified: merge.now,
      deleted: false,
      mergedFrom: { DatasetName: dataset.DatasetName, IdentityId: merge.disabled },
    };
    delete copy.deletedAtSyncCount;
    store(state.datasets, datasetKey(merge.IdentityPoolId, merge.survivor, name), copy);
    delete state.datasets[datasetKey(merge.IdentityPoolId, merge.disabled, dataset.DatasetName)];
    names.push(name);
  }
  return names;
}
