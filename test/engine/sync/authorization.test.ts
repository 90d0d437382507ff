import { describe, expect, it } from 'vitest';
import { cognitoSync, type Cloud } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { issueTestCredentials, type TestCredentials } from '../../support/credentials';
import { sendSigned } from '../../support/sign';

/** The policy the Cognito Developer Guide gives as the least an identity needs for Sync: its own datasets, nothing else. */
const ownDatasets = (cloud: Cloud) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: 'cognito-sync:*',
      Resource: `arn:aws:cognito-sync:${cloud.region}:${cloud.accountId}:identitypool/\${cognito-identity.amazonaws.com:aud}/identity/\${cognito-identity.amazonaws.com:sub}/*`,
    },
  ],
});

type Ids = { IdentityPoolId: string; IdentityId: string };

const datasets = (cloud: Cloud, ids: Ids) =>
  `https://cognito-sync.${cloud.region}.amazonaws.com/identitypools/${encodeURIComponent(ids.IdentityPoolId)}/identities/${encodeURIComponent(ids.IdentityId)}/datasets`;

/** A Sync request signed with the session's credentials, as the SDKs send it. */
function send(cloud: Cloud, session: TestCredentials, url: string, method = 'GET', body = '') {
  return sendSigned(cloud, url, body, { credentials: session.credentials, method, ...(body ? { headers: { 'content-type': 'application/json' } } : {}) });
}

async function guestSession(cloud: Cloud) {
  const session = await issueTestCredentials(cloud, { rolePolicies: { sync: ownDatasets(cloud) } });
  const own = { IdentityPoolId: session.identityPoolId, IdentityId: session.identityId };
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: session.identityPoolId });
  return { session, own, other: { IdentityPoolId: session.identityPoolId, IdentityId } };
}

describe('Cognito Sync requests made with an identity’s credentials', () => {
  it('reach the identity’s own datasets under the per-identity policy: list, sync, describe', async () => {
    const cloud = await newCloud();
    const { session, own } = await guestSession(cloud);
    const listed = await send(cloud, session, `${datasets(cloud, own)}/settings/records`);
    expect(listed.status).toBe(200);
    const { SyncSessionToken } = (await listed.json()) as { SyncSessionToken: string };
    const patch = JSON.stringify({ SyncSessionToken, RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }] });
    const updated = await send(cloud, session, `${datasets(cloud, own)}/settings`, 'POST', patch);
    expect(updated.status).toBe(200);
    expect(cloud.log.entries.at(-1)).toMatchObject({
      action: 'UpdateRecords',
      authorization: {
        action: 'cognito-sync:UpdateRecords',
        resource: `arn:aws:cognito-sync:${cloud.region}:${cloud.accountId}:identitypool/${own.IdentityPoolId}/identity/${own.IdentityId}/dataset/settings`,
        decision: 'allow',
      },
    });
    const all = await send(cloud, session, datasets(cloud, own));
    expect(all.status).toBe(200);
    expect(((await all.json()) as { Datasets: { DatasetName: string }[] }).Datasets.map((d) => d.DatasetName)).toEqual(['settings']);
    expect((await send(cloud, session, `${datasets(cloud, own)}/settings`)).status).toBe(200);
  });

  it('are denied another identity’s datasets with AccessDeniedException (403)', async () => {
    const cloud = await newCloud();
    const { session, other } = await guestSession(cloud);
    await cloud.cognitoSync.listRecords({ ...other, DatasetName: 'settings' });
    const resource = `arn:aws:cognito-sync:${cloud.region}:${cloud.accountId}:identitypool/${other.IdentityPoolId}/identity/${other.IdentityId}/dataset/settings`;
    const response = await send(cloud, session, `${datasets(cloud, other)}/settings/records`);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
    const message = `User: ${session.assumedRoleArn} is not authorized to perform: cognito-sync:ListRecords on resource: ${resource} because no identity-based policy allows the cognito-sync:ListRecords action`;
    expect(await response.json()).toEqual({ message });
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: cognitoSync.id, action: 'ListRecords', authorization: { decision: 'implicitDeny', message } });
    // Listing the other identity's datasets is judged on its `dataset/null` ARN, outside the policy too.
    const list = await send(cloud, session, datasets(cloud, other));
    expect(list.status).toBe(403);
    expect(((await list.json()) as { message: string }).message).toBe(
      `User: ${session.assumedRoleArn} is not authorized to perform: cognito-sync:ListDatasets on resource: arn:aws:cognito-sync:${cloud.region}:${cloud.accountId}:identitypool/${other.IdentityPoolId}/identity/${other.IdentityId}/dataset/null because no identity-based policy allows the cognito-sync:ListDatasets action`,
    );
  });

  it('are judged before the action runs: a denied UpdateRecords changes nothing', async () => {
    const cloud = await newCloud();
    const { session, other } = await guestSession(cloud);
    const { SyncSessionToken } = await cloud.cognitoSync.listRecords({ ...other, DatasetName: 'settings' });
    const patch = JSON.stringify({ SyncSessionToken, RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'stolen', SyncCount: 0 }] });
    expect((await send(cloud, session, `${datasets(cloud, other)}/settings`, 'POST', patch)).status).toBe(403);
    expect((await cloud.cognitoSync.listRecords({ ...other, DatasetName: 'settings' })).DatasetExists).toBe(false);
  });
});
