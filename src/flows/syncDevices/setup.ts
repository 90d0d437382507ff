/**
 * The sync-devices flow's vocabulary: context, events, actors, guards and actions. Two devices of one user share one
 * identity; each keeps a local copy of the dataset (deviceStore.ts) and syncs it with its own credentials.
 */
import { assign, setup } from 'xstate';
import { placeholders } from '../cloudActors';
import { identityPlaceholders } from '../identityActors';
import type { GetCredentialsForIdentityResponse, GetIdResponse } from '../identityWire';
import { changedForm, errorOf, type StateMeta } from '../machineKit';
import type { FlowError, FormChangeEvent } from '../types';
import type { AuthResponse } from '../wire';
import { patchesOf, type Resolution, type SyncConflict } from './deviceStore';
import type { SyncDevicesSetup } from './scenario';
import { syncDevicePlaceholders, type ListRecordsAnswer, type UpdateRecordsAnswer } from './syncActors';
import {
  devicesFor,
  hasDirty,
  takeEdit,
  takePull,
  takePush,
  takeResolution,
  type ConflictPolicy,
  type DeviceId,
  type DeviceState,
  type SyncReport,
} from './syncSteps';

export interface SyncDevicesContext {
  setup: SyncDevicesSetup;
  devices: Record<DeviceId, DeviceState>;
  /** The device being connected or synced. */
  active: DeviceId;
  /** Fields `phone` and `tablet`: the value typed on each device. */
  form: Record<string, string>;
  policy: ConflictPolicy;
  /** The SyncSessionToken of the sync under way (ListRecords hands it out, UpdateRecords presents it). */
  syncSessionToken?: string;
  /** Conflicts waiting for the learner. */
  conflicts: SyncConflict[];
  report?: SyncReport;
  /** The cloud's time of the last pull, epoch ms, and the dataset's SyncCount it reported. */
  pulledAt?: number;
  pulledSyncCount?: number;
  retries: number;
  /** The edit being saved on a device, waiting for the device's clock. */
  pendingEdit?: { device: DeviceId; key: string; value: string | null };
  error?: FlowError;
}

export type SyncDevicesEvent =
  | FormChangeEvent
  | { type: 'devices.connect' }
  | { type: 'device.edit'; device: DeviceId; key: string; value: string | null }
  | { type: 'device.goOffline'; device: DeviceId }
  | { type: 'device.goOnline'; device: DeviceId }
  | { type: 'device.sync'; device: DeviceId }
  | { type: 'conflicts.ask' }
  | { type: 'conflicts.lastWriterWins' }
  | { type: 'conflict.resolveWithRemoteRecord' }
  | { type: 'conflict.resolveWithLocalRecord' }
  | { type: 'conflict.resolveWithValue'; value: string };

/** The mobile SDKs retry a sync a few times when a push meets a ResourceConflictException. */
export const MAX_CONFLICT_RETRIES = 3;

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;
const deviceOf = (event: { type: string; device?: DeviceId }): DeviceId | undefined => event.device;

/** The resolution a conflict.resolveWith… event asks for. */
function resolutionOf(event: SyncDevicesEvent): Resolution | undefined {
  if (event.type === 'conflict.resolveWithRemoteRecord') return { with: 'remote' };
  if (event.type === 'conflict.resolveWithLocalRecord') return { with: 'local' };
  if (event.type === 'conflict.resolveWithValue') return { with: 'value', value: event.value };
  return undefined;
}

/** What the learner's resolution leaves: the device's dataset and the conflicts still waiting. */
function resolved(context: SyncDevicesContext, event: SyncDevicesEvent) {
  const resolution = resolutionOf(event);
  const dataset = context.devices[context.active].dataset;
  // SIMPLIFIED: a resolution is dated at the pull that found the conflict (the learner decides in no simulated time).
  const now = context.pulledAt ?? 0;
  return resolution
    ? takeResolution(dataset, context.conflicts, resolution, now, context.pulledSyncCount ?? 0)
    : { dataset, conflicts: context.conflicts, resolved: undefined };
}

const pulled = (context: SyncDevicesContext, event: unknown) =>
  takePull(context.devices[context.active].dataset, outputOf<ListRecordsAnswer>(event), context.policy);

const withDevice = (context: SyncDevicesContext, device: DeviceId, change: Partial<DeviceState>) => ({
  ...context.devices,
  [device]: { ...context.devices[device], ...change },
});

