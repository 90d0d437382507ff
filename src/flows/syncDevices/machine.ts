/**
 * Cognito Sync across two devices of one user: both sign in (InitiateAuth), get the same identity (GetId) and their own
 * credentials (GetCredentialsForIdentity). Each device saves edits locally, online or offline; a sync pulls the changes
 * after its LastSyncCount (ListRecords, which hands out a SyncSessionToken), settles conflicts (the later change wins, as
 * the mobile SDKs do by default, or the learner chooses), and pushes its dirty records (UpdateRecords with the SyncCount
 * each last saw). A push that meets a ResourceConflictException pulls again and retries. Going back online syncs.
 */
import { screen } from '../machineKit';
import { pushOf, syncDevicesSetup } from './setup';
import { devicesFor } from './syncSteps';

export type { SyncDevicesContext, SyncDevicesEvent } from './setup';

const SCREEN = screen('syncDevices');

/** What the learner may do with the devices whenever no sync is under way. */
const deviceEvents = {
  'form.change': { actions: 'changeForm' },
  'device.edit': { target: '#syncDevices.ready.saving', actions: 'planEdit' },
  'device.goOffline': { target: '#syncDevices.ready.idle', actions: 'goOffline' },
  'device.goOnline': { target: '#syncDevices.ready.syncing', actions: ['goOnline', 'startSync'] },
  'device.sync': { guard: 'isOnline', target: '#syncDevices.ready.syncing', actions: 'startSync' },
  'conflicts.ask': { actions: 'askOnConflict' },
  'conflicts.lastWriterWins': { actions: 'lastWriterWinsOnConflict' },
} as const;

/** Where taking the remote record leads: another conflict, the push of other edits, or (nothing to push) the end of the sync. */
const afterRemote = [
  { guard: 'conflictsRemain', target: '#syncDevices.ready.syncing.resolving', reenter: true, actions: 'keepResolution' },
  { guard: 'dirtyAfterResolution', target: '#syncDevices.ready.syncing.pushing', actions: 'keepResolution' },
  { target: '#syncDevices.ready.idle', actions: 'keepResolution' },
] as const;
/** Keeping the local record or a new value leaves it to push: another conflict first, else the push. */
const afterKeeping = [
  { guard: 'conflictsRemain', target: '#syncDevices.ready.syncing.resolving', reenter: true, actions: 'keepResolution' },
  { target: '#syncDevices.ready.syncing.pushing', actions: 'keepResolution' },
] as const;

const connectFailed = { target: '#syncDevices.connectFailed', actions: 'keepError' } as const;

