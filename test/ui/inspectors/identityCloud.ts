/**
 * A cloud as the identity lessons leave it, built through the facades: a user pool with a signed-in user, an identity
 * pool whose roles are `Auth` (the article's preset plus per-identity S3, inline) and `Guest` (the article's guest preset,
 * inline, and a customer managed policy attached), the user's identity with credentials, and two signed S3 reads: the
 * user's own note (allowed) and another identity's (denied).
 */
import { ARTICLE_AUTHENTICATED_ROLE_POLICY, ARTICLE_UNAUTHENTICATED_ROLE_POLICY, perIdentityS3Policy, type Cloud } from '../../../src/engine';
import { scenarios } from '../../../src/flows/scenarios';
import type { ScenarioId, ScenarioSetup } from '../../../src/flows/types';
import { credentialPool, keysOf, type IdentityCredentials } from '../../engine/identityPool/support';
import { sendSigned } from '../../support/sign';

export const BUCKET = 'notes-bucket';
export const OTHER_PREFIX = 'us-east-1:00000000-0000-4000-8000-000000000000';

export const AUTH_POLICY = {
  Version: '2012-10-17',
  Statement: [...ARTICLE_AUTHENTICATED_ROLE_POLICY.Statement, ...perIdentityS3Policy(BUCKET).Statement],
};

export interface IdentityCloud {
  identityPoolId: string;
  identityId: string;
  authRole: string;
  guestRole: string;
  managedPolicyArn: string;
  credentials: IdentityCredentials;
  /** The log's length before the identity requests. */
  logStart: number;
}

/** Builds the roles and the pool, then GetId, GetCredentialsForIdentity and the two signed reads. */
export async function identityCloud(cloud: Cloud): Promise<IdentityCloud> {
  const pool = await credentialPool(cloud, { auth: AUTH_POLICY, guest: ARTICLE_UNAUTHENTICATED_ROLE_POLICY });
  const { Policy } = await cloud.iam.createPolicy({
    PolicyName: 'GuestExtras',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:ListAllMyBuckets', 'iam:ListRoles'], Resource: '*' }],
    }),
  });
  await cloud.iam.attachRolePolicy({ RoleName: 'Guest', PolicyArn: Policy!.Arn! });
  await cloud.s3.createBucket({ Bucket: BUCKET });
  const logStart = cloud.log.entries.length;
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
  await cloud.s3.putObject({ Bucket: BUCKET, Key: `${IdentityId}/note.txt`, Body: new TextEncoder().encode('mine') });
  await cloud.s3.putObject({ Bucket: BUCKET, Key: `${OTHER_PREFIX}/note.txt`, Body: new TextEncoder().encode('theirs') });
  const answer = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins: pool.logins });
  const credentials = answer.Credentials as IdentityCredentials;
  await readNote(cloud, credentials, `${IdentityId}/note.txt`);
  await readNote(cloud, credentials, `${OTHER_PREFIX}/note.txt`);
  return {
    identityPoolId: pool.identityPoolId,
    identityId: IdentityId!,
    authRole: pool.authRole,
    guestRole: pool.guestRole,
    managedPolicyArn: Policy!.Arn!,
    credentials,
    logStart,
  };
}

/** A GetObject signed with the identity's credentials; the status it was answered with. */
export async function readNote(cloud: Cloud, credentials: IdentityCredentials, key: string): Promise<number> {
  const response = await sendSigned(cloud, `https://${BUCKET}.s3.us-east-1.amazonaws.com/${key}`, '', {
    credentials: keysOf(credentials),
    method: 'GET',
    service: 's3',
  });
  return response.status;
}

/**
 * A guest of the same pool with its credentials, and one signed IAM ListRoles: its role allows it (GuestExtras), the
 * guest scope-down session policy does not.
 */
export async function guestOf(cloud: Cloud, identityPoolId: string): Promise<{ identityId: string; credentials: IdentityCredentials }> {
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId });
  const answer = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId! });
  const credentials = answer.Credentials as IdentityCredentials;
  await sendSigned(cloud, 'https://iam.amazonaws.com/', 'Action=ListRoles&Version=2010-05-08', { credentials: keysOf(credentials), region: 'us-east-1' });
  return { identityId: IdentityId!, credentials };
}

/**
 * A scenario of the identity journey for session tests (no identity flow exists yet on this branch): registered under a
 * test-only id, it builds `identityCloud` and, with `withGuest`, a guest's credentials and denied ListRoles after it.
 */
export function identityScenario(withGuest = false): ScenarioId {
  const id = (withGuest ? 'identityJourneyWithGuestForTests' : 'identityJourneyForTests') as ScenarioId;
  (scenarios as Record<string, (cloud: Cloud) => Promise<ScenarioSetup>>)[id] = async (cloud) => {
    const built = await identityCloud(cloud);
    if (withGuest) await guestOf(cloud, built.identityPoolId);
    return {};
  };
  return id;
}
