/**
 * The sync-devices machine's pure steps over its context: which device is which, taking in a pull (and, under the SDKs'
 * default, resolving its conflicts by the last writer), resolving a conflict the learner decides, and taking in a push.
 */
import type { HeldCredentials } from '../identityWire';
import type { FlowError } from '../types';
import {
  afterPush,
  emptyDataset,
  lastWriter,
  mergePulled,
  patchesOf,
  putLocal,
  resolveConflict,
  type DeviceDataset,
  type RemoteRecord,
  type Resolution,
  type SyncConflict,
} from './deviceStore';
import type { SyncDevicesSetup } from './scenario';
import type { ListRecordsAnswer } from './syncActors';

export const DEVICE_IDS = ['phone', 'tablet'] as const;
export type DeviceId = (typeof DEVICE_IDS)[number];
export const DEVICE_LABELS: Record<DeviceId, string> = { phone: 'Phone', tablet: 'Tablet' };

export interface DeviceState {
  online: boolean;
  dataset: DeviceDataset;
  idToken?: string;
  identityId?: string;
  credentials?: HeldCredentials;
}

/** How a sync conflict is settled: as the mobile SDKs do by default (the later change wins), or by the learner. */
export type ConflictPolicy = 'lastWriterWins' | 'ask';

/** What the last sync did, for the screen: how many records came and went, and how each conflict was settled. */
export interface SyncReport {
  device: DeviceId;
  pulled: number;
  pushed: number;
  resolved: { key: string; chose: 'local' | 'remote' | 'value'; value: string | null }[];
  /** A ResourceConflictException the push got (another device pushed first), after which the device pulled again. */
  conflictError?: FlowError;
}

export const newDevice = (dataset: string): DeviceState => ({ online: true, dataset: emptyDataset(dataset) });

export const devicesFor = (setup: SyncDevicesSetup): Record<DeviceId, DeviceState> => ({ phone: newDevice(setup.dataset), tablet: newDevice(setup.dataset) });

export const hasDirty = (dataset: DeviceDataset): boolean => patchesOf(dataset).length > 0;

/** The pull taken in; under lastWriterWins its conflicts are settled at once, else left for the learner. */
export function takePull(dataset: DeviceDataset, answer: ListRecordsAnswer, policy: ConflictPolicy) {
  const merged = mergePulled(dataset, answer.Records, answer.DatasetSyncCount, answer.receivedAt);
  if (policy === 'ask' || merged.conflicts.length === 0) return { ...merged, resolved: [] as SyncReport['resolved'] };
  let next = merged.dataset;
  const resolved: SyncReport['resolved'] = [];
  for (const conflict of merged.conflicts) {
    const winner = lastWriter(conflict);
    next = resolveConflict(next, conflict, { with: winner }, answer.receivedAt);
    resolved.push({ key: conflict.key, chose: winner, value: next.records[conflict.key]?.value ?? null });
  }
  // Every conflict settled: the device has now seen the dataset up to the pull's SyncCount.
  return { dataset: { ...next, lastSyncCount: answer.DatasetSyncCount }, conflicts: [] as SyncConflict[], resolved };
}

/** The first waiting conflict resolved the learner's way; once none waits, the device has seen the pull's SyncCount. */
export function takeResolution(dataset: DeviceDataset, conflicts: readonly SyncConflict[], resolution: Resolution, now: number, pulledSyncCount: number) {
  const [conflict, ...rest] = conflicts;
  if (!conflict) return { dataset, conflicts: [] as SyncConflict[], resolved: undefined };
  const resolvedOne = resolveConflict(dataset, conflict, resolution, now);
  const next = rest.length === 0 ? { ...resolvedOne, lastSyncCount: Math.max(resolvedOne.lastSyncCount, pulledSyncCount) } : resolvedOne;
  return { dataset: next, conflicts: rest, resolved: { key: conflict.key, chose: resolution.with, value: next.records[conflict.key]?.value ?? null } };
}

export const takePush = (dataset: DeviceDataset, records: readonly RemoteRecord[]) => afterPush(dataset, records);

export const takeEdit = (dataset: DeviceDataset, key: string, value: string | null, now: number) => putLocal(dataset, key, value, now);
