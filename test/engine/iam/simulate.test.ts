import { describe, expect, it } from 'vitest';
import { statementSpans } from '../../../src/engine/iam/lib/positions';
import { expectAwsError, newCloud } from '../../support/cloud';
import { createRole, DENY_DELETE, READ_BUCKET } from './support';

const TAGGED = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*', Condition: { StringEquals: { 'aws:RequestTag/team': 'core' } } }],
});

describe('SimulateCustomPolicy', () => {
  it('decides each action on each resource: allowed, explicitDeny, implicitDeny, with the statements that decided', async () => {
    const cloud = await newCloud();
    const allowAll = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] });
    const out = await cloud.iam.simulateCustomPolicy({
      PolicyInputList: [allowAll, DENY_DELETE],
      ActionNames: ['s3:GetObject', 's3:DeleteObject', 'sqs:SendMessage'],
      ResourceArns: ['arn:aws:s3:::bucket/key'],
    });
    expect(out.IsTruncated).toBe(false);
    expect(out.EvaluationResults.map((r) => [r.EvalActionName, r.EvalResourceName, r.EvalDecision])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::bucket/key', 'allowed'],
      ['s3:DeleteObject', 'arn:aws:s3:::bucket/key', 'explicitDeny'],
      ['sqs:SendMessage', 'arn:aws:s3:::bucket/key', 'implicitDeny'],
    ]);
    expect(out.EvaluationResults[0]!.MatchedStatements).toEqual([
      { SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'none', StartPosition: { Line: 1, Column: 38 }, EndPosition: { Line: 1, Column: 86 } },
    ]);
    expect(out.EvaluationResults[1]!.MatchedStatements.map((m) => m.SourcePolicyId)).toEqual(['PolicyInputList.2']);
    expect(out.EvaluationResults[2]!.MatchedStatements).toEqual([]);
  });

  it('uses ContextEntries as condition keys and reports the ones a condition needed but was not given', async () => {
    const cloud = await newCloud();
    const without = await cloud.iam.simulateCustomPolicy({ PolicyInputList: [TAGGED], ActionNames: ['s3:PutObject'] });
    expect(without.EvaluationResults[0]).toMatchObject({ EvalResourceName: '*', EvalDecision: 'implicitDeny', MissingContextValues: ['aws:RequestTag/team'] });
    const given = await cloud.iam.simulateCustomPolicy({
      PolicyInputList: [TAGGED],
      ActionNames: ['s3:PutObject'],
      ContextEntries: [{ ContextKeyName: 'aws:RequestTag/team', ContextKeyType: 'string', ContextKeyValues: ['core'] }],
    });
    expect(given.EvaluationResults[0]).toMatchObject({ EvalDecision: 'allowed', MissingContextValues: [] });
  });

  it('pages the results with MaxItems and Marker', async () => {
    const cloud = await newCloud();
    const request = { PolicyInputList: [READ_BUCKET], ActionNames: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'] };
    const first = await cloud.iam.simulateCustomPolicy({ ...request, MaxItems: 2 });
    expect(first.EvaluationResults).toHaveLength(2);
    expect(first.IsTruncated).toBe(true);
    const rest = await cloud.iam.simulateCustomPolicy({ ...request, MaxItems: 2, Marker: first.Marker! });
    expect(rest.EvaluationResults.map((r) => r.EvalActionName)).toEqual(['s3:ListBucket']);
    expect(rest.IsTruncated).toBe(false);
  });

  it('refuses a document it cannot read with InvalidInput', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.iam.simulateCustomPolicy({ PolicyInputList: ['{'], ActionNames: ['s3:GetObject'] }),
      'InvalidInputException',
      'Syntax errors in policy.',
    );
  });
});

describe('SimulatePrincipalPolicy', () => {
  it('simulates a role’s inline and attached policies and the extra documents given', async () => {
    const cloud = await newCloud();
    const role = await createRole(cloud);
    await cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'no-delete', PolicyDocument: DENY_DELETE });
    await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: Policy.Arn });
    const out = await cloud.iam.simulatePrincipalPolicy({
      PolicySourceArn: role.Arn,
      ActionNames: ['s3:GetObject', 's3:DeleteObject', 's3:PutObject'],
      ResourceArns: ['arn:aws:s3:::bucket/a'],
    });
    expect(out.EvaluationResults.map((r) => r.EvalDecision)).toEqual(['allowed', 'explicitDeny', 'implicitDeny']);
    expect(out.EvaluationResults[0]!.MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'read', SourcePolicyType: 'role' });
    expect(out.EvaluationResults[1]!.MatchedStatements[0]).toMatchObject({ SourcePolicyId: 'no-delete', SourcePolicyType: 'user-managed' });
    const extra = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }] });
    const withExtra = await cloud.iam.simulatePrincipalPolicy({
      PolicySourceArn: role.Arn,
      PolicyInputList: [extra],
      ActionNames: ['s3:PutObject'],
      ResourceArns: ['arn:aws:s3:::bucket/a'],
    });
    expect(withExtra.EvaluationResults[0]).toMatchObject({
      EvalDecision: 'allowed',
      MatchedStatements: [{ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'none' }],
    });
  });

  it('answers NoSuchEntity for a role that does not exist and InvalidInput for an ARN that is no role’s', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.iam.simulatePrincipalPolicy({ PolicySourceArn: 'arn:aws:iam::123456789012:role/ghost', ActionNames: ['s3:GetObject'] }),
      'NoSuchEntityException',
      'The role with name ghost cannot be found.',
    );
    await expectAwsError(
      cloud.iam.simulatePrincipalPolicy({ PolicySourceArn: 'arn:aws:s3:::bucket-name', ActionNames: ['s3:GetObject'] }),
      'InvalidInputException',
      'ARN arn:aws:s3:::bucket-name is not valid.',
    );
  });
});

describe('statement positions', () => {
  it('finds each statement’s braces, by line and column from 1, in pretty-printed and single-statement documents', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},\n    {\n      "Effect": "Deny",\n      "Action": "s3:Delete*",\n      "Resource": "*"\n    }\n  ]\n}';
    expect(statementSpans(text)).toEqual([
      { start: { Line: 4, Column: 5 }, end: { Line: 4, Column: 58 } },
      { start: { Line: 5, Column: 5 }, end: { Line: 9, Column: 5 } },
    ]);
    expect(statementSpans('{"Statement": {"Effect": "Allow", "Action": "a:b", "Resource": "*"}}')).toEqual([
      { start: { Line: 1, Column: 15 }, end: { Line: 1, Column: 67 } },
    ]);
    expect(statementSpans('not json')).toEqual([]);
  });
});
