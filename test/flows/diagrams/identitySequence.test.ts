import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy } from '../../../src/engine';
import { labelOf, sequenceDiagram } from '../../../src/flows/diagrams/sequence';
import { whoDecides } from '../../../src/flows/diagrams/whoDecides';
import { signedFetch } from '../../../src/flows/signing';
import { BUCKET, identityLog } from './identityLog';

const entryOf = async (action: string) => {
  const log = await identityLog();
  return { log, entry: log.cloud.log.entries.find((e, i) => i >= log.setupCalls && e.action === action)! };
};

describe('the identity side in the sequence diagram', () => {
  it('draws GetId and GetCredentialsForIdentity, with STS’s AssumeRoleWithWebIdentity nested inside its request', async () => {
    const { cloud, setupCalls } = await identityLog();
    const { mermaid, transcript } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls, upTo: setupCalls + 3 });
    expect(mermaid).toBe(
      [
        'sequenceDiagram',
        '  participant App',
        '  participant Identity pool',
        '  participant STS',
        '  App->>Identity pool: GetId with the ID token (authorization)',
        '  Identity pool-->>App: 200 IdentityId',
        '  App->>+Identity pool: GetCredentialsForIdentity with the ID token (authorization)',
        '  rect rgba(120, 150, 230, 0.14)',
        '  Note right of Identity pool: inside GetCredentialsForIdentity',
        '  Identity pool->>STS: AssumeRoleWithWebIdentity role Auth (authorization)',
        '  STS-->>Identity pool: 200 temporary credentials for Auth/CognitoIdentityCredentials',
        '  end',
        '  Identity pool-->>-App: 200 IdentityId, temporary credentials',
      ].join('\n'),
    );
    expect(transcript.map((t) => t.text)).toEqual([
      'App → Identity pool: GetId with the ID token (authorization)',
      'Identity pool → App: 200 IdentityId',
      'App → Identity pool: GetCredentialsForIdentity with the ID token (authorization)',
      'Inside GetCredentialsForIdentity, Identity pool → STS: AssumeRoleWithWebIdentity role Auth (authorization)',
      'Inside GetCredentialsForIdentity, STS → Identity pool: 200 temporary credentials for Auth/CognitoIdentityCredentials',
      'Identity pool → App: 200 IdentityId, temporary credentials',
    ]);
    // The nested call is the identity pool's own: no who-asks strip about the app.
    expect(transcript[3]!.strip).toBeUndefined();
    expect(transcript[2]!.strip).toContain('the identity pool decides which role');
  });

  it('has Identity pool, STS, IAM, S3 and Cognito Sync as participants, and no Email where the user pool takes no part', async () => {
    const { cloud, setupCalls } = await identityLog();
    // From the roles' creation on: IAM answers too, first, yet sits after the identity pool and STS (the reader's order).
    const from = cloud.log.entries.findIndex((e) => e.action === 'CreateRole');
    const { mermaid } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from });
    expect(mermaid.split('\n').filter((l) => l.startsWith('  participant'))).toEqual([
      '  participant App',
      '  participant Identity pool',
      '  participant STS',
      '  participant IAM',
      '  participant S3',
      '  participant Cognito Sync',
    ]);
    expect(sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls }).mermaid).not.toContain('participant Email');
    // Mail sent in the range brings Email back.
    expect(sequenceDiagram(cloud.log.entries, cloud.outbox.entries).mermaid).toContain('participant Email');
  });

  it('draws the signed S3 and Sync calls the identity’s credentials made, each judged by IAM', async () => {
    const { cloud, setupCalls } = await identityLog();
    const { mermaid, transcript } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls + 3, upTo: setupCalls + 7 });
    expect(mermaid.split('\n').slice(4)).toEqual([
      expect.stringMatching(/^ {2}App->>S3: PutObject photos-bucket\/us-east-1#58;[0-9a-f-]{36}\/hello\.txt \(authorization\)$/),
      '  S3-->>App: 200 ETag',
      expect.stringMatching(/^ {2}App->>S3: GetObject photos-bucket\/us-east-1#58;[0-9a-f-]{36}\/hello\.txt \(authorization\)$/),
      '  S3-->>App: 200 the object, 5 bytes',
      '  App->>Cognito Sync: ListRecords dataset settings (authorization)',
      '  Cognito Sync-->>App: 200 Records, Count, DatasetSyncCount, …',
      '  App->>Cognito Sync: UpdateRecords dataset settings (authorization)',
      '  Cognito Sync-->>App: 200 Records',
    ]);
    expect(transcript[0]!.strip).toBe(
      'the identity, as its role’s session, with the identity’s temporary credentials (an ASIA… key and its session token), signed with SigV4; IAM decides by the role’s permissions policy (and the session policy, for a guest): s3:PutObject is allowed',
    );
  });

  it('draws a denied S3 read as a refusal, IAM’s decision in the strip', async () => {
    const { cloud, credentials } = await identityLog();
    const region = cloud.region;
    const other = await signedFetch(cloud, credentials, {
      method: 'GET',
      url: `https://${BUCKET}.s3.${region}.amazonaws.com/someone-else/a.txt`,
      service: 's3',
      region,
    });
    expect(other.response.status).toBe(403);
    const index = cloud.log.entries.length - 1;
    const { mermaid, transcript } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: index });
    expect(mermaid.split('\n').slice(-2)).toEqual(['  App->>S3: GetObject photos-bucket/someone-else/a.txt (authorization)', '  S3--xApp: 403 AccessDenied']);
    expect(transcript[0]!.strip).toMatch(/: s3:GetObject is denied$/);
  });

  it('draws a refused GetCredentialsForIdentity with the refusal inside it and the pool’s own answer after', async () => {
    const { cloud, pool } = await identityLog();
    await cloud.iam.updateAssumeRolePolicy({
      RoleName: 'Auth',
      PolicyDocument: JSON.stringify(cognitoTrustPolicy('us-east-1:00000000-0000-0000-0000-000000000000', 'authenticated')),
    });
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
    const from = cloud.log.entries.length;
    await expect(cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins: pool.logins })).rejects.toMatchObject({
      code: 'InvalidIdentityPoolConfigurationException',
    });
    const { mermaid } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from });
    expect(mermaid.split('\n').slice(4)).toEqual([
      '  App->>+Identity pool: GetCredentialsForIdentity with the ID token (authorization)',
      '  rect rgba(120, 150, 230, 0.14)',
      '  Note right of Identity pool: inside GetCredentialsForIdentity',
      '  Identity pool->>STS: AssumeRoleWithWebIdentity role Auth (authorization)',
      '  STS--xIdentity pool: 403 AccessDenied',
      '  end',
      '  Identity pool--x-App: 400 InvalidIdentityPoolConfigurationException',
    ]);
  });
});

