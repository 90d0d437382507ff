import { describe, expect, it } from 'vitest';
import { MINUTE, SYNC_MESSAGES, type Cloud } from '../../../src/engine';
import {
  afterPush,
  emptyDataset,
  lastWriter,
  mergePulled,
  patchesOf,
  putLocal,
  resolveConflict,
  valueOf,
  type DeviceDataset,
  type RemoteRecord,
  type Resolution,
} from '../../../src/flows/syncDevices/deviceStore';
import { expectAwsError, newCloud } from '../../support/cloud';

/** One identity the two devices share. */
async function identity(cloud: Cloud) {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'devices', AllowUnauthenticatedIdentities: true });
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
  return { IdentityPoolId, IdentityId, DatasetName: 'settings' };
}

type Ids = Awaited<ReturnType<typeof identity>>;

/** ListRecords after the device's LastSyncCount, taken in. */
async function pull(cloud: Cloud, ids: Ids, device: DeviceDataset) {
  const answer = await cloud.cognitoSync.listRecords({ ...ids, LastSyncCount: device.lastSyncCount });
  const merged = mergePulled(device, answer.Records as RemoteRecord[], answer.DatasetSyncCount, cloud.clock.now());
  return { ...merged, token: answer.SyncSessionToken };
}

/** UpdateRecords with the dirty records, taken in. */
async function push(cloud: Cloud, ids: Ids, device: DeviceDataset, token: string, DeviceId: string): Promise<DeviceDataset> {
  const patches = patchesOf(device).map((p) => ({ ...p, DeviceLastModifiedDate: new Date(p.DeviceLastModifiedDate * 1000) }));
  const { Records } = await cloud.cognitoSync.updateRecords({ ...ids, DeviceId, SyncSessionToken: token, RecordPatches: patches });
  return afterPush(device, Records as RemoteRecord[]);
}

/** A full sync as the SDKs run it when there is no conflict. */
async function sync(cloud: Cloud, ids: Ids, device: DeviceDataset, id: string): Promise<DeviceDataset> {
  const pulled = await pull(cloud, ids, device);
  expect(pulled.conflicts).toEqual([]);
  return patchesOf(pulled.dataset).length > 0 ? push(cloud, ids, pulled.dataset, pulled.token, id) : pulled.dataset;
}

