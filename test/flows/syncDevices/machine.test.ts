import { describe, expect, it } from 'vitest';
import { fromPromise, type EventObject } from 'xstate';
import { MINUTE, SYNC_MESSAGES, type Cloud, type ManualClock } from '../../../src/engine';
import { syncDevicesMachine, type SyncDevicesContext } from '../../../src/flows/syncDevices/machine';
import { MAX_CONFLICT_RETRIES } from '../../../src/flows/syncDevices/setup';
import { SYNC_DATASET, type SyncDevicesSetup } from '../../../src/flows/syncDevices/scenario';
import { createSyncDeviceActors, syncUpdateRecords as syncUpdateRecordsOf, type UpdateRecordsInput } from '../../../src/flows/syncDevices/syncActors';
import type { DeviceId } from '../../../src/flows/syncDevices/syncSteps';
import { wire, type Wired } from '../support';

const edit = (device: DeviceId, value: string | null, key = 'theme') => ({ type: 'device.edit', device, key, value }) as EventObject;
const sync = (device: DeviceId) => ({ type: 'device.sync', device }) as EventObject;
const offline = (device: DeviceId) => ({ type: 'device.goOffline', device }) as EventObject;
const online = (device: DeviceId) => ({ type: 'device.goOnline', device }) as EventObject;

const advance = (app: Wired, ms: number) => (app.cloud.clock as ManualClock).advance(ms);
const contextOf = (app: Wired) => app.snapshot().context as SyncDevicesContext;
const valueOn = (app: Wired, device: DeviceId, key = 'theme') => contextOf(app).devices[device].dataset.records[key]?.value;

/** Both devices signed in; the theme `light` synced to both. */
async function connected(): Promise<Wired & { setup: SyncDevicesSetup }> {
  const app = await wire(syncDevicesMachine, 'syncDevices', createSyncDeviceActors);
  expect((await app.send({ type: 'devices.connect' })).value).toEqual({ ready: 'idle' });
  await app.send(edit('phone', 'light'), sync('phone'), sync('tablet'));
  expect([valueOn(app, 'phone'), valueOn(app, 'tablet')]).toEqual(['light', 'light']);
  return app as Wired & { setup: SyncDevicesSetup };
}

/** What the cloud holds for the identity's dataset. */
async function cloudValue(app: Wired & { setup: SyncDevicesSetup }, key = 'theme') {
  const identityId = contextOf(app).devices.phone.identityId!;
  const { Records } = await app.cloud.cognitoSync.listRecords({ IdentityPoolId: app.setup.identityPoolId, IdentityId: identityId, DatasetName: SYNC_DATASET });
  return Records?.find((r) => r.Key === key)?.Value;
}

/** The phone edits offline at minute 1; the tablet edits (and syncs) at minute `tabletAt`; then the phone reconnects. */
async function offlineConflict(tabletAt: number) {
  const app = await connected();
  await app.send(offline('phone'));
  advance(app, MINUTE);
  await app.send(edit('phone', 'dark'));
  advance(app, (tabletAt - 1) * MINUTE);
  await app.send(edit('tablet', 'blue'), sync('tablet'));
  return app;
}

