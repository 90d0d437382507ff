/**
 * The identity-pool half over loopback against `npm run cloud`, with the real SDK v3 clients and their own HTTP stack:
 * guest and signed-in credentials, a Rules role mapping, a trust mismatch, the basic flow, and S3 and Sync used with the
 * credentials (a per-identity prefix allowed and another's denied; a Sync conflict).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetOpenIdTokenCommand,
  SetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import { CognitoSyncClient, ListRecordsCommand, UpdateRecordsCommand } from '@aws-sdk/client-cognito-sync';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, cognitoTrustPolicy, perIdentityS3Policy } from '../../src/engine';
import { startCloudServer, type CloudServer } from '../../src/server/http';
import { FIXTURE_KEYS } from '../support/cloud';
import { credentialPool } from '../engine/identityPool/support';

const running: CloudServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

const REGION = 'us-east-1';
type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const ADMIN: Keys = { accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY };

async function start() {
  const server = await startCloudServer({ port: 0, host: '127.0.0.1', keys: FIXTURE_KEYS, print: () => undefined });
  running.push(server);
  const options = (credentials: Keys) => ({ endpoint: server.url, region: REGION, credentials, maxAttempts: 1 });
  const identity = new CognitoIdentityClient(options({ accessKeyId: 'unused', secretAccessKey: 'unused' }));
  const credentialsFor = async (IdentityId: string, Logins?: Record<string, string>) => {
    const { Credentials } = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId, ...(Logins ? { Logins } : {}) }));
    return { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretKey!, sessionToken: Credentials!.SessionToken! };
  };
  return { server, cloud: server.cloud, options, identity, credentialsFor };
}

describe('the identity-pool half over loopback with the real SDK v3 clients', () => {
  it('gives guest and signed-in credentials, keeps each identity to its own S3 prefix, and refuses a role that does not trust the pool', async () => {
    const { cloud, options, identity, credentialsFor } = await start();
    const pool = await credentialPool(cloud, { auth: perIdentityS3Policy('sdk-notes') });
    await cloud.s3.createBucket({ Bucket: 'sdk-notes' });

    const guest = (await identity.send(new GetIdCommand({ IdentityPoolId: pool.identityPoolId }))).IdentityId!;
    const guestKeys = await credentialsFor(guest);
    const who = await new STSClient(options(guestKeys)).send(new GetCallerIdentityCommand({}));
    expect(who.Arn).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Guest/CognitoIdentityCredentials`);

    const signedIn = (await identity.send(new GetIdCommand({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins }))).IdentityId!;
    const s3 = new S3Client({ ...options(await credentialsFor(signedIn, pool.logins)), forcePathStyle: true });
    await s3.send(new PutObjectCommand({ Bucket: 'sdk-notes', Key: `${signedIn}/a.txt`, Body: 'mine' }));
    expect(await (await s3.send(new GetObjectCommand({ Bucket: 'sdk-notes', Key: `${signedIn}/a.txt` }))).Body!.transformToString()).toBe('mine');
    const refused = await s3.send(new PutObjectCommand({ Bucket: 'sdk-notes', Key: `${guest}/a.txt`, Body: 'not mine' })).catch((e: Error) => e);
    expect((refused as Error).name).toBe('AccessDenied');

    // A role mapping that sends the user to the guest role, which trusts only unauthenticated identities.
    const admin = new CognitoIdentityClient(options(ADMIN));
    await admin.send(
      new SetIdentityPoolRolesCommand({
        IdentityPoolId: pool.identityPoolId,
        Roles: { authenticated: pool.authRole, unauthenticated: pool.guestRole },
        RoleMappings: {
          [`${pool.provider}:${pool.clientId}`]: {
            Type: 'Rules',
            AmbiguousRoleResolution: 'AuthenticatedRole',
            RulesConfiguration: { Rules: [{ Claim: 'email', MatchType: 'StartsWith', Value: 'abc.', RoleARN: pool.guestRole }] },
          },
        },
      }),
    );
    const mismatch = await credentialsFor(signedIn, pool.logins).catch((e: Error) => e);
    expect({ name: (mismatch as Error).name, message: (mismatch as Error).message }).toEqual({
      name: 'InvalidIdentityPoolConfigurationException',
      message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    });
  }, 60_000);

  it('runs the basic flow (GetOpenIdToken, then AssumeRoleWithWebIdentity, unsigned) and a Sync conflict with the credentials', async () => {
    const { cloud, options, identity } = await start();
    const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
      IdentityPoolName: 'classic',
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: true,
    });
    const { Role } = await cloud.iam.createRole({
      RoleName: 'Syncer',
      AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'unauthenticated')),
    });
    const ownDatasets = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'cognito-sync:*',
          Resource: `arn:aws:cognito-sync:${REGION}:*:identitypool/${IdentityPoolId}/identity/\${cognito-identity.amazonaws.com:sub}/*`,
        },
      ],
    };
    await cloud.iam.putRolePolicy({ RoleName: 'Syncer', PolicyName: 'own-datasets', PolicyDocument: JSON.stringify(ownDatasets) });
    const IdentityId = (await identity.send(new GetIdCommand({ IdentityPoolId }))).IdentityId!;
    const { Token } = await identity.send(new GetOpenIdTokenCommand({ IdentityId }));
    const sts = new STSClient(options({ accessKeyId: 'unused', secretAccessKey: 'unused' }));
    const assumed = await sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: Role.Arn, RoleSessionName: 'classic', WebIdentityToken: Token! }));
    expect(assumed.AssumedRoleUser!.Arn).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Syncer/classic`);
    const c = assumed.Credentials!;
    const sync = new CognitoSyncClient(options({ accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! }));
    const dataset = { IdentityPoolId, IdentityId, DatasetName: 'prefs' };
    const first = await sync.send(new ListRecordsCommand(dataset));
    await sync.send(
      new UpdateRecordsCommand({
        ...dataset,
        SyncSessionToken: first.SyncSessionToken!,
        RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }],
      }),
    );
    const stale = await sync
      .send(
        new UpdateRecordsCommand({
          ...dataset,
          SyncSessionToken: first.SyncSessionToken!,
          RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'light', SyncCount: 0 }],
        }),
      )
      .catch((e: Error & { $metadata?: { httpStatusCode?: number } }) => e);
    expect((stale as Error).name).toBe('ResourceConflictException');
    expect((stale as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(409);
  }, 60_000);
});
