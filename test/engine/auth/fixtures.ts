/**
 * A role session and the IAM state behind it, built directly (no cloud): what the authorization tests judge requests
 * with. The role is the article's authenticated role; the session is an identity pool identity's enhanced-flow session.
 */
import type { Caller } from '../../../src/engine/auth/caller';
import type { IamState, RoleRecord } from '../../../src/engine/iam/model';
import type { IssuedCredentials } from '../../../src/engine/sts/model';
import { DEFAULT_START_TIME } from '../../../src/engine';

export const ACCOUNT = '123456789012';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/Cognito_AppAuth_Role`;
export const SESSION_ARN = `arn:aws:sts::${ACCOUNT}:assumed-role/Cognito_AppAuth_Role/CognitoIdentityCredentials`;
/** The session's identity, and another identity of the same pool. */
export const IDENTITY = 'us-east-1:11111111-2222-3333-4444-555555555555';
export const OTHER = 'us-east-1:99999999-8888-7777-6666-555555555555';
export const POOL = 'us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
/** The role's key in IamState's roles (its lower-cased name). */
export const ROLE_KEY = 'cognito_appauth_role';

export function role(inlinePolicies: Record<string, string>, attachedPolicies: string[] = []): RoleRecord {
  return {
    RoleName: 'Cognito_AppAuth_Role',
    RoleId: 'AROAEXAMPLEROLEID001',
    Arn: ROLE_ARN,
    Path: '/',
    AssumeRolePolicyDocument: '{}',
    MaxSessionDuration: 3600,
    CreateDate: DEFAULT_START_TIME,
    Tags: [],
    inlinePolicies,
    attachedPolicies,
  };
}

/** IAM with the role alone, holding these inline policies by name. */
export function iamWith(inline: Record<string, object>): IamState {
  const docs = Object.fromEntries(Object.entries(inline).map(([name, doc]) => [name, JSON.stringify(doc)]));
  return { roles: { [ROLE_KEY]: role(docs) }, policies: {}, oidcProviders: {}, samlProviders: {} };
}

/** The role's session as the front door hands it to authorization. */
export function session(overrides: Partial<IssuedCredentials> = {}): Caller {
  const credentials: IssuedCredentials = {
    AccessKeyId: 'ASIAEXAMPLEEXAMPLE01',
    SecretAccessKey: 'x'.repeat(40),
    SessionToken: 'token',
    Expiration: DEFAULT_START_TIME + 3600_000,
    issuedAt: DEFAULT_START_TIME,
    roleArn: ROLE_ARN,
    roleId: 'AROAEXAMPLEROLEID001',
    sessionName: 'CognitoIdentityCredentials',
    assumedRoleArn: SESSION_ARN,
    sessionPolicies: [],
    tags: {},
    webIdentity: { provider: 'cognito-identity.amazonaws.com', subject: IDENTITY, audience: POOL, amr: ['authenticated'] },
    ...overrides,
  };
  return { kind: 'session', accessKeyId: credentials.AccessKeyId, credentials };
}
