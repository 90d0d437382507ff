import { lookup, store } from '../../kernel/records';
import type { DatasetRecord, SyncState } from '../model';
import { datasetKey, datasetsOf } from './datasets';

export interface MergedIdentities {
  IdentityPoolId: string;
  /** The identity that survives the merge. */
  survivor: string;
  /** The identity the merge disabled. */
  disabled: string;
  /** Epoch ms. */
  now: number;
}

/**
 * What Cognito Sync does when the identity pool merges two identities (a login owned by another identity): each dataset of
 * the disabled identity moves to the survivor as `<name>.<disabledIdentityId>`, and a ListRecords of the survivor's `<name>`
 * lists it in MergedDatasetNames until it is deleted (the SDKs read it, merge it into `<name>` and delete it). A dataset
 * that was itself a merged copy (the disabled identity had absorbed another one before) moves under its own name, still
 * listed for the dataset it came from.
 * [U] the copy's name is the SDKs' convention, undocumented by the API; the copies count toward the survivor's 20
 * datasets, and the merge is never refused for going past it (later creations are). The copy keeps its SyncCount
 * ([U] aws/aws-sdk-net#414 suggests AWS restarts a merged copy at 1). Returns the copies' names.
 * Pure: it changes only the state it is given (applyMerges calls it when Sync first meets the survivor after a merge).
 */
export function mergeIdentityDatasets(state: SyncState, merge: MergedIdentities): string[] {
  const names: string[] = [];
  for (const dataset of datasetsOf(state, merge.IdentityPoolId, merge.disabled)) {
    const name = dataset.mergedFrom ? dataset.DatasetName : `${dataset.DatasetName}.${merge.disabled}`;
    const copy: DatasetRecord = {
      ...structuredClone(dataset),
      IdentityId: merge.survivor,
      DatasetName: name,
      modified: merge.now,
      deleted: false,
      mergedFrom: dataset.mergedFrom ?? { DatasetName: dataset.DatasetName, IdentityId: merge.disabled },
    };
    delete copy.deletedAtSyncCount;
    store(state.datasets, datasetKey(merge.IdentityPoolId, merge.survivor, name), copy);
    delete state.datasets[datasetKey(merge.IdentityPoolId, merge.disabled, dataset.DatasetName)];
    names.push(name);
  }
  return names;
}

/** What Sync needs of an identity pool's identity to catch up with its merges (identityPool/model.ts IdentityRecord). */
export interface MergingIdentity {
  IdentityPoolId: string;
  IdentityId: string;
  /** The identities the pool merged into this one, the earlier merges' ones included. */
  mergedFrom?: readonly string[];
}

/**
 * The identity pool merges identities in its own state, which Sync can read but is not told about; so Sync catches up
 * when a request names the survivor: the datasets of each identity merged into it that Sync has not merged yet move to it
 * (mergeIdentityDatasets), and Sync remembers the merge, so it is applied once. Returns the copies' names.
 * SIMPLIFIED: AWS merges the datasets when the identities merge; here they move on the survivor's next Sync request,
 * which no caller can tell apart (the disabled identity's datasets are refused to everyone meanwhile).
 */
export function applyMerges(state: SyncState, identity: MergingIdentity, now: number): string[] {
  const names: string[] = [];
  for (const disabled of identity.mergedFrom ?? []) {
    if (lookup(state.merged, disabled) !== undefined) continue;
    names.push(...mergeIdentityDatasets(state, { IdentityPoolId: identity.IdentityPoolId, survivor: identity.IdentityId, disabled, now }));
    store(state.merged, disabled, identity.IdentityId);
  }
  return names;
}