describe("a device's local dataset and the sync protocol, against the cloud's Cognito Sync", () => {
  it('keeps edits dirty until pushed, then clean at the SyncCount the cloud gave them; the other device pulls them', async () => {
    const cloud = await newCloud();
    const ids = await identity(cloud);
    let a = putLocal(emptyDataset('settings'), 'theme', 'light', cloud.clock.now());
    expect(patchesOf(a)).toEqual([{ Op: 'replace', Key: 'theme', Value: 'light', SyncCount: 0, DeviceLastModifiedDate: cloud.clock.now() / 1000 }]);
    a = await sync(cloud, ids, a, 'phone');
    expect(a.records['theme']).toMatchObject({ value: 'light', syncCount: 1, dirty: false });
    expect(a.lastSyncCount).toBe(1);
    const b = await sync(cloud, ids, emptyDataset('settings'), 'tablet');
    expect(valueOf(b, 'theme')).toBe('light');
    expect(b.lastSyncCount).toBe(1);
    expect(b.records['theme']!.dirty).toBe(false);
  });

  it('pushes a removal as Op remove, and the other device learns the key is gone', async () => {
    const cloud = await newCloud();
    const ids = await identity(cloud);
    let a = await sync(cloud, ids, putLocal(emptyDataset('settings'), 'theme', 'light', cloud.clock.now()), 'phone');
    let b = await sync(cloud, ids, emptyDataset('settings'), 'tablet');
    a = await sync(cloud, ids, putLocal(a, 'theme', null, cloud.clock.now()), 'phone');
    expect(a.records['theme']).toMatchObject({ value: null, syncCount: 2, dirty: false });
    b = await sync(cloud, ids, b, 'tablet');
    expect(valueOf(b, 'theme')).toBeNull();
  });

  it('answers a stale SyncCount with ResourceConflictException, and the pull that follows names the conflict', async () => {
    const cloud = await newCloud();
    const ids = await identity(cloud);
    let a = await sync(cloud, ids, putLocal(emptyDataset('settings'), 'theme', 'light', cloud.clock.now()), 'phone');
    let b = await sync(cloud, ids, emptyDataset('settings'), 'tablet');
    // Both pull, then the tablet pushes first: the phone's patch still says SyncCount 1.
    a = putLocal(a, 'theme', 'dark', cloud.clock.now());
    const phonePull = await pull(cloud, ids, a);
    cloud.clock.advance(MINUTE);
    b = await sync(cloud, ids, putLocal(b, 'theme', 'blue', cloud.clock.now()), 'tablet');
    await expectAwsError(push(cloud, ids, phonePull.dataset, phonePull.token, 'phone'), 'ResourceConflictException', SYNC_MESSAGES.conflict('theme', 2, 1));
    const again = await pull(cloud, ids, phonePull.dataset);
    expect(again.conflicts.map((c) => [c.key, c.local.value, c.remote.Value, c.remote.SyncCount])).toEqual([['theme', 'dark', 'blue', 2]]);
    expect(again.dataset.lastSyncCount).toBe(1);
    // The tablet's edit came a minute after the phone's: the last writer is the cloud's copy.
    expect(lastWriter(again.conflicts[0]!)).toBe('remote');
  });

  it.each([
    [{ with: 'remote' }, 'blue', false],
    [{ with: 'local' }, 'dark', true],
    [{ with: 'value', value: 'green' }, 'green', true],
  ] as [Resolution, string, boolean][])(
    'resolves a conflict with %j: the device holds %s, and pushes it when it is its own',
    async (resolution, value, pushes) => {
      const cloud = await newCloud();
      const ids = await identity(cloud);
      let a = await sync(cloud, ids, putLocal(emptyDataset('settings'), 'theme', 'light', cloud.clock.now()), 'phone');
      let b = await sync(cloud, ids, emptyDataset('settings'), 'tablet');
      a = putLocal(a, 'theme', 'dark', cloud.clock.now());
      b = await sync(cloud, ids, putLocal(b, 'theme', 'blue', cloud.clock.now()), 'tablet');
      const pulled = await pull(cloud, ids, a);
      a = resolveConflict(pulled.dataset, pulled.conflicts[0]!, resolution, cloud.clock.now());
      expect(valueOf(a, 'theme')).toBe(value);
      expect(patchesOf(a).length > 0).toBe(pushes);
      if (pushes) a = await push(cloud, ids, a, pulled.token, 'phone');
      a = await sync(cloud, ids, a, 'phone');
      b = await sync(cloud, ids, b, 'tablet');
      expect([valueOf(a, 'theme'), valueOf(b, 'theme')]).toEqual([value, value]);
      expect(a.lastSyncCount).toBe(pushes ? 3 : 2);
      expect(b.lastSyncCount).toBe(a.lastSyncCount);
    },
  );

  it('takes, without a conflict, a change the other device made to the same value', async () => {
    const cloud = await newCloud();
    const ids = await identity(cloud);
    let a = await sync(cloud, ids, putLocal(emptyDataset('settings'), 'theme', 'light', cloud.clock.now()), 'phone');
    let b = await sync(cloud, ids, emptyDataset('settings'), 'tablet');
    b = await sync(cloud, ids, putLocal(b, 'theme', 'dark', cloud.clock.now()), 'tablet');
    a = await sync(cloud, ids, putLocal(a, 'theme', 'dark', cloud.clock.now()), 'phone');
    expect(a.records['theme']).toMatchObject({ value: 'dark', dirty: false, syncCount: 2 });
    expect(b.lastSyncCount).toBe(2);
  });

  it('lets the later local edit win last-writer-wins', () => {
    const local = putLocal(emptyDataset('settings'), 'theme', 'dark', 120_000).records['theme']!;
    expect(lastWriter({ key: 'theme', local, remote: { Key: 'theme', Value: 'blue', SyncCount: 2, LastModifiedDate: 200, DeviceLastModifiedDate: 60 } })).toBe(
      'local',
    );
    expect(lastWriter({ key: 'theme', local, remote: { Key: 'theme', Value: 'blue', SyncCount: 2, LastModifiedDate: 200 } })).toBe('remote');
  });
});
