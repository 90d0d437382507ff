import { describe, expect, it } from 'vitest';
import { cognitoSync, createCloud } from '../../../src/engine';
import { FIXTURE_KEYS, newCloud } from '../../support/cloud';
import { sendSigned, signedHeaders } from '../../support/sign';
import { put, syncIdentity } from './setup';

const datasetsPath = (ids: { IdentityPoolId: string; IdentityId: string }) =>
  `/identitypools/${encodeURIComponent(ids.IdentityPoolId)}/identities/${encodeURIComponent(ids.IdentityId)}/datasets`;

describe('Cognito Sync on the wire', () => {
  it('answers a signed GET at its regional host in REST-JSON, dates in epoch seconds', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(cloud, ids, 'settings', [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }]);
    const response = await sendSigned(cloud, `https://cognito-sync.us-east-1.amazonaws.com${datasetsPath(ids)}`, '', { method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as { Datasets: { DatasetName: string; CreationDate: number }[]; Count: number };
    expect(body.Count).toBe(1);
    expect(body.Datasets[0]).toMatchObject({ DatasetName: 'settings', CreationDate: cloud.clock.now() / 1000 });
  });

  it('is found at one local address (npm run cloud) by the service its signature names', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    const url = `http://127.0.0.1:4566${datasetsPath(ids)}/settings/records`;
    const { method, headers } = await signedHeaders(cloud, url, '', { method: 'GET', service: cognitoSync.signingName });
    const response = await cloud.fetchLocal(url, { method, headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ DatasetExists: false, Count: 0 });
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: cognitoSync.id, action: 'ListRecords' });
  });

  it('answers a real Sync action it does not simulate with NotImplemented (501)', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    const url = `https://cognito-sync.us-east-1.amazonaws.com/identitypools/${encodeURIComponent(ids.IdentityPoolId)}/configuration`;
    const response = await sendSigned(cloud, url, '', { method: 'GET' });
    expect(response.status).toBe(501);
    expect(response.headers.get('x-amzn-errortype')).toBe('NotImplemented');
    expect(await response.json()).toEqual({
      message: 'GetIdentityPoolConfiguration is a real cognito-sync action, but this simulator does not simulate it yet.',
    });
  });

  it('keeps datasets and session tokens through a snapshot', async () => {
    const cloud = await newCloud();
    const ids = await syncIdentity(cloud);
    await put(cloud, ids, 'settings', [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }]);
    const { SyncSessionToken } = await cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings' });
    const restored = await createCloud({ snapshot: cloud.snapshot(), keys: FIXTURE_KEYS });
    const updated = await restored.cognitoSync.updateRecords({
      ...ids,
      DatasetName: 'settings',
      SyncSessionToken,
      RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'light', SyncCount: 1 }],
    });
    expect(updated.Records[0]).toMatchObject({ Value: 'light', SyncCount: 2 });
  });
});