describe('Cognito Sync across two devices, against a real cloud', () => {
  it('gives both devices the same identity, each with its own credentials', async () => {
    const app = await connected();
    const { phone, tablet } = contextOf(app).devices;
    expect(phone.identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(tablet.identityId).toBe(phone.identityId);
    expect(tablet.credentials!.accessKeyId).not.toBe(phone.credentials!.accessKeyId);
    expect(phone.dataset.records['theme']).toMatchObject({ syncCount: 1, dirty: false });
  });

  it('keeps an offline edit local and dirty, and pushes it when the device comes back online', async () => {
    const app = await connected();
    await app.send(offline('phone'), edit('phone', 'large', 'font'));
    expect(contextOf(app).devices.phone.dataset.records['font']).toMatchObject({ value: 'large', dirty: true, syncCount: 0 });
    // Offline, the device cannot sync.
    expect(app.snapshot().can(sync('phone'))).toBe(false);
    expect(await cloudValue(app, 'font')).toBeUndefined();
    const back = await app.send(online('phone'));
    expect(back.value).toEqual({ ready: 'idle' });
    expect(contextOf(app).devices.phone.dataset.records['font']).toMatchObject({ value: 'large', dirty: false, syncCount: 2 });
    expect(contextOf(app).report).toMatchObject({ device: 'phone', pulled: 0, pushed: 1, resolved: [] });
    expect(await cloudValue(app, 'font')).toBe('large');
    await app.send(sync('tablet'));
    expect(valueOn(app, 'tablet', 'font')).toBe('large');
  });

  it('resolves the conflict last-writer-wins by default: the later tablet edit beats the offline phone edit', async () => {
    const app = await offlineConflict(2);
    await app.send(online('phone'));
    expect(app.snapshot().value).toEqual({ ready: 'idle' });
    expect(contextOf(app).report?.resolved).toEqual([{ key: 'theme', chose: 'remote', value: 'blue' }]);
    expect([valueOn(app, 'phone'), await cloudValue(app)]).toEqual(['blue', 'blue']);
    expect(contextOf(app).devices.phone.dataset.records['theme']!.dirty).toBe(false);
  });

  it('lets the later offline edit win last-writer-wins, and pushes it on reconnect', async () => {
    const app = await connected();
    advance(app, MINUTE);
    await app.send(edit('tablet', 'blue'), sync('tablet'), offline('phone'));
    advance(app, MINUTE);
    await app.send(edit('phone', 'dark'), online('phone'));
    expect(contextOf(app).report).toMatchObject({ resolved: [{ key: 'theme', chose: 'local', value: 'dark' }], pushed: 1 });
    expect(await cloudValue(app)).toBe('dark');
    await app.send(sync('tablet'));
    expect(valueOn(app, 'tablet')).toBe('dark');
  });

  it.each([
    ['conflict.resolveWithRemoteRecord', {}, 'blue'],
    ['conflict.resolveWithLocalRecord', {}, 'dark'],
    ['conflict.resolveWithValue', { value: 'green' }, 'green'],
  ])('lets the learner resolve the conflict with %s', async (type, extra, value) => {
    const app = await offlineConflict(2);
    await app.send({ type: 'conflicts.ask' }, online('phone'));
    expect(app.snapshot().value).toEqual({ ready: { syncing: 'resolving' } });
    const [conflict] = contextOf(app).conflicts;
    expect(conflict).toMatchObject({ key: 'theme', local: { value: 'dark', dirty: true, syncCount: 1 }, remote: { Value: 'blue', SyncCount: 2 } });
    await app.send({ type, ...extra } as EventObject);
    expect(app.snapshot().value).toEqual({ ready: 'idle' });
    expect([valueOn(app, 'phone'), await cloudValue(app)]).toEqual([value, value]);
    await app.send(sync('tablet'));
    expect(valueOn(app, 'tablet')).toBe(value);
  });

  it('meets a ResourceConflictException when another device pushed between its pull and its push, pulls again and settles it', async () => {
    // The tablet pushes `blue` just before the phone's UpdateRecords reaches the cloud: the phone's patch then names a stale SyncCount.
    let raced = 0;
    const racingActors = (cloud: Cloud) => {
      const actors = createSyncDeviceActors(cloud);
      return {
        ...actors,
        syncUpdateRecords: fromPromise(async ({ input }: { input: UpdateRecordsInput }) => {
          if (input.deviceId === 'phone' && raced++ === 0) {
            const ids = { IdentityPoolId: input.identityPoolId, IdentityId: input.identityId, DatasetName: input.dataset };
            const { SyncSessionToken } = await cloud.cognitoSync.listRecords(ids);
            await cloud.cognitoSync.updateRecords({
              ...ids,
              DeviceId: 'tablet',
              SyncSessionToken,
              RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'blue', SyncCount: 1 }],
            });
          }
          return syncUpdateRecordsOf(cloud, input);
        }),
      };
    };
    const app = await wire(syncDevicesMachine, 'syncDevices', racingActors);
    await app.send({ type: 'devices.connect' }, edit('phone', 'light'), sync('phone'), sync('tablet'));
    raced = 0;
    advance(app, MINUTE);
    await app.send(edit('phone', 'dark'), sync('phone'));
    expect(raced).toBeGreaterThan(1);
    expect(contextOf(app).report?.conflictError).toEqual({ code: 'ResourceConflictException', message: SYNC_MESSAGES.conflict('theme', 2, 1) });
    expect(contextOf(app).retries).toBe(1);
    // The pull after the conflict found the tablet's value; the phone's edit is the later one, so it wins and is pushed.
    expect(contextOf(app).report).toMatchObject({ resolved: [{ key: 'theme', chose: 'local', value: 'dark' }], pushed: 1 });
    expect(app.snapshot().value).toEqual({ ready: 'idle' });
    expect(await cloudValue(app as Wired & { setup: SyncDevicesSetup })).toBe('dark');
  });

  it('shows a failed sync with AWS’s error when the cloud refuses it for another reason (the identity was deleted)', async () => {
    const app = await connected();
    const identityId = contextOf(app).devices.phone.identityId!;
    await app.cloud.cognitoIdentity.deleteIdentities({ IdentityIdsToDelete: [identityId] });
    const failed = await app.send(edit('phone', 'dark'), sync('phone'));
    expect(failed.value).toEqual({ ready: 'failed' });
    expect(contextOf(app).error).toEqual({ code: 'ResourceNotFoundException', message: SYNC_MESSAGES.identityNotFound(identityId) });
    // The devices go on: the other one still edits locally.
    expect((await app.send(edit('tablet', 'blue'))).value).toEqual({ ready: 'idle' });
  });

  it('gives up after the SDKs’ few retries when every push meets a ResourceConflictException, and shows it', async () => {
    const always409 = (cloud: Cloud) => ({
      ...createSyncDeviceActors(cloud),
      syncUpdateRecords: fromPromise(async () => {
        throw { code: 'ResourceConflictException', message: SYNC_MESSAGES.conflict('theme', 9, 1) };
      }),
    });
    const app = await wire(syncDevicesMachine, 'syncDevices', always409);
    await app.send({ type: 'devices.connect' }, edit('phone', 'dark'), sync('phone'));
    expect(app.snapshot().value).toEqual({ ready: 'failed' });
    expect(contextOf(app).retries).toBe(MAX_CONFLICT_RETRIES);
    expect(contextOf(app).error).toEqual({ code: 'ResourceConflictException', message: SYNC_MESSAGES.conflict('theme', 9, 1) });
    expect(valueOn(app, 'phone')).toBe('dark');
  });
});
