import { describe, expect, it } from 'vitest';
import { cognitoSync, type Cloud } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';
import { confirmedUser, signedInUser, tokensFor } from '../../support/users';
import { put } from './setup';

/** A classic-flow pool that trusts one user pool, with two signed-in users: each login is one identity's. */
async function setup(cloud: Cloud) {
  const user = await signedInUser(cloud, 'ann@example.com');
  await confirmedUser(cloud, user.clientId, 'bob@example.com');
  const bob = await tokensFor(cloud, user.clientId, 'bob@example.com');
  const provider = `cognito-idp.${cloud.region}.amazonaws.com/${user.userPoolId}`;
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'merging',
    AllowUnauthenticatedIdentities: true,
    AllowClassicFlow: true,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: user.clientId }],
  });
  return { IdentityPoolId, ann: { [provider]: user.tokens.IdToken! }, bob: { [provider]: bob.IdToken! } };
}

const replace = (Key: string, Value: string) => [{ Op: 'replace' as const, Key, Value, SyncCount: 0 }];
const DISABLED = (id: string) => `Identity '${id}' is disabled.`;

describe('Cognito Sync after the identity pool merges identities', () => {
  it("moves the guest's datasets to the login's owner when it signs in: the owner's ListRecords reports MergedDatasetNames", async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, ann } = await setup(cloud);
    const owner = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: ann })).IdentityId };
    const guest = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId })).IdentityId };
    await put(cloud, owner, 'settings', replace('theme', 'dark'));
    await put(cloud, guest, 'settings', replace('theme', 'light'));
    await put(cloud, guest, 'scores', replace('level', '3'));
    expect((await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guest.IdentityId, Logins: ann })).IdentityId).toBe(owner.IdentityId);
    cloud.clock.advance(60_000);
    const listed = await cloud.cognitoSync.listRecords({ ...owner, DatasetName: 'settings' });
    expect(listed.MergedDatasetNames).toEqual([`settings.${guest.IdentityId}`]);
    expect(listed.Records.map((r) => r.Value)).toEqual(['dark']);
    const copy = await cloud.cognitoSync.listRecords({ ...owner, DatasetName: `settings.${guest.IdentityId}` });
    expect(copy.Records.map((r) => [r.Key, r.Value])).toEqual([['theme', 'light']]);
    expect((await cloud.cognitoSync.listRecords({ ...owner, DatasetName: 'scores' })).MergedDatasetNames).toEqual([`scores.${guest.IdentityId}`]);
    const datasets = (await cloud.cognitoSync.listDatasets(owner)).Datasets;
    expect(datasets.map((d) => [d.DatasetName, d.LastModifiedDate])).toEqual([
      [`scores.${guest.IdentityId}`, cloud.clock.now() / 1000],
      ['settings', (cloud.clock.now() - 60_000) / 1000],
      [`settings.${guest.IdentityId}`, cloud.clock.now() / 1000],
    ]);
    expect(cloud.records(cognitoSync).merged).toEqual({ [guest.IdentityId]: owner.IdentityId });
  });

  it('lets the app delete a merged copy for good: the merge is not reported again', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, ann } = await setup(cloud);
    const owner = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: ann })).IdentityId };
    const guest = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId })).IdentityId };
    await put(cloud, guest, 'settings', replace('theme', 'light'));
    await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guest.IdentityId, Logins: ann });
    const merged = `settings.${guest.IdentityId}`;
    expect((await cloud.cognitoSync.listRecords({ ...owner, DatasetName: 'settings' })).MergedDatasetNames).toEqual([merged]);
    // What the SDKs do with a merged copy: read it into their own dataset, then delete it.
    await cloud.cognitoSync.deleteDataset({ ...owner, DatasetName: merged });
    expect((await cloud.cognitoSync.listRecords({ ...owner, DatasetName: 'settings' })).MergedDatasetNames).toEqual([]);
    expect((await cloud.cognitoSync.listDatasets(owner)).Datasets).toEqual([]);
  });

  it('follows a chain of merges: a copy an identity had absorbed moves on under its own name', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, ann, bob } = await setup(cloud);
    const guest = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId })).IdentityId };
    const middle = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: ann })).IdentityId };
    const last = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: bob })).IdentityId };
    await put(cloud, guest, 'settings', replace('theme', 'light'));
    await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guest.IdentityId, Logins: ann });
    // Sync meets the middle identity, so the guest's datasets are merged into it…
    await put(cloud, middle, 'settings', replace('theme', 'dark'));
    expect((await cloud.cognitoSync.listDatasets(middle)).Datasets.map((d) => d.DatasetName)).toEqual(['settings', `settings.${guest.IdentityId}`]);
    // …then the middle identity shows Bob's login, owned by the last one, and is merged into it.
    expect((await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: middle.IdentityId, Logins: bob })).IdentityId).toBe(last.IdentityId);
    const listed = await cloud.cognitoSync.listRecords({ ...last, DatasetName: 'settings' });
    expect(listed.DatasetExists).toBe(false);
    expect(listed.MergedDatasetNames).toEqual([`settings.${guest.IdentityId}`, `settings.${middle.IdentityId}`]);
    const fromGuest = await cloud.cognitoSync.listRecords({ ...last, DatasetName: `settings.${guest.IdentityId}` });
    expect(fromGuest.Records.map((r) => r.Value)).toEqual(['light']);
    // Each merge is remembered as Sync applied it: the guest's into the middle identity, the middle one's into the last.
    expect(cloud.records(cognitoSync).merged).toEqual({ [guest.IdentityId]: middle.IdentityId, [middle.IdentityId]: last.IdentityId });
  });

  it('gives the same names when Sync never met the middle identity of a chain', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, ann, bob } = await setup(cloud);
    const guest = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId })).IdentityId };
    const middle = (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: ann })).IdentityId;
    const last = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: bob })).IdentityId };
    await put(cloud, guest, 'settings', replace('theme', 'light'));
    await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guest.IdentityId, Logins: ann });
    await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: middle, Logins: bob });
    expect((await cloud.cognitoSync.listRecords({ ...last, DatasetName: 'settings' })).MergedDatasetNames).toEqual([`settings.${guest.IdentityId}`]);
  });
});

