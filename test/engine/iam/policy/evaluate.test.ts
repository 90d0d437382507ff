import { describe, expect, it } from 'vitest';
import { evaluatePolicies, PolicyDocumentError } from '../../../../src/engine';
import { allow, request, ROLE_SESSION, statement } from './helpers';

const OBJECT = 'arn:aws:s3:::bucket/key';
const USER = `User: ${ROLE_SESSION.arn}`;

describe('policy evaluation logic', () => {
  it('denies by default when no policy applies (implicit deny)', () => {
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [] });
    expect(r.decision).toBe('implicitDeny');
    expect(r.reason).toBe('identity');
    expect(r.message).toBe(
      `${USER} is not authorized to perform: s3:GetObject on resource: ${OBJECT} because no identity-based policy allows the s3:GetObject action`,
    );
    expect(r.trace.decidedBy).toEqual([]);
  });

  it('allows when an identity-based policy has a matching Allow and nothing denies', () => {
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [allow('s3:GetObject', OBJECT)] });
    expect(r.decision).toBe('allow');
    expect(r.reason).toBe('identity');
    expect(r.message).toBeUndefined();
    expect(r.trace.decidedBy).toEqual([{ type: 'identity', policyIndex: 0, statementIndex: 0 }]);
  });

  it('an explicit Deny overrides any Allow (evaluation logic)', () => {
    const deny = statement({ Sid: 'NoKeys', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::bucket/*' });
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [allow('*'), deny] });
    expect(r.decision).toBe('explicitDeny');
    expect(r.reason).toBe('identity');
    expect(r.message).toBe(`${USER} is not authorized to perform: s3:GetObject on resource: ${OBJECT} with an explicit deny in an identity-based policy`);
    expect(r.trace.decidedBy).toEqual([{ type: 'identity', policyIndex: 1, statementIndex: 0, sid: 'NoKeys' }]);
    expect(r.trace.policies[0]?.statements[0]?.outcome).toBe('allows');
    expect(r.trace.policies[1]?.statements[0]?.outcome).toBe('denies');
  });

  it('a Deny in the same statement list as the Allow still wins, whatever the order', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      ],
    };
    expect(evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [doc] }).decision).toBe('explicitDeny');
  });

  it('a Deny whose condition does not hold does not apply, so the Allow stands', () => {
    const deny = statement({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    const r = evaluatePolicies(request('s3:GetObject', OBJECT, { 'aws:SecureTransport': true }), { identity: [allow('*'), deny] });
    expect(r.decision).toBe('allow');
    expect(r.trace.policies[1]?.statements[0]).toMatchObject({ conditionsMet: false, outcome: 'notApplicable' });
  });

  it('an Allow for another action leaves the request implicitly denied', () => {
    const r = evaluatePolicies(request('s3:PutObject', OBJECT), { identity: [allow('s3:GetObject')] });
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.action).toEqual({ element: 'Action', patterns: ['s3:GetObject'], applies: false });
  });

  it('lists every allowing statement that decided an allow', () => {
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [allow('s3:*'), { name: 'ReadAll', document: allow('*:Get*') }] });
    expect(r.trace.decidedBy).toEqual([
      { type: 'identity', policyIndex: 0, statementIndex: 0 },
      { type: 'identity', policyIndex: 1, policyName: 'ReadAll', statementIndex: 0 },
    ]);
    expect(r.trace.policies[1]?.name).toBe('ReadAll');
  });

  it('leaves out "on resource" when the action has no resource (`*`)', () => {
    const r = evaluatePolicies(request('s3:ListAllMyBuckets', '*'), { identity: [] });
    expect(r.message).toBe(`${USER} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`);
  });

  it('reads policies given as JSON text', () => {
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [JSON.stringify(allow('s3:GetObject'))] });
    expect(r.decision).toBe('allow');
  });

  it('refuses to evaluate a policy that does not parse, with IAM’s message', () => {
    expect(() => evaluatePolicies(request('s3:GetObject', OBJECT), { identity: ['{not json'] })).toThrow(PolicyDocumentError);
    expect(() => evaluatePolicies(request('s3:GetObject', OBJECT), { identity: ['{not json'] })).toThrow('Syntax errors in policy.');
  });
});

describe('session policies (the intersection)', () => {
  it('needs an Allow in the session policies too: the role allows, the session policy does not (implicit deny)', () => {
    const r = evaluatePolicies(request('evidently:EvaluateFeature', '*'), { identity: [allow('*')], session: [allow('s3:*')] });
    expect(r.decision).toBe('implicitDeny');
    expect(r.reason).toBe('session');
    expect(r.message).toBe(
      `${USER} is not authorized to perform: evidently:EvaluateFeature because no session policy allows the evidently:EvaluateFeature action`,
    );
  });

  it('a session policy cannot grant what the identity-based policies do not', () => {
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [allow('sqs:*')], session: [allow('*')] });
    expect(r.decision).toBe('implicitDeny');
    expect(r.reason).toBe('identity');
    expect(r.message).toContain('because no identity-based policy allows the s3:GetObject action');
  });

  it('allows what both the role and a session policy allow, naming both in decidedBy', () => {
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [allow('s3:*')], session: [allow('sqs:*'), allow('s3:Get*')] });
    expect(r.decision).toBe('allow');
    expect(r.reason).toBe('session');
    expect(r.trace.decidedBy).toEqual([
      { type: 'identity', policyIndex: 0, statementIndex: 0 },
      { type: 'session', policyIndex: 1, statementIndex: 0 },
    ]);
  });

  it('an explicit Deny in a session policy denies, and the message says so', () => {
    const deny = statement({ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' });
    const r = evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [allow('*')], session: [allow('*'), deny] });
    expect(r.decision).toBe('explicitDeny');
    expect(r.reason).toBe('session');
    expect(r.message).toBe(`${USER} is not authorized to perform: s3:GetObject on resource: ${OBJECT} with an explicit deny in a session policy`);
  });

  it('an empty session policy list adds no limit', () => {
    expect(evaluatePolicies(request('s3:GetObject', OBJECT), { identity: [allow('*')], session: [] }).decision).toBe('allow');
  });
});

describe('trust policies (sts:AssumeRole*)', () => {
  const trust = statement({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' });
  const role = 'arn:aws:iam::123456789012:role/Admin';
  const user = { arn: 'arn:aws:iam::123456789012:user/sam', type: 'User' as const, username: 'sam' };

  it('allows a principal of the trusted account (account root ARN) to assume the role', () => {
    const r = evaluatePolicies(request('sts:AssumeRole', role, {}, user), { identity: [], trust });
    expect(r.decision).toBe('allow');
    expect(r.reason).toBe('trust');
    expect(r.trace.policies[0]?.statements[0]?.principal).toEqual({
      element: 'Principal',
      patterns: ['AWS: arn:aws:iam::123456789012:root'],
      matchedPattern: 'AWS: arn:aws:iam::123456789012:root',
      applies: true,
    });
  });

  it('denies a principal of another account: the Principal does not match', () => {
    const other = { arn: 'arn:aws:iam::210987654321:user/eve', type: 'User' as const };
    const r = evaluatePolicies(request('sts:AssumeRole', role, {}, other), { identity: [], trust });
    expect(r.decision).toBe('implicitDeny');
    expect(r.reason).toBe('trust');
    expect(r.message).toBe(`User: arn:aws:iam::210987654321:user/eve is not authorized to perform: sts:AssumeRole on resource: ${role}`);
    expect(r.trace.policies[0]?.statements[0]?.principal?.applies).toBe(false);
  });

  it('with the caller’s identity policies given, they must allow sts:AssumeRole as well', () => {
    const r = evaluatePolicies(request('sts:AssumeRole', role, {}, user), { identity: [allow('s3:*')], trust });
    expect(r.decision).toBe('implicitDeny');
    expect(r.reason).toBe('identity');
  });

  it('a role ARN as Principal covers that role’s sessions', () => {
    const byRole = statement({ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:role/Cognito_PoolAuth_Role'] }, Action: 'sts:AssumeRole' });
    expect(evaluatePolicies(request('sts:AssumeRole', role), { identity: [], trust: byRole }).decision).toBe('allow');
  });

  it('NotPrincipal applies to every principal but the ones it names', () => {
    const deny = statement({ Effect: 'Deny', NotPrincipal: { AWS: user.arn }, Action: 'sts:AssumeRole' });
    const both = { Version: '2012-10-17', Statement: [...trust.Statement, ...deny.Statement] };
    expect(evaluatePolicies(request('sts:AssumeRole', role, {}, user), { identity: [], trust: both }).decision).toBe('allow');
    const r = evaluatePolicies(request('sts:AssumeRole', role), { identity: [], trust: both });
    expect(r.decision).toBe('explicitDeny');
    expect(r.message).toBe(`${USER} is not authorized to perform: sts:AssumeRole on resource: ${role} with an explicit deny in a resource-based policy`);
  });

  it('"Principal": "*" trusts everyone, anonymous callers included', () => {
    const open = statement({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' });
    const anonymous = { arn: 'anonymous', type: 'Anonymous' as const };
    expect(evaluatePolicies(request('sts:AssumeRole', role, {}, anonymous), { identity: [], trust: open }).decision).toBe('allow');
  });
});