describe('authentication or authorization, per identity-side action', () => {
  it('labels GetId, GetCredentialsForIdentity, AssumeRoleWithWebIdentity, S3 and Sync calls authorization', async () => {
    const { cloud, setupCalls } = await identityLog();
    const labels = cloud.log.entries.slice(setupCalls).map((e) => [e.action, labelOf(e)]);
    expect(labels).toEqual([
      ['GetId', 'authorization'],
      ['AssumeRoleWithWebIdentity', 'authorization'],
      ['GetCredentialsForIdentity', 'authorization'],
      ['PutObject', 'authorization'],
      ['GetObject', 'authorization'],
      ['ListRecords', 'authorization'],
      ['UpdateRecords', 'authorization'],
      ['GetId', 'authorization'],
      ['GetOpenIdToken', 'authentication'],
      ['AssumeRoleWithWebIdentity', 'authorization'],
    ]);
  });

  it('labels GetOpenIdToken and GetCallerIdentity authentication: they say who, and grant nothing', async () => {
    const { entry } = await entryOf('GetOpenIdToken');
    expect(whoDecides(entry)).toMatchObject({ type: 'public', label: 'authentication', who: 'a guest (anyone with the app)' });
    const log = await identityLog();
    await signedFetch(log.cloud, log.credentials, {
      method: 'POST',
      url: 'https://sts.amazonaws.com/',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
      service: 'sts',
      region: 'us-east-1',
    });
    const caller = log.cloud.log.latest!;
    expect(caller.action).toBe('GetCallerIdentity');
    expect(whoDecides(caller)).toMatchObject({ type: 'iam', label: 'authentication', who: 'the identity, as its role’s session' });
  });

  it('labels the developer’s identity pool and IAM calls as IAM-authorized administrator calls', async () => {
    const { cloud } = await identityLog();
    for (const action of ['CreateIdentityPool', 'SetIdentityPoolRoles', 'CreateRole', 'PutRolePolicy', 'CreateBucket']) {
      const entry = cloud.log.entries.find((e) => e.action === action)!;
      expect(whoDecides(entry), action).toMatchObject({ type: 'iam', who: 'an AWS administrator', label: 'authorization', iamChecked: true });
    }
  });

  it('says a guest’s GetId carries no login and depends on the pool allowing guests', async () => {
    const { log, entry } = await entryOf('GetOpenIdToken');
    const guestGetId = log.cloud.log.entries.findLast((e) => e.action === 'GetId')!;
    expect(whoDecides(guestGetId)).toMatchObject({
      with: 'the IdentityPoolId, and no login',
      decides: 'the identity pool decides: it must allow guests (unauthenticated identities)',
      label: 'authorization',
    });
    expect(entry.request).toEqual({ IdentityId: log.guest.identityId });
  });
});
