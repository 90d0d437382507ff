import { describe, expect, it } from 'vitest';
import { authorize, type AuthorizationEnv } from '../../../src/engine/auth/authorize';
import type { IamState } from '../../../src/engine/iam/model';
import { ACCOUNT, IDENTITY, OTHER, POOL, ROLE_ARN, SESSION_ARN, iamWith, role, session } from './fixtures';
import { cognitoIdentity, cognitoIdp, DEFAULT_START_TIME, GUEST_SESSION_POLICIES, perIdentityS3Policy, s3, sts } from '../../../src/engine';

function env(iam: IamState | undefined, overrides: Partial<AuthorizationEnv> = {}): AuthorizationEnv {
  return { accountId: ACCOUNT, region: 'us-east-1', now: DEFAULT_START_TIME, secure: true, iam: () => iam, ...overrides };
}

const perIdentity = () => iamWith({ s3: perIdentityS3Policy('photos') });

describe('authorize: a role session’s S3 requests', () => {
  it('allows the identity’s own prefix under the per-identity policy', () => {
    const judged = authorize(s3, 'GetObject', { Bucket: 'photos', Key: `${IDENTITY}/cat.jpg` }, session(), env(perIdentity()));
    expect(judged?.error).toBeUndefined();
    expect(judged?.record).toMatchObject({
      action: 's3:GetObject',
      resource: `arn:aws:s3:::photos/${IDENTITY}/cat.jpg`,
      decision: 'allow',
      reason: 'identity',
    });
    expect(judged?.record.trace.decidedBy).toEqual([{ type: 'identity', policyIndex: 0, policyName: 's3', statementIndex: 1 }]);
  });

  it('denies another identity’s prefix with AccessDenied 403 and S3’s quoted resource', () => {
    const judged = authorize(s3, 'PutObject', { Bucket: 'photos', Key: `${OTHER}/cat.jpg` }, session(), env(perIdentity()));
    expect(judged?.error?.code).toBe('AccessDenied');
    expect(judged?.error?.status).toBe(403);
    expect(judged?.error?.message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::photos/${OTHER}/cat.jpg" because no identity-based policy allows the s3:PutObject action`,
    );
    expect(judged?.record).toMatchObject({ decision: 'implicitDeny', reason: 'identity', message: judged?.error?.message });
  });

  it('lists the identity’s prefix under the s3:prefix condition, and not the bucket’s root', () => {
    const own = authorize(s3, 'ListObjectsV2', { Bucket: 'photos', Prefix: `${IDENTITY}/` }, session(), env(perIdentity()));
    expect(own?.record.decision).toBe('allow');
    const condition = own?.record.trace.policies[0]?.statements[0]?.conditions[0];
    expect(condition).toMatchObject({ key: 's3:prefix', requestValues: [`${IDENTITY}/`], policyValues: [`${IDENTITY}/*`], result: true });
    const root = authorize(s3, 'ListObjectsV2', { Bucket: 'photos' }, session(), env(perIdentity()));
    expect(root?.error?.message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::photos" because no identity-based policy allows the s3:ListBucket action`,
    );
  });

  it('lets an explicit Deny win over an Allow', () => {
    const iam = iamWith({
      allowAll: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
      denyDelete: { Version: '2012-10-17', Statement: [{ Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }] },
    });
    const judged = authorize(s3, 'DeleteObject', { Bucket: 'photos', Key: 'a.txt' }, session(), env(iam));
    expect(judged?.error?.message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::photos/a.txt" with an explicit deny in an identity-based policy`,
    );
    expect(judged?.record.trace.decidedBy).toEqual([{ type: 'identity', policyIndex: 1, policyName: 'denyDelete', statementIndex: 0, sid: 'NoDelete' }]);
    expect(authorize(s3, 'GetObject', { Bucket: 'photos', Key: 'a.txt' }, session(), env(iam))?.record.decision).toBe('allow');
  });

  it('applies a role policy changed after the credentials were issued', () => {
    const iam = perIdentity();
    const caller = session();
    const request = { Bucket: 'photos', Key: `${OTHER}/cat.jpg` };
    expect(authorize(s3, 'GetObject', request, caller, env(iam))?.record.decision).toBe('implicitDeny');
    iam.roles['cognito_appauth_role']!.inlinePolicies['everything'] = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::photos/*' }],
    });
    expect(authorize(s3, 'GetObject', request, caller, env(iam))?.record.decision).toBe('allow');
  });

  it('reads attached customer managed policies at their default version', () => {
    const arn = `arn:aws:iam::${ACCOUNT}:policy/ReadPhotos`;
    const doc = (resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }] });
    const iam: IamState = {
      oidcProviders: {},
      samlProviders: {},
      roles: { cognito_appauth_role: role({}, [arn]) },
      policies: {
        [arn]: {
          PolicyName: 'ReadPhotos',
          PolicyId: 'ANPAEXAMPLEPOLICY001',
          Arn: arn,
          Path: '/',
          DefaultVersionId: 'v2',
          CreateDate: DEFAULT_START_TIME,
          UpdateDate: DEFAULT_START_TIME,
          versions: [
            { VersionId: 'v1', Document: doc('arn:aws:s3:::photos/*'), CreateDate: DEFAULT_START_TIME },
            { VersionId: 'v2', Document: doc('arn:aws:s3:::other/*'), CreateDate: DEFAULT_START_TIME },
          ],
          nextVersion: 3,
          Tags: [],
        },
      },
    };
    expect(authorize(s3, 'GetObject', { Bucket: 'photos', Key: 'a' }, session(), env(iam))?.record.decision).toBe('implicitDeny');
    expect(authorize(s3, 'GetObject', { Bucket: 'other', Key: 'a' }, session(), env(iam))?.record.decision).toBe('allow');
  });

  it('denies every request of a role that no longer exists, or was created again under its name', () => {
    const judged = authorize(
      s3,
      'GetObject',
      { Bucket: 'photos', Key: `${IDENTITY}/a` },
      session(),
      env({ roles: {}, policies: {}, oidcProviders: {}, samlProviders: {} }),
    );
    expect(judged?.record).toMatchObject({ decision: 'implicitDeny', reason: 'identity' });
    expect(judged?.record.trace.policies).toEqual([]);
    expect(authorize(s3, 'GetObject', { Bucket: 'photos', Key: `${IDENTITY}/a` }, session(), env(undefined))?.error?.code).toBe('AccessDenied');
    const recreated = perIdentity();
    recreated.roles['cognito_appauth_role']!.RoleId = 'AROAEXAMPLEROLEID002';
    expect(authorize(s3, 'GetObject', { Bucket: 'photos', Key: `${IDENTITY}/a` }, session(), env(recreated))?.record.decision).toBe('implicitDeny');
    expect(authorize(s3, 'GetObject', { Bucket: 'photos', Key: `${IDENTITY}/a` }, session(), env(perIdentity()))?.record.decision).toBe('allow');
  });
});

describe('authorize: session policies', () => {
  const guest = () => session({ sessionPolicies: GUEST_SESSION_POLICIES.map((p) => JSON.stringify(p.document)) });
  const everything = () => iamWith({ all: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } });

  it('limits a guest to the scope-down: a service outside it is denied by no session policy', () => {
    const judged = authorize(sts, 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'x' }, guest(), env(everything()));
    expect(judged?.error?.code).toBe('AccessDenied');
    expect(judged?.error?.status).toBe(403);
    expect(judged?.error?.message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN} because no session policy allows the sts:AssumeRole action`,
    );
    expect(judged?.record).toMatchObject({ decision: 'implicitDeny', reason: 'session' });
  });

  it('allows what both the role and a session policy allow', () => {
    const judged = authorize(s3, 'GetObject', { Bucket: 'photos', Key: 'a' }, guest(), env(everything()));
    expect(judged?.record).toMatchObject({ decision: 'allow', reason: 'session' });
    expect(judged?.record.trace.policies.map((p) => [p.type, p.name])).toEqual([
      ['identity', 'all'],
      ['session', 'Session policy 1'],
      ['session', 'Session policy 2'],
    ]);
  });
});

describe('authorize: what is not evaluated, and other protocols', () => {
  const denyAll = () => iamWith({ deny: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] } });

  it('never evaluates GetCallerIdentity, even under an explicit Deny', () => {
    expect(authorize(sts, 'GetCallerIdentity', {}, session(), env(denyAll()))).toBeUndefined();
  });

  it('does not evaluate public actions called with credentials', () => {
    expect(authorize(cognitoIdentity, 'GetId', { IdentityPoolId: POOL }, session(), env(denyAll()))).toBeUndefined();
    expect(authorize(sts, 'AssumeRoleWithWebIdentity', { RoleArn: ROLE_ARN }, session(), env(denyAll()))).toBeUndefined();
  });

  it('does not evaluate administrators, anonymous callers or user pools', () => {
    const request = { Bucket: 'photos', Key: 'a' };
    expect(authorize(s3, 'GetObject', request, { kind: 'admin', verified: true }, env(denyAll()))).toBeUndefined();
    expect(authorize(s3, 'GetObject', request, { kind: 'anonymous' }, env(denyAll()))).toBeUndefined();
    expect(authorize(cognitoIdp, 'ListUserPools', { MaxResults: 1 }, session(), env(denyAll()))).toBeUndefined();
  });

  it('answers a JSON service’s denial with AccessDeniedException 400', () => {
    const judged = authorize(cognitoIdentity, 'DescribeIdentityPool', { IdentityPoolId: POOL }, session(), env(perIdentity()));
    expect(judged?.error?.code).toBe('AccessDeniedException');
    expect(judged?.error?.status).toBe(400);
    expect(judged?.error?.message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: cognito-identity:DescribeIdentityPool on resource: arn:aws:cognito-identity:us-east-1:${ACCOUNT}:identitypool/${POOL} because no identity-based policy allows the cognito-identity:DescribeIdentityPool action`,
    );
  });

  it('names the account’s pools as ListIdentityPools’s resource, as AWS’s denial does', () => {
    const judged = authorize(cognitoIdentity, 'ListIdentityPools', { MaxResults: 10 }, session(), env(perIdentity()));
    expect(judged?.error?.code).toBe('AccessDeniedException');
    expect(judged?.error?.status).toBe(400);
    expect(judged?.error?.message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: cognito-identity:ListIdentityPools on resource: arn:aws:cognito-identity:us-east-1:${ACCOUNT}:identitypool/ because no identity-based policy allows the cognito-identity:ListIdentityPools action`,
    );
  });

  it('gives policies the session’s context keys: user id, tags, time, transport and region', () => {
    const iam = iamWith({
      scoped: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::photos/${aws:PrincipalTag/team}/*',
            Condition: {
              StringEquals: { 'aws:userid': 'AROAEXAMPLEROLEID001:CognitoIdentityCredentials', 'aws:RequestedRegion': 'eu-west-1' },
              Bool: { 'aws:SecureTransport': 'true' },
              DateLessThan: { 'aws:CurrentTime': '2026-01-15T10:00:00Z' },
              DateEquals: { 'aws:TokenIssueTime': '2026-01-15T09:00:00Z' },
              NumericGreaterThan: { 'aws:EpochTime': String(DEFAULT_START_TIME / 1000 - 1) },
            },
          },
        ],
      },
    });
    const caller = session({ tags: { team: 'red' } });
    const request = { Bucket: 'photos', Key: 'red/a' };
    expect(authorize(s3, 'GetObject', request, caller, env(iam, { region: 'eu-west-1' }))?.record.decision).toBe('allow');
    expect(authorize(s3, 'GetObject', request, caller, env(iam, { region: 'eu-west-1', secure: false }))?.record.decision).toBe('implicitDeny');
    expect(authorize(s3, 'GetObject', request, caller, env(iam))?.record.decision).toBe('implicitDeny');
    expect(authorize(s3, 'GetObject', request, caller, env(iam, { region: 'eu-west-1', now: DEFAULT_START_TIME + 3600_000 }))?.record.decision).toBe(
      'implicitDeny',
    );
    expect(authorize(s3, 'GetObject', { Bucket: 'photos', Key: 'blue/a' }, caller, env(iam, { region: 'eu-west-1' }))?.record.decision).toBe('implicitDeny');
  });
});