export const syncDevicesSetup = setup({
  types: {
    context: {} as SyncDevicesContext,
    events: {} as SyncDevicesEvent,
    input: {} as { setup: SyncDevicesSetup },
    meta: {} as StateMeta,
  },
  actors: {
    initiateAuth: placeholders.initiateAuth,
    getId: identityPlaceholders.getId,
    getCredentialsForIdentity: identityPlaceholders.getCredentialsForIdentity,
    ...syncDevicePlaceholders,
  },
  guards: {
    isFirstDevice: ({ context }) => context.active === 'phone',
    isOnline: ({ context, event }) => {
      const device = deviceOf(event as { type: string; device?: DeviceId });
      return device !== undefined && context.devices[device].online;
    },
    pullNeedsLearner: ({ context, event }) => pulled(context, event).conflicts.length > 0,
    pullLeavesDirty: ({ context, event }) => hasDirty(pulled(context, event).dataset),
    conflictsRemain: ({ context, event }) => resolved(context, event).conflicts.length > 0,
    dirtyAfterResolution: ({ context, event }) => hasDirty(resolved(context, event).dataset),
    canRetryConflict: ({ context, event }) =>
      errorOf(event as { error?: unknown }).code === 'ResourceConflictException' && context.retries < MAX_CONFLICT_RETRIES,
  },
  actions: {
    changeForm: assign({ form: ({ context, event }) => (event.type === 'form.change' ? changedForm(context.form, event) : context.form) }),
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    startConnecting: assign(({ context }) => ({ active: 'phone' as DeviceId, devices: devicesFor(context.setup), error: undefined })),
    nextDevice: assign({ active: 'tablet' as DeviceId }),
    keepIdToken: assign({
      devices: ({ context, event }) => withDevice(context, context.active, { idToken: outputOf<AuthResponse>(event).AuthenticationResult?.IdToken ?? '' }),
    }),
    keepIdentityId: assign({
      devices: ({ context, event }) => withDevice(context, context.active, { identityId: outputOf<GetIdResponse>(event).IdentityId }),
    }),
    keepCredentials: assign({
      devices: ({ context, event }) => {
        const { Credentials } = outputOf<GetCredentialsForIdentityResponse>(event);
        const credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
        };
        return withDevice(context, context.active, { credentials });
      },
    }),
    planEdit: assign({
      pendingEdit: ({ event }) => (event.type === 'device.edit' ? { device: event.device, key: event.key, value: event.value } : undefined),
    }),
    saveEdit: assign(({ context, event }) => {
      const edit = context.pendingEdit;
      if (!edit) return {};
      const dataset = takeEdit(context.devices[edit.device].dataset, edit.key, edit.value, outputOf<number>(event));
      return { devices: withDevice(context, edit.device, { dataset }), pendingEdit: undefined };
    }),
    goOffline: assign({
      devices: ({ context, event }) => (event.type === 'device.goOffline' ? withDevice(context, event.device, { online: false }) : context.devices),
    }),
    goOnline: assign({
      devices: ({ context, event }) => (event.type === 'device.goOnline' ? withDevice(context, event.device, { online: true }) : context.devices),
    }),
    startSync: assign(({ event }) => {
      const device = deviceOf(event as { type: string; device?: DeviceId }) ?? 'phone';
      return {
        active: device,
        retries: 0,
        conflicts: [],
        syncSessionToken: undefined,
        error: undefined,
        report: { device, pulled: 0, pushed: 0, resolved: [] },
      };
    }),
    askOnConflict: assign({ policy: 'ask' as ConflictPolicy }),
    lastWriterWinsOnConflict: assign({ policy: 'lastWriterWins' as ConflictPolicy }),
    keepPull: assign(({ context, event }) => {
      const answer = outputOf<ListRecordsAnswer>(event);
      const { dataset, conflicts, resolved: settled } = pulled(context, event);
      const report = context.report!;
      return {
        devices: withDevice(context, context.active, { dataset }),
        conflicts,
        syncSessionToken: answer.SyncSessionToken,
        pulledAt: answer.receivedAt,
        pulledSyncCount: answer.DatasetSyncCount,
        report: { ...report, pulled: report.pulled + answer.Records.length, resolved: [...report.resolved, ...settled] },
      };
    }),
    keepResolution: assign(({ context, event }) => {
      const { dataset, conflicts, resolved: settled } = resolved(context, event);
      const report = context.report!;
      return {
        devices: withDevice(context, context.active, { dataset }),
        conflicts,
        report: { ...report, resolved: settled ? [...report.resolved, settled] : report.resolved },
      };
    }),
    keepPush: assign(({ context, event }) => {
      const { Records } = outputOf<UpdateRecordsAnswer>(event);
      const dataset = takePush(context.devices[context.active].dataset, Records);
      return { devices: withDevice(context, context.active, { dataset }), report: { ...context.report!, pushed: context.report!.pushed + Records.length } };
    }),
    keepConflictError: assign(({ context, event }) => ({
      retries: context.retries + 1,
      report: { ...context.report!, conflictError: errorOf(event as { error?: unknown }) },
    })),
  },
});

/** The patches the active device pushes now. */
export const pushOf = (context: SyncDevicesContext) => patchesOf(context.devices[context.active].dataset);
