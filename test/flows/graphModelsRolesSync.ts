/** What @xstate/graph may send the four-kinds and sync-devices machines (see graphModels.ts). */
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { fourKindsMachine } from '../../src/flows/fourKinds/machine';
import { syncDevicesMachine } from '../../src/flows/syncDevices/machine';
import type { GraphModel } from './graphModels';

const done = (id: string, output: unknown): EventObject => ({ type: `xstate.done.actor.${id}`, output }) as EventObject;
const fail = (id: string, code: string, message: string): EventObject => ({ type: `xstate.error.actor.${id}`, error: { code, message } }) as EventObject;
const form = (field: string): EventObject => ({ type: 'form.change', field, value: 'x' }) as EventObject;
const tokens = {
  AuthenticationResult: { IdToken: 'id.token', AccessToken: 'access.token', RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' },
  ChallengeParameters: {},
};

/** A fourKinds scenario's setup, as the machine reads it. */
const fourKindsInput = {
  setup: {
    userPoolId: 'us-east-1_pool',
    clientId: 'client',
    identityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000',
    providerName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_pool',
    bucket: 'four-kinds-content',
    region: 'us-east-1',
    mapping: 'Token',
    users: {
      admin: { username: 'admin.user@example.com', password: '#Abc1234' },
      premium: { username: 'premium.user@example.com', password: '#Abc1234' },
      authenticated: { username: 'abc.xyz@gmail.com', password: '#Abc1234' },
    },
    roles: {},
  },
};
const identityCredentials = {
  IdentityId: 'us-east-1:11111111-1111-4111-8111-111111111111',
  Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretKey: 'secret', SessionToken: 'token', Expiration: 1768471200 },
};
const answer = (ok: boolean) => ({
  request: { action: 'ListRoles' },
  method: 'POST',
  url: 'https://iam.amazonaws.com/',
  status: ok ? 200 : 403,
  ok,
  ...(ok ? {} : { code: 'AccessDenied', message: 'denied' }),
});

/** The syncDevices scenario's setup, as the machine reads it. */
const syncDevicesInput = {
  setup: {
    userPoolId: 'us-east-1_pool',
    clientId: 'client',
    username: 'abc.xyz@gmail.com',
    password: '#Abc1234',
    identityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000',
    providerName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_pool',
    region: 'us-east-1',
    dataset: 'settings',
    authRoleArn: 'arn:aws:iam::123456789012:role/SyncDevices_Auth_Role',
  },
};
const device = (type: string, device: 'phone' | 'tablet', extra: object = {}) => ({ type, device, ...extra }) as EventObject;
const pulledRecords = (records: object[]) => ({
  Records: records,
  DatasetSyncCount: records.length ? 2 : 0,
  SyncSessionToken: 'token',
  receivedAt: 1768471320000,
});
/**
 * The serialized state: what the guards read (the device, the policy, who is offline, who has unpushed edits, waiting
 * conflicts, the edit being saved). No guard reads the error, so it is left out: the walk stays small enough to replay.
 */
const syncDevicesState = (snapshot: AnyMachineSnapshot) => {
  const c = snapshot.context as {
    active: string;
    policy: string;
    conflicts: unknown[];
    pendingEdit?: { key: string };
    devices: Record<string, { online: boolean; dataset: { records: Record<string, { dirty: boolean }> } }>;
  };
  const dirty = (id: string) =>
    Object.entries(c.devices[id]!.dataset.records)
      .filter(([, r]) => r.dirty)
      .map(([key]) => key)
      .sort()
      .join(',');
  return JSON.stringify({
    value: snapshot.value,
    // Only connecting and syncing read the active device.
    active: snapshot.matches('connecting') || snapshot.matches({ ready: 'syncing' }) ? c.active : null,
    policy: c.policy,
    phoneOnline: c.devices['phone']!.online,
    dirty: [dirty('phone'), dirty('tablet')],
    conflicts: c.conflicts.length,
    saving: c.pendingEdit?.key ?? null,
  });
};

export const fourKindsModel: GraphModel = {
  machine: fourKindsMachine,
  inputs: [fourKindsInput],
  // The action being tried is part of the state: the last one's answer leads elsewhere.
  serialize: (snapshot) =>
    JSON.stringify({
      value: snapshot.value,
      error: (snapshot.context as { error?: { code: string } }).error?.code ?? null,
      cursor: (snapshot.context as { cursor: number }).cursor,
    }),
  events: [
    { type: 'kind.choose', kind: 'admin' } as EventObject,
    { type: 'kind.choose', kind: 'guest' } as EventObject,
    { type: 'actions.run' },
    { type: 'kind.change' },
    done('initiateAuth', tokens),
    fail('initiateAuth', 'NotAuthorizedException', 'Incorrect username or password.'),
    done('getId', { IdentityId: identityCredentials.IdentityId }),
    fail('getId', 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.'),
    done('getCredentialsForIdentity', identityCredentials),
    fail(
      'getCredentialsForIdentity',
      'InvalidIdentityPoolConfigurationException',
      'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    ),
    done('signedRequest', answer(true)),
    done('signedRequest', answer(false)),
    fail('signedRequest', 'ClientError', 'Failed to fetch'),
  ],
};

export const syncDevicesModel: GraphModel = {
  machine: syncDevicesMachine,
  inputs: [syncDevicesInput],
  serialize: syncDevicesState,
  events: [
    { type: 'devices.connect' },
    device('device.edit', 'phone', { key: 'theme', value: 'dark' }),
    device('device.edit', 'phone', { key: 'font', value: 'large' }),
    device('device.goOffline', 'phone'),
    device('device.goOnline', 'phone'),
    device('device.sync', 'phone'),
    { type: 'conflicts.ask' },
    { type: 'conflicts.lastWriterWins' },
    { type: 'conflict.resolveWithRemoteRecord' },
    { type: 'conflict.resolveWithLocalRecord' },
    { type: 'conflict.resolveWithValue', value: 'green' } as EventObject,
    form('phone'),
    done('initiateAuth', tokens),
    fail('initiateAuth', 'NotAuthorizedException', 'Incorrect username or password.'),
    done('getId', { IdentityId: identityCredentials.IdentityId }),
    fail('getId', 'NotAuthorizedException', 'Invalid login token. Token expired: 1768474800 >= 1768471200'),
    done('getCredentialsForIdentity', identityCredentials),
    fail(
      'getCredentialsForIdentity',
      'InvalidIdentityPoolConfigurationException',
      'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    ),
    done('deviceClock', 1768471260000),
    fail('deviceClock', 'ClientError', 'The device clock could not be read.'),
    done('syncListRecords', pulledRecords([])),
    done(
      'syncListRecords',
      pulledRecords([
        { Key: 'theme', Value: 'blue', SyncCount: 2, LastModifiedDate: 1768471300, DeviceLastModifiedDate: 1768471290 },
        { Key: 'font', Value: 'small', SyncCount: 2, LastModifiedDate: 1768471300, DeviceLastModifiedDate: 1768471290 },
      ]),
    ),
    fail('syncListRecords', 'ResourceNotFoundException', "Identity 'us-east-1:11111111-1111-4111-8111-111111111111' not found."),
    done('syncUpdateRecords', { Records: [{ Key: 'theme', Value: 'dark', SyncCount: 3, LastModifiedDate: 1768471320 }] }),
    fail('syncUpdateRecords', 'ResourceConflictException', 'Current SyncCount for: theme is: 2 not: 1'),
    fail('syncUpdateRecords', 'InvalidParameterException', 'SyncSessionToken not valid for these inputs'),
  ],
};