export const syncDevicesMachine = syncDevicesSetup.createMachine({
  id: 'syncDevices',
  description: 'Two devices of one user edit the same Cognito Sync dataset, one of them offline for a while.',
  context: ({ input }) => ({
    setup: input.setup,
    devices: devicesFor(input.setup),
    active: 'phone',
    form: { phone: '', tablet: '' },
    policy: 'lastWriterWins',
    conflicts: [],
    retries: 0,
  }),
  initial: 'signedOut',
  states: {
    signedOut: {
      description: 'Neither device has signed in yet.',
      meta: SCREEN,
      on: { 'devices.connect': { target: 'connecting', actions: 'startConnecting' } },
    },
    connecting: {
      description: 'Each device in turn signs in, gets the identity (the same one: the same login) and its own credentials.',
      meta: SCREEN,
      tags: ['busy'],
      initial: 'signingIn',
      states: {
        signingIn: {
          description: 'The device signs the user in to the user pool (InitiateAuth, USER_PASSWORD_AUTH).',
          meta: SCREEN,
          tags: ['busy'],
          invoke: {
            id: 'initiateAuth',
            src: 'initiateAuth',
            input: ({ context }) => ({
              AuthFlow: 'USER_PASSWORD_AUTH',
              ClientId: context.setup.clientId,
              AuthParameters: { USERNAME: context.setup.username, PASSWORD: context.setup.password },
            }),
            onDone: { target: 'gettingId', actions: 'keepIdToken' },
            onError: connectFailed,
          },
        },
        gettingId: {
          description: "GetId with the device's ID token: the identity pool answers the identity this login already has.",
          meta: SCREEN,
          tags: ['busy'],
          invoke: {
            id: 'getId',
            src: 'getId',
            input: ({ context }) => ({
              IdentityPoolId: context.setup.identityPoolId,
              Logins: { [context.setup.providerName]: context.devices[context.active].idToken ?? '' },
            }),
            onDone: { target: 'gettingCredentials', actions: 'keepIdentityId' },
            onError: connectFailed,
          },
        },
        gettingCredentials: {
          description: 'GetCredentialsForIdentity: the device gets credentials of its own for the shared identity.',
          meta: SCREEN,
          tags: ['busy'],
          invoke: {
            id: 'getCredentialsForIdentity',
            src: 'getCredentialsForIdentity',
            input: ({ context }) => {
              const device = context.devices[context.active];
              return { IdentityId: device.identityId ?? '', Logins: { [context.setup.providerName]: device.idToken ?? '' } };
            },
            onDone: [
              { guard: 'isFirstDevice', target: 'signingIn', reenter: true, actions: ['keepCredentials', 'nextDevice'] },
              { target: '#syncDevices.ready', actions: 'keepCredentials' },
            ],
            onError: connectFailed,
          },
        },
      },
    },
    connectFailed: {
      description: 'A device could not sign in or get its identity or credentials; the app shows the AWS error.',
      meta: SCREEN,
      on: { 'devices.connect': { target: 'connecting', actions: 'startConnecting' } },
    },
    ready: {
      description: 'Both devices are signed in with the same identity; each holds its own copy of the dataset.',
      meta: SCREEN,
      initial: 'idle',
      states: {
        idle: {
          description: 'The devices wait: edit a value on either, take one offline or back online, or sync one.',
          meta: SCREEN,
          on: deviceEvents,
        },
        saving: {
          description: "The device saves the edit in its local store, dirty, dated by the device's clock.",
          meta: SCREEN,
          tags: ['busy'],
          invoke: {
            id: 'deviceClock',
            src: 'deviceClock',
            input: () => ({}),
            onDone: { target: 'idle', actions: 'saveEdit' },
            onError: { target: 'failed', actions: 'keepError' },
          },
        },
        syncing: {
          description: "A device syncs its copy of the dataset with the cloud's.",
          meta: SCREEN,
          initial: 'listing',
          states: {
            listing: {
              description: 'ListRecords: the changes after the device’s LastSyncCount, the dataset’s SyncCount, and a SyncSessionToken.',
              meta: SCREEN,
              tags: ['busy'],
              invoke: {
                id: 'syncListRecords',
                src: 'syncListRecords',
                input: ({ context }) => {
                  const device = context.devices[context.active];
                  return {
                    credentials: device.credentials!,
                    region: context.setup.region,
                    identityPoolId: context.setup.identityPoolId,
                    identityId: device.identityId ?? '',
                    dataset: context.setup.dataset,
                    lastSyncCount: device.dataset.lastSyncCount,
                  };
                },
                onDone: [
                  { guard: 'pullNeedsLearner', target: 'resolving', actions: 'keepPull' },
                  { guard: 'pullLeavesDirty', target: 'pushing', actions: 'keepPull' },
                  { target: '#syncDevices.ready.idle', actions: 'keepPull' },
                ],
                onError: { target: '#syncDevices.ready.failed', actions: 'keepError' },
              },
            },
            resolving: {
              description:
                'A record changed here and, to another value, on the other device: the learner resolves it with the remote record, the local record, or a new value.',
              meta: SCREEN,
              on: {
                'conflict.resolveWithRemoteRecord': afterRemote,
                'conflict.resolveWithLocalRecord': afterKeeping,
                'conflict.resolveWithValue': afterKeeping,
              },
            },
            pushing: {
              description: 'UpdateRecords: the dirty records, each with the SyncCount it last saw, under the SyncSessionToken.',
              meta: SCREEN,
              tags: ['busy'],
              invoke: {
                id: 'syncUpdateRecords',
                src: 'syncUpdateRecords',
                input: ({ context }) => {
                  const device = context.devices[context.active];
                  return {
                    credentials: device.credentials!,
                    region: context.setup.region,
                    identityPoolId: context.setup.identityPoolId,
                    identityId: device.identityId ?? '',
                    dataset: context.setup.dataset,
                    syncSessionToken: context.syncSessionToken ?? '',
                    deviceId: context.active,
                    patches: pushOf(context),
                  };
                },
                onDone: { target: '#syncDevices.ready.idle', actions: 'keepPush' },
                onError: [
                  // Another device pushed between this device's pull and its push: pull again, as the SDKs do.
                  { guard: 'canRetryConflict', target: 'listing', actions: 'keepConflictError' },
                  { target: '#syncDevices.ready.failed', actions: 'keepError' },
                ],
              },
            },
          },
        },
        failed: {
          description: 'A sync (or a save) failed; the app shows the AWS error, and the devices go on.',
          meta: SCREEN,
          on: deviceEvents,
        },
      },
    },
  },
});
