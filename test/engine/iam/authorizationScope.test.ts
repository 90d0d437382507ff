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
    expect(at('ListRoles', {})).toEqual({ action: 'iam:ListRoles', resource: '*' });
  });
});
