/**
 * Temporary credentials for tests, made the way an app makes them in the basic (classic) flow: an identity pool, a guest
 * identity (GetId), its OpenID token (GetOpenIdToken), and STS AssumeRoleWithWebIdentity for a role that trusts the pool.
 * Everything goes through the facades, so the credentials are STS's own and verify at the front door.
 */
import { cognitoTrustPolicy, type Cloud } from '../../src/engine';

export interface TestCredentialsOptions {
  /** The role to assume; by default one is created (`RoleName`, default `test-guest-role`) trusting the pool's guests. */
  roleArn?: string;
  roleName?: string;
  /** Inline policies to put on the created role, by name. */
  rolePolicies?: Record<string, object>;
  sessionName?: string;
  durationSeconds?: number;
  /** A session policy (the request's `Policy`). */
  policy?: object;
  policyArns?: string[];
  /** The identity pool to use (it must allow the classic flow and guests); by default one is created. */
  identityPoolId?: string;
  /** The role's MaxSessionDuration when it is created. */
  maxSessionDuration?: number;
}

export interface TestCredentials {
  /** As an SDK client takes them. */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  /** Epoch ms. */
  expiration: number;
  assumedRoleArn: string;
  assumedRoleId: string;
  roleArn: string;
  identityPoolId: string;
  identityId: string;
  /** The OpenID token STS was given. */
  token: string;
}

/** A classic-flow identity pool that lets guests in. */
export async function classicGuestPool(cloud: Cloud, name = 'test-pool'): Promise<string> {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: name,
    AllowUnauthenticatedIdentities: true,
    AllowClassicFlow: true,
  });
  return IdentityPoolId;
}

/** A guest's OpenID token from an identity pool: GetId, then GetOpenIdToken. */
export async function guestToken(cloud: Cloud, identityPoolId: string): Promise<{ identityId: string; token: string }> {
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId });
  const { Token } = await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: IdentityId! });
  return { identityId: IdentityId!, token: Token! };
}

/** A role that trusts an identity pool's guests (Cognito's documented trust policy), with optional inline policies. */
export async function guestRole(cloud: Cloud, identityPoolId: string, options: TestCredentialsOptions = {}): Promise<string> {
  const { Role } = await cloud.iam.createRole({
    RoleName: options.roleName ?? 'test-guest-role',
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(identityPoolId, 'unauthenticated')),
    ...(options.maxSessionDuration ? { MaxSessionDuration: options.maxSessionDuration } : {}),
  });
  for (const [PolicyName, document] of Object.entries(options.rolePolicies ?? {}))
    await cloud.iam.putRolePolicy({ RoleName: Role.RoleName, PolicyName, PolicyDocument: JSON.stringify(document) });
  return Role.Arn;
}

/** Temporary credentials through the real path (GetId → GetOpenIdToken → AssumeRoleWithWebIdentity). */
export async function issueTestCredentials(cloud: Cloud, options: TestCredentialsOptions = {}): Promise<TestCredentials> {
  const identityPoolId = options.identityPoolId ?? (await classicGuestPool(cloud));
  const roleArn = options.roleArn ?? (await guestRole(cloud, identityPoolId, options));
  const { identityId, token } = await guestToken(cloud, identityPoolId);
  const answer = await cloud.sts.assumeRoleWithWebIdentity({
    RoleArn: roleArn,
    RoleSessionName: options.sessionName ?? 'test-session',
    WebIdentityToken: token,
    ...(options.durationSeconds ? { DurationSeconds: options.durationSeconds } : {}),
    ...(options.policy ? { Policy: JSON.stringify(options.policy) } : {}),
    ...(options.policyArns ? { PolicyArns: options.policyArns.map((arn) => ({ arn })) } : {}),
  });
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = answer.Credentials;
  return {
    credentials: { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken },
    expiration: Expiration.getTime(),
    assumedRoleArn: answer.AssumedRoleUser.Arn,
    assumedRoleId: answer.AssumedRoleUser.AssumedRoleId,
    roleArn,
    identityPoolId,
    identityId,
    token,
  };
}
