import { describe, expect, it } from 'vitest';
import { evaluatePolicies } from '../../../../src/engine';
import { allow, request, statement } from './helpers';

const decide = (policy: object, action: string, resource: string) => evaluatePolicies(request(action, resource), { identity: [policy] });

describe('Action and NotAction', () => {
  it('matches action names case-insensitively (Action element)', () => {
    const r = decide(allow('S3:getobject'), 's3:GetObject', '*');
    expect(r.decision).toBe('allow');
    expect(r.trace.policies[0]?.statements[0]?.action.matchedPattern).toBe('S3:getobject');
  });

  it('`*` in an action matches any run of characters, `?` one character', () => {
    expect(decide(allow('s3:Get*'), 's3:GetObjectAcl', '*').decision).toBe('allow');
    expect(decide(allow('s3:?etObject'), 's3:GetObject', '*').decision).toBe('allow');
    expect(decide(allow('s3:?Object'), 's3:GetObject', '*').decision).toBe('implicitDeny');
  });

  it('an Action list matches when any of its entries does, and the trace names that entry', () => {
    const r = decide(allow(['sqs:*', 'cognito-sync:*']), 'cognito-sync:ListRecords', '*');
    expect(r.trace.policies[0]?.statements[0]?.action).toEqual({
      element: 'Action',
      patterns: ['sqs:*', 'cognito-sync:*'],
      matchedPattern: 'cognito-sync:*',
      applies: true,
    });
  });

  it('Allow with NotAction allows every action except those listed', () => {
    const policy = statement({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    expect(decide(policy, 's3:GetObject', '*').decision).toBe('allow');
    const r = decide(policy, 'iam:CreateRole', '*');
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.action).toEqual({ element: 'NotAction', patterns: ['iam:*'], matchedPattern: 'iam:*', applies: false });
  });

  it('Deny with NotAction denies everything except the actions listed', () => {
    const deny = statement({ Effect: 'Deny', NotAction: ['s3:GetObject'], Resource: '*' });
    expect(evaluatePolicies(request('s3:PutObject', '*'), { identity: [allow('*'), deny] }).decision).toBe('explicitDeny');
    expect(evaluatePolicies(request('s3:GetObject', '*'), { identity: [allow('*'), deny] }).decision).toBe('allow');
  });
});

describe('Resource and NotResource', () => {
  it('matches resource ARNs case-sensitively', () => {
    expect(decide(allow('s3:GetObject', 'arn:aws:s3:::bucket/Key'), 's3:GetObject', 'arn:aws:s3:::bucket/key').decision).toBe('implicitDeny');
  });

  it('`*` in a resource ARN spans `/` (bucket/* covers nested keys)', () => {
    const r = decide(allow('s3:GetObject', 'arn:aws:s3:::bucket/*'), 's3:GetObject', 'arn:aws:s3:::bucket/a/b/c.txt');
    expect(r.decision).toBe('allow');
    expect(r.trace.policies[0]?.statements[0]?.resource).toMatchObject({ element: 'Resource', matchedPattern: 'arn:aws:s3:::bucket/*', applies: true });
  });

  it('bucket/* does not cover the bucket itself', () => {
    expect(decide(allow('s3:ListBucket', 'arn:aws:s3:::bucket/*'), 's3:ListBucket', 'arn:aws:s3:::bucket').decision).toBe('implicitDeny');
  });

  it('`?` matches exactly one character in a resource', () => {
    expect(decide(allow('s3:GetObject', 'arn:aws:s3:::bucket/file?.txt'), 's3:GetObject', 'arn:aws:s3:::bucket/file1.txt').decision).toBe('allow');
    expect(decide(allow('s3:GetObject', 'arn:aws:s3:::bucket/file?.txt'), 's3:GetObject', 'arn:aws:s3:::bucket/file12.txt').decision).toBe('implicitDeny');
  });

  it('wildcards in region and account segments match any region and account', () => {
    const arn = 'arn:aws:cognito-sync:us-east-1:123456789012:identitypool/p/identity/i/dataset/d';
    expect(decide(allow('cognito-sync:*', 'arn:aws:cognito-sync:*:*:identitypool/*'), 'cognito-sync:ListRecords', arn).decision).toBe('allow');
  });

  it('a wildcard is not allowed in the service part of an ARN: it matches nothing', () => {
    const r = decide(allow('s3:GetObject', 'arn:aws:s*:::bucket/key'), 's3:GetObject', 'arn:aws:s3:::bucket/key');
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.resource).toMatchObject({ applies: false, note: 'no wildcard in the service part of an ARN' });
  });

  it('Allow with NotResource allows every resource except those listed', () => {
    const policy = statement({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' });
    expect(decide(policy, 's3:GetObject', 'arn:aws:s3:::public/a').decision).toBe('allow');
    const r = decide(policy, 's3:GetObject', 'arn:aws:s3:::secret/a');
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.resource).toEqual({
      element: 'NotResource',
      patterns: ['arn:aws:s3:::secret/*'],
      matchedPattern: 'arn:aws:s3:::secret/*',
      applies: false,
    });
  });

  it('"Resource": "*" covers actions on no resource', () => {
    expect(decide(allow('s3:ListAllMyBuckets', '*'), 's3:ListAllMyBuckets', '*').decision).toBe('allow');
    expect(decide(allow('s3:ListAllMyBuckets', 'arn:aws:s3:::*'), 's3:ListAllMyBuckets', '*').decision).toBe('implicitDeny');
  });
});
