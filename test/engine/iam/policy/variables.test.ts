import { describe, expect, it } from 'vitest';
import { evaluatePolicies, perIdentityS3Policy, type RequestPrincipal } from '../../../../src/engine';
import { allow, allowIf, IDENTITY_ID, POOL_ID, request, ROLE_SESSION, statement } from './helpers';

const COGNITO = { 'cognito-identity.amazonaws.com:sub': IDENTITY_ID, 'cognito-identity.amazonaws.com:aud': POOL_ID };

describe('policy variables', () => {
  it('substitutes ${cognito-identity.amazonaws.com:sub} in a Resource, so each identity reaches only its own prefix', () => {
    const policy = perIdentityS3Policy('mybucket');
    const own = evaluatePolicies(request('s3:GetObject', `arn:aws:s3:::mybucket/${IDENTITY_ID}/photo.jpg`, COGNITO), { identity: [policy] });
    expect(own.decision).toBe('allow');
    expect(own.trace.policies[0]?.statements[1]?.resource).toMatchObject({
      patterns: [`arn:aws:s3:::mybucket/${IDENTITY_ID}/*`],
      matchedPattern: `arn:aws:s3:::mybucket/${IDENTITY_ID}/*`,
    });
    const other = evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::mybucket/us-east-1:someone-else/photo.jpg', COGNITO), { identity: [policy] });
    expect(other.decision).toBe('implicitDeny');
  });

  it('substitutes variables in condition values (s3:prefix against the identity’s own folder)', () => {
    const policy = perIdentityS3Policy('mybucket');
    const r = evaluatePolicies(request('s3:ListBucket', 'arn:aws:s3:::mybucket', { ...COGNITO, 's3:prefix': `${IDENTITY_ID}/` }), { identity: [policy] });
    expect(r.decision).toBe('allow');
    expect(r.trace.policies[0]?.statements[0]?.conditions[0]).toMatchObject({
      policyValues: [`${IDENTITY_ID}/*`],
      requestValues: [`${IDENTITY_ID}/`],
      result: true,
    });
  });

  it('substitutes ${cognito-identity.amazonaws.com:aud} and :sub in a Cognito Sync dataset ARN', () => {
    const policy = allow(
      'cognito-sync:*',
      'arn:aws:cognito-sync:us-east-1:123456789012:identitypool/${cognito-identity.amazonaws.com:aud}/identity/${cognito-identity.amazonaws.com:sub}/*',
    );
    const dataset = `arn:aws:cognito-sync:us-east-1:123456789012:identitypool/${POOL_ID}/identity/${IDENTITY_ID}/dataset/prefs`;
    expect(evaluatePolicies(request('cognito-sync:UpdateRecords', dataset, COGNITO), { identity: [policy] }).decision).toBe('allow');
  });

  it('takes ${aws:userid}, ${aws:username} and ${aws:PrincipalTag/…} from the principal', () => {
    const user: RequestPrincipal = { arn: 'arn:aws:iam::123456789012:user/sam', type: 'User', username: 'sam', userid: 'AIDAEXAMPLE', tags: { team: 'blue' } };
    const policy = allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/${aws:PrincipalTag/team}/${aws:userid}');
    expect(evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::home/sam/blue/AIDAEXAMPLE', {}, user), { identity: [policy] }).decision).toBe('allow');
  });

  it("uses a default when the key has no value: ${aws:PrincipalTag/team, 'company-wide'}", () => {
    const policy = allow('s3:GetObject', "arn:aws:s3:::shared/${aws:PrincipalTag/team, 'company-wide'}/*");
    const r = evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::shared/company-wide/a.txt'), { identity: [policy] });
    expect(r.decision).toBe('allow');
    expect(r.trace.policies[0]?.statements[0]?.resource?.patterns).toEqual(['arn:aws:s3:::shared/company-wide/*']);
  });

  it('a variable with no value and no default makes the Resource match nothing', () => {
    const policy = allow('s3:GetObject', 'arn:aws:s3:::home/${aws:username}/*');
    const r = evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::home/sam/a'), { identity: [policy] });
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.resource).toMatchObject({ applies: false, unresolved: ['arn:aws:s3:::home/${aws:username}/*'] });
  });

  it('a variable with no value in a condition: StringEquals does not match, StringNotEquals does (effectively null)', () => {
    const eq = evaluatePolicies(request('s3:GetObject', '*', { 's3:prefix': 'x' }), {
      identity: [allowIf({ StringEquals: { 's3:prefix': '${aws:username}' } })],
    });
    expect(eq.decision).toBe('implicitDeny');
    expect(eq.trace.policies[0]?.statements[0]?.conditions[0]).toMatchObject({ unresolved: ['${aws:username}'], result: false });
    const ne = evaluatePolicies(request('s3:GetObject', '*', { 's3:prefix': 'x' }), {
      identity: [allowIf({ StringNotEquals: { 's3:prefix': '${aws:username}' } })],
    });
    expect(ne.decision).toBe('allow');
  });

  it('${*}, ${?} and ${$} stand for the literal characters, not wildcards', () => {
    const policy = allow('s3:GetObject', 'arn:aws:s3:::bucket/${*}${?}${$}');
    expect(evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::bucket/*?$'), { identity: [policy] }).decision).toBe('allow');
    expect(evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::bucket/ab$'), { identity: [policy] }).decision).toBe('implicitDeny');
  });

  it('a 2008-10-17 policy gets no substitution: ${aws:username} is plain text', () => {
    const policy = statement({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}' }, '2008-10-17');
    const user: RequestPrincipal = { ...ROLE_SESSION, username: 'sam' };
    expect(evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::home/sam', {}, user), { identity: [policy] }).decision).toBe('implicitDeny');
    const r = evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::home/${aws:username}', {}, user), { identity: [policy] });
    expect(r.decision).toBe('allow');
    expect(r.trace.policies[0]?.version).toBe('2008-10-17');
  });

  it('Null takes no variables: its key is tested for presence as written', () => {
    const r = evaluatePolicies(request('s3:GetObject', '*', { 'aws:username': 'sam' }), { identity: [allowIf({ Null: { 'aws:username': 'false' } })] });
    expect(r.decision).toBe('allow');
    expect(r.trace.policies[0]?.statements[0]?.conditions[0]?.policyValues).toEqual(['false']);
  });

  it('a variable’s value is matched literally, even when it contains wildcard characters', () => {
    const policy = allow('s3:GetObject', 'arn:aws:s3:::home/${aws:PrincipalTag/dir}/*');
    const tagged: RequestPrincipal = { ...ROLE_SESSION, tags: { dir: 'a*' } };
    expect(evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::home/a*/x', {}, tagged), { identity: [policy] }).decision).toBe('allow');
    expect(evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::home/abc/x', {}, tagged), { identity: [policy] }).decision).toBe('implicitDeny');
  });
});

describe('where variables apply', () => {
  it('substitutes a Resource’s variables only after the ARN’s fifth colon', () => {
    const user: RequestPrincipal = { arn: 'arn:aws:iam::123456789012:user/sam', type: 'User', username: 'sam' };
    const inAccount = allow('s3:GetObject', 'arn:aws:s3::${aws:username}:bucket/${aws:username}');
    const r = evaluatePolicies(request('s3:GetObject', 'arn:aws:s3::sam:bucket/sam', {}, user), { identity: [inAccount] });
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.resource?.patterns).toEqual(['arn:aws:s3::${aws:username}:bucket/sam']);
  });

  it('puts aws:PrincipalType in the context from the principal (an assumed-role session is AssumedRole)', () => {
    const r = evaluatePolicies(request('s3:GetObject', '*'), { identity: [allowIf({ StringEquals: { 'aws:PrincipalType': 'AssumedRole' } })] });
    expect(r.decision).toBe('allow');
  });
});
