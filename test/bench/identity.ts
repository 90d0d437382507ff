/**
 * Part: the authenticated journey, what an app pays for AWS credentials and a first use of them. Through the real SDK v3
 * clients over `cloud.fetch`: GetId → GetCredentialsForIdentity → S3 PutObject → GetObject, with a new S3 client per
 * journey for its fresh credentials. Its floor is the same calls answered instantly by a transport that replays the
 * responses the cloud gave once: the SDKs' own cost (signing, serializing, parsing). Target: journey ≤ 1.5× the floor,
 * the cloud's internal signatures (the OpenID token's RS512 inside GetCredentialsForIdentity) included.
 */
import { readFileSync } from 'node:fs';
import { CognitoIdentityClient, GetCredentialsForIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createCloud, perIdentityS3Policy, cognitoTrustPolicy, type Cloud, type SigningKeyInput } from '../../src/engine';
import { cloudRequestHandler } from '../support/sdkHandler';
import type { BenchRow } from './table';

const KEYS = JSON.parse(readFileSync(new URL('../fixtures/signingKeys.json', import.meta.url), 'utf8')) as SigningKeyInput[];
const BUCKET = 'bench-notes';

type Fetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

interface Setup {
  cloud: Cloud;
  identityPoolId: string;
  logins: Record<string, string>;
}

async function setup(): Promise<Setup> {
  const cloud = await createCloud({ keys: KEYS, seed: 'bench-identity' });
  const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'bench' });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'bench',
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  await cloud.cognitoIdp.adminCreateUser({ UserPoolId: UserPool.Id, Username: 'ana', MessageAction: 'SUPPRESS' });
  await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: UserPool.Id, Username: 'ana', Password: '#Abc1234', Permanent: true });
  const signedIn = await cloud.cognitoIdp.initiateAuth({
    ClientId: UserPoolClient.ClientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: 'ana', PASSWORD: '#Abc1234' },
  });
  const provider = `cognito-idp.${cloud.region}.amazonaws.com/${UserPool.Id}`;
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'bench',
    AllowUnauthenticatedIdentities: false,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: UserPoolClient.ClientId }],
  });
  const { Role } = await cloud.iam.createRole({
    RoleName: 'BenchAuthenticated',
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'authenticated')),
  });
  await cloud.iam.putRolePolicy({ RoleName: 'BenchAuthenticated', PolicyName: 'own-prefix', PolicyDocument: JSON.stringify(perIdentityS3Policy(BUCKET)) });
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { authenticated: Role.Arn } });
  await cloud.s3.createBucket({ Bucket: BUCKET });
  return { cloud, identityPoolId: IdentityPoolId, logins: { [provider]: signedIn.AuthenticationResult!.IdToken! } };
}

async function journey(fetch: Fetch, s: Setup, identityClient: CognitoIdentityClient, i: number): Promise<void> {
  const { IdentityId } = await identityClient.send(new GetIdCommand({ IdentityPoolId: s.identityPoolId, Logins: s.logins }));
  const { Credentials } = await identityClient.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins: s.logins }));
  const s3 = new S3Client({
    region: s.cloud.region,
    credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretKey!, sessionToken: Credentials!.SessionToken! },
    requestHandler: cloudRequestHandler({ fetch }),
    maxAttempts: 1,
    systemClockOffset: s.cloud.clock.now() - Date.now(),
  });
  const Key = `${IdentityId}/note-${i}.txt`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'hello' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key }));
  await got.Body!.transformToString();
}

/** A transport that answers each request with the response the cloud gave the same call once, at once. */
function replaying(fetch: Fetch): { record: Fetch; replay: Fetch } {
  const canned = new Map<string, { status: number; headers: [string, string][]; body: ArrayBuffer }>();
  const keyOf = (input: string | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const target = new Headers(init?.headers).get('x-amz-target') ?? '';
    // Objects' keys differ per journey: S3 answers the same for each.
    return `${init?.method ?? 'GET'} ${url.hostname} ${target} ${url.pathname.split('/').length}`;
  };
  return {
    record: async (input, init) => {
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      canned.set(keyOf(input, init), { status: response.status, headers: [...response.headers], body });
      return new Response(response.status === 204 ? null : body, { status: response.status, headers: response.headers });
    },
    replay: async (input, init) => {
      const hit = canned.get(keyOf(input, init));
      if (!hit) throw new Error(`no canned response for ${keyOf(input, init)}`);
      return new Response(hit.status === 204 ? null : hit.body.slice(0), { status: hit.status, headers: hit.headers });
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function identityRows(journeys = 200): Promise<BenchRow[]> {
  const s = await setup();
  const cloudFetch: Fetch = (input, init) => s.cloud.fetch(input, init);
  const { record, replay } = replaying(cloudFetch);
  const client = (fetch: Fetch) =>
    new CognitoIdentityClient({
      region: s.cloud.region,
      requestHandler: cloudRequestHandler({ fetch }),
      maxAttempts: 1,
      credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
    });
  const live = client(cloudFetch);
  const floor = client(replay);
  await journey(record, s, client(record), -1);
  await journey(cloudFetch, s, live, -2);
  await journey(replay, s, floor, -3);

  const rounds = Math.max(1, Math.min(20, Math.floor(journeys / 10)));
  const journeyMs: number[] = [];
  const floorMs: number[] = [];
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    const batch = Math.floor(journeys / rounds) + (round < journeys % rounds ? 1 : 0);
    let t = performance.now();
    for (let i = done; i < done + batch; i++) await journey(cloudFetch, s, live, i);
    journeyMs.push((performance.now() - t) / batch);
    t = performance.now();
    for (let i = done; i < done + batch; i++) await journey(replay, s, floor, i);
    floorMs.push((performance.now() - t) / batch);
    done += batch;
  }
  const ratio = median(journeyMs.map((ms, i) => ms / floorMs[i]!));
  return [
    {
      part: 'identity',
      name: `journey GetId→GetCredentialsForIdentity→PutObject→GetObject, SDK v3 (n=${journeys}, median of ${rounds} rounds)`,
      value: median(journeyMs),
      unit: 'ms',
    },
    { part: 'identity', name: 'the same calls answered instantly (the SDKs’ floor)', value: median(floorMs), unit: 'ms' },
    { part: 'identity', name: 'journey ÷ floor', value: ratio, unit: '×', target: '≤ 1.5×', verdict: ratio <= 1.5 ? 'PASS' : 'OVER' },
  ];
}
