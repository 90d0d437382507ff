/**
 * A real cloud log of the identity side: a signed-in user's ID token to an identity pool (GetId, GetCredentialsForIdentity,
 * which calls STS inside it), signed S3 PutObject and GetObject and a signed Cognito Sync write with those credentials
 * (smithy's signer, `signedFetch`), and a guest's classic flow (GetOpenIdToken, AssumeRoleWithWebIdentity).
 */
import { type Cloud } from '../../../src/engine';
import { signedFetch, type SignedExchange } from '../../../src/flows/signing';
import { credentialPool, keysOf, type CredentialPool } from '../../engine/identityPool/support';
import { newCloud } from '../../support/cloud';

export const BUCKET = 'photos-bucket';

export interface IdentityLog {
  cloud: Cloud;
  pool: CredentialPool;
  identityId: string;
  /** Log length once the setup calls (user pool, roles, bucket) are done. */
  setupCalls: number;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  put: SignedExchange;
  get: SignedExchange;
  sync: SignedExchange;
  guest: { identityId: string; token: string };
}

const PERMISSIONS = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: `arn:aws:s3:::${BUCKET}/\${cognito-identity.amazonaws.com:sub}/*` },
    { Effect: 'Allow', Action: ['cognito-sync:*'], Resource: '*' },
  ],
};

export async function identityLog(): Promise<IdentityLog> {
  const cloud = await newCloud();
  const pool = await credentialPool(cloud, { auth: PERMISSIONS });
  await cloud.cognitoIdentity.updateIdentityPool({
    IdentityPoolId: pool.identityPoolId,
    IdentityPoolName: 'credentials',
    AllowUnauthenticatedIdentities: true,
    AllowClassicFlow: true,
    CognitoIdentityProviders: [{ ProviderName: pool.provider, ClientId: pool.clientId }],
  });
  await cloud.s3.createBucket({ Bucket: BUCKET });
  const setupCalls = cloud.log.entries.length;
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
  const { Credentials } = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins: pool.logins });
  const credentials = keysOf({
    AccessKeyId: Credentials!.AccessKeyId!,
    SecretKey: Credentials!.SecretKey!,
    SessionToken: Credentials!.SessionToken!,
    Expiration: 0,
  });
  const region = cloud.region;
  const url = `https://${BUCKET}.s3.${region}.amazonaws.com/${IdentityId}/hello.txt`;
  const put = await signedFetch(cloud, credentials, { method: 'PUT', url, body: 'hello', headers: { 'content-type': 'text/plain' }, service: 's3', region });
  const get = await signedFetch(cloud, credentials, { method: 'GET', url, service: 's3', region });
  const dataset = `https://cognito-sync.${region}.amazonaws.com/identitypools/${encodeURIComponent(pool.identityPoolId)}/identities/${encodeURIComponent(IdentityId!)}/datasets/settings`;
  const list = await signedFetch(cloud, credentials, { method: 'GET', url: `${dataset}/records`, service: 'cognito-sync', region });
  const { SyncSessionToken } = (await list.response.json()) as { SyncSessionToken: string };
  const sync = await signedFetch(cloud, credentials, {
    method: 'POST',
    url: dataset,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ SyncSessionToken, RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'dark', SyncCount: 0 }] }),
    service: 'cognito-sync',
    region,
  });
  const guestId = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId });
  const { Token } = await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guestId.IdentityId! });
  await cloud.sts.assumeRoleWithWebIdentity({ RoleArn: pool.guestRole, RoleSessionName: 'guest', WebIdentityToken: Token! });
  return { cloud, pool, identityId: IdentityId!, setupCalls, credentials, put, get, sync, guest: { identityId: guestId.IdentityId!, token: Token! } };
}
