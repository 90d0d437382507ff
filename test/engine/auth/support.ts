/**
 * A role session for authorization tests: a role created through IAM's facade with inline policies, and credentials of
 * it issued straight into STS's store for a Cognito identity (as AssumeRoleWithWebIdentity records them), so requests
 * signed with them pass the front door and are judged by the role's policies as they are when each request arrives.
 */
import { cognitoTrustPolicy, sts, type Cloud } from '../../../src/engine';
import { Random, seedState } from '../../../src/engine/kernel/ids';
import { issueCredentials } from '../../../src/engine/sts/lib/credentials';

export const IDENTITY_POOL_ID = 'us-east-1:0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
export const IDENTITY_ID = 'us-east-1:11111111-2222-3333-4444-555555555555';

export interface RoleSession {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  assumedRoleArn: string;
  roleName: string;
  identityId: string;
}

export async function roleSession(
  cloud: Cloud,
  options: { rolePolicies?: Record<string, object>; sessionPolicies?: object[]; roleName?: string } = {},
): Promise<RoleSession> {
  const roleName = options.roleName ?? 'Cognito_NotesAuth_Role';
  const { Role } = await cloud.iam.createRole({
    RoleName: roleName,
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IDENTITY_POOL_ID, 'authenticated')),
  });
  for (const [PolicyName, document] of Object.entries(options.rolePolicies ?? {}))
    await cloud.iam.putRolePolicy({ RoleName: roleName, PolicyName, PolicyDocument: JSON.stringify(document) });
  const assumedRoleArn = `arn:aws:sts::${cloud.accountId}:assumed-role/${roleName}/CognitoIdentityCredentials`;
  const issued = issueCredentials(cloud.records(sts), new Random(seedState('role-session')), cloud.clock.now(), 3600, {
    roleArn: Role.Arn,
    roleId: Role.RoleId,
    sessionName: 'CognitoIdentityCredentials',
    assumedRoleArn,
    sessionPolicies: (options.sessionPolicies ?? []).map((p) => JSON.stringify(p)),
    tags: {},
    webIdentity: { provider: 'cognito-identity.amazonaws.com', subject: IDENTITY_ID, audience: IDENTITY_POOL_ID, amr: ['authenticated'] },
  });
  return {
    credentials: { accessKeyId: issued.AccessKeyId, secretAccessKey: issued.SecretAccessKey, sessionToken: issued.SessionToken },
    assumedRoleArn,
    roleName,
    identityId: IDENTITY_ID,
  };
}
