import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy, parsePolicy, PolicyDocumentError, POLICY_MESSAGES, validatePolicyDocument } from '../../../../src/engine';
import { allow, POOL_ID, statement } from './helpers';

describe('parsing a policy document', () => {
  it('takes Statement as one object or as a list, and a missing Version as 2008-10-17', () => {
    const one = parsePolicy({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } });
    expect(one).toMatchObject({
      version: '2008-10-17',
      versionMissing: true,
      statements: [{ index: 0, effect: 'Allow', action: ['s3:GetObject'], resource: ['*'] }],
    });
    const many = parsePolicy(
      JSON.stringify({ Version: '2012-10-17', Id: 'p1', Statement: [{ Sid: 'A', Effect: 'Deny', NotAction: ['iam:*'], NotResource: 'arn:aws:iam::*:*' }] }),
    );
    expect(many).toMatchObject({
      version: '2012-10-17',
      id: 'p1',
      statements: [{ sid: 'A', effect: 'Deny', notAction: ['iam:*'], notResource: ['arn:aws:iam::*:*'] }],
    });
  });

  it('reads Principal forms: "*", AWS, Federated and Service', () => {
    const p = parsePolicy({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
        {
          Effect: 'Allow',
          Principal: { AWS: ['123456789012'], Federated: 'cognito-identity.amazonaws.com', Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    expect(p.statements[0]?.principal).toBe('*');
    expect(p.statements[1]?.principal).toEqual({ AWS: ['123456789012'], Federated: ['cognito-identity.amazonaws.com'], Service: ['lambda.amazonaws.com'] });
  });

  it('flattens Condition into one test per operator and key, values as strings', () => {
    const p = parsePolicy(allow('*', '*', { Condition: { Bool: { 'aws:SecureTransport': true }, NumericLessThan: { 's3:max-keys': [10, 20] } } }));
    expect(p.statements[0]?.conditions).toEqual([
      { operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] },
      { operator: 'NumericLessThan', key: 's3:max-keys', values: ['10', '20'] },
    ]);
  });

  it('throws MalformedPolicyDocument "Syntax errors in policy." for JSON that is not a policy', () => {
    for (const bad of ['{', '[]', '{"Statement": []}', '{"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]}']) {
      expect(() => parsePolicy(bad)).toThrow(new PolicyDocumentError('Syntax errors in policy.'));
    }
  });
});

describe('validating a document for IAM (MalformedPolicyDocument messages)', () => {
  const identity = (doc: unknown) => validatePolicyDocument(doc as object, 'identity');

  it('accepts a well-formed identity policy and a Cognito trust policy', () => {
    expect(identity(allow('s3:GetObject', 'arn:aws:s3:::bucket/*'))).toBeUndefined();
    expect(validatePolicyDocument(cognitoTrustPolicy(POOL_ID, 'authenticated'), 'trust')).toBeUndefined();
  });

  it('says "Syntax errors in policy." for unknown elements, both Action and NotAction, and unknown operators', () => {
    expect(identity({ Version: '2012-10-17', Statement: [], Extra: 1 })).toBe('Syntax errors in policy.');
    expect(identity(statement({ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' }))).toBe('Syntax errors in policy.');
    expect(identity(statement({ Effect: 'Allow', Action: '*', Resource: '*', Colour: 'red' }))).toBe('Syntax errors in policy.');
    expect(identity(allow('*', '*', { Condition: { StringSortOf: { 'aws:username': 'x' } } }))).toBe('Syntax errors in policy.');
    expect(identity({ Version: '2013-01-01', Statement: allow('*').Statement })).toBe('Syntax errors in policy.');
  });

  it('says an identity policy should not specify a principal', () => {
    expect(identity(statement({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }))).toBe('Policy document should not specify a principal.');
    expect(validatePolicyDocument(statement({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }), 'session')).toBe(
      POLICY_MESSAGES.principalInIdentity,
    );
  });

  it('says a trust policy is missing its Principal', () => {
    expect(validatePolicyDocument(statement({ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity' }), 'trust')).toBe('Missing required field Principal');
  });

  it('refuses a trust policy with a Resource or a non-AssumeRole action', () => {
    const trust = cognitoTrustPolicy(POOL_ID, 'unauthenticated');
    const withResource = { ...trust, Statement: [{ ...trust.Statement[0], Resource: '*' }] };
    expect(validatePolicyDocument(withResource, 'trust')).toBe('Has prohibited field Resource');
    const s3 = { ...trust, Statement: [{ ...trust.Statement[0], Action: 's3:GetObject' }] };
    expect(validatePolicyDocument(s3, 'trust')).toBe('AssumeRole policy may only specify STS AssumeRole actions.');
  });

  it('asks identity policies for Version 2012-10-17, but accepts a 2008-10-17 trust policy', () => {
    expect(identity(statement({ Effect: 'Allow', Action: '*', Resource: '*' }, '2008-10-17'))).toBe('Policy document must be version 2012-10-17 or greater.');
    const old = { ...cognitoTrustPolicy(POOL_ID, 'authenticated'), Version: '2008-10-17' };
    expect(validatePolicyDocument(old, 'trust')).toBeUndefined();
  });

  it('says statements must contain actions and resources', () => {
    expect(identity(statement({ Effect: 'Allow', Resource: '*' }))).toBe('Policy statement must contain actions.');
    expect(identity(statement({ Effect: 'Allow', Action: [], Resource: '*' }))).toBe('Policy statement must contain actions.');
    expect(identity(statement({ Effect: 'Allow', Action: 's3:*' }))).toBe('Policy statement must contain resources.');
  });

  it('says Sids must be unique within a policy', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', ...allow('*').Statement[0] },
        { Sid: 'A', ...allow('s3:*').Statement[0] },
      ],
    };
    expect(identity(doc)).toBe('Statement IDs (SID) in a single policy must be unique.');
  });

  it('fails legacy parsing for an Effect in the wrong case and an impossible date', () => {
    expect(identity(statement({ Effect: 'allow', Action: '*', Resource: '*' }))).toBe('The policy failed legacy parsing');
    expect(identity(allow('*', '*', { Condition: { DateLessThan: { 'aws:CurrentTime': '2026-13-01T00:00:00Z' } } }))).toBe('The policy failed legacy parsing');
  });

  it('checks action vendors and resource formats', () => {
    expect(identity(allow('GetObject'))).toBe('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
    expect(identity(allow('s3:Get:Object'))).toBe('Actions/Condition can contain only one colon.');
    expect(identity(allow('s3!:GetObject'))).toBe('Vendor s3! is not valid');
    expect(identity(allow('s3:GetObject', 'bucket/key'))).toBe('Resource bucket/key must be in ARN format or "*".');
  });
});