describe('Cognito Sync state from an older snapshot', () => {
  it('restores without the record of applied merges as having applied none', () => {
    expect(cognitoSync.restore({ datasets: {}, sessions: {} })).toEqual({ datasets: {}, sessions: {}, merged: {} });
  });
});

describe('Cognito Sync and disabled identities', () => {
  it('refuses an identity merged into another with NotAuthorizedException (403), whatever the action', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, ann } = await setup(cloud);
    await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: ann });
    const guest = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId })).IdentityId };
    const { SyncSessionToken } = await cloud.cognitoSync.listRecords({ ...guest, DatasetName: 'settings' });
    await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guest.IdentityId, Logins: ann });
    const message = DISABLED(guest.IdentityId);
    await expectAwsError(cloud.cognitoSync.listRecords({ ...guest, DatasetName: 'settings' }), 'NotAuthorizedException', message);
    await expectAwsError(
      cloud.cognitoSync.updateRecords({ ...guest, DatasetName: 'settings', SyncSessionToken, RecordPatches: replace('k', 'v') }),
      'NotAuthorizedException',
      message,
    );
    await expectAwsError(cloud.cognitoSync.listDatasets(guest), 'NotAuthorizedException', message);
    await expectAwsError(cloud.cognitoSync.describeIdentityUsage(guest), 'NotAuthorizedException', message);
    await expectAwsError(cloud.cognitoSync.describeDataset({ ...guest, DatasetName: 'settings' }), 'NotAuthorizedException', message);
    await expectAwsError(cloud.cognitoSync.deleteDataset({ ...guest, DatasetName: 'settings' }), 'NotAuthorizedException', message);
    const url = `https://cognito-sync.${cloud.region}.amazonaws.com/identitypools/${encodeURIComponent(IdentityPoolId)}/identities/${encodeURIComponent(guest.IdentityId)}/datasets`;
    const response = await sendSigned(cloud, url, '', { method: 'GET' });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('NotAuthorizedException');
    expect(await response.json()).toEqual({ message });
  });

  it('refuses an identity whose last login was unlinked, keeping its datasets out of reach', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, ann } = await setup(cloud);
    const ids = { IdentityPoolId, IdentityId: (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: ann })).IdentityId };
    await put(cloud, ids, 'settings', replace('theme', 'dark'));
    await cloud.cognitoIdentity.unlinkIdentity({ IdentityId: ids.IdentityId, Logins: ann, LoginsToRemove: Object.keys(ann) });
    await expectAwsError(cloud.cognitoSync.listDatasets(ids), 'NotAuthorizedException', DISABLED(ids.IdentityId));
    await expectAwsError(cloud.cognitoSync.listRecords({ ...ids, DatasetName: 'settings' }), 'NotAuthorizedException', DISABLED(ids.IdentityId));
  });
});
