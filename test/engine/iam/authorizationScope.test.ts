import { describe, expect, it } from 'vitest';
import { authorizationFor } from '../../../src/engine';
import { iamScope } from '../../../src/engine/iam/lib/authorizationScope';

const at = (action: string, request: object) =>
  authorizationFor('iam', action, { region: 'us-east-1', accountId: '123456789012', ...iamScope(action, request) });

describe('what IAM requests are authorized as', () => {
  it('names the role, with its path when the request gives it', () => {
    expect(at('CreateRole', { RoleName: 'app', Path: '/apps/' })).toEqual({ action: 'iam:CreateRole', resource: 'arn:aws:iam::123456789012:role/apps/app' });
    expect(at('PutRolePolicy', { RoleName: 'app', PolicyName: 'read' })).toEqual({
      action: 'iam:PutRolePolicy',
      resource: 'arn:aws:iam::123456789012:role/app',
    });
  });

  it('names the managed policy from its ARN or, for CreatePolicy, its path and name', () => {
    expect(at('GetPolicy', { PolicyArn: 'arn:aws:iam::123456789012:policy/team/read' })).toEqual({
      action: 'iam:GetPolicy',
      resource: 'arn:aws:iam::123456789012:policy/team/read',
    });
    expect(at('CreatePolicy', { PolicyName: 'read', Path: '/team/' })).toEqual({
      action: 'iam:CreatePolicy',
      resource: 'arn:aws:iam::123456789012:policy/team/read',
    });
    expect(at('ListRoles', {})).toEqual({ action: 'iam:ListRoles', resource: 'arn:aws:iam::123456789012:role/' });
  });

  it('keeps an AWS managed policy’s own account, and names versions, lists and simulations', () => {
    const managed = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    expect(at('GetPolicy', { PolicyArn: managed })).toEqual({ action: 'iam:GetPolicy', resource: managed });
    expect(at('CreatePolicyVersion', { PolicyArn: 'arn:aws:iam::123456789012:policy/read', PolicyDocument: '{}' })).toEqual({
      action: 'iam:CreatePolicyVersion',
      resource: 'arn:aws:iam::123456789012:policy/read',
    });
    for (const action of ['GetPolicyVersion', 'DeletePolicyVersion', 'ListPolicyVersions', 'SetDefaultPolicyVersion'])
      expect(at(action, { PolicyArn: managed, VersionId: 'v1' })).toEqual({ action: `iam:${action}`, resource: managed });
    expect(at('ListPolicies', {})).toEqual({ action: 'iam:ListPolicies', resource: 'arn:aws:iam::123456789012:policy/' });
    expect(at('SimulateCustomPolicy', { PolicyInputList: ['{}'], ActionNames: ['s3:GetObject'] })).toEqual({
      action: 'iam:SimulateCustomPolicy',
      resource: '*',
    });
    const role = 'arn:aws:iam::123456789012:role/app';
    expect(at('SimulatePrincipalPolicy', { PolicySourceArn: role, ActionNames: ['s3:GetObject'] })).toEqual({
      action: 'iam:SimulatePrincipalPolicy',
      resource: role,
    });
  });
});
