import { describe, expect, it } from 'vitest';
import { iam } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { createRole, DENY_DELETE, READ_BUCKET, TRUST } from './support';

describe('IAM’s read model', () => {
  it('shows roles and managed policies as copies, documents as sent', async () => {
    const cloud = await newCloud();
    const role = await createRole(cloud, 'app', { Tags: [{ Key: 'team', Value: 'core' }] });
    await cloud.iam.putRolePolicy({ RoleName: 'app', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'no-delete', PolicyDocument: DENY_DELETE });
    await cloud.iam.attachRolePolicy({ RoleName: 'app', PolicyArn: Policy.Arn });
    const view = cloud.inspect(iam);
    expect(view.roles).toEqual([
      {
        name: 'app',
        id: role.RoleId,
        arn: role.Arn,
        path: '/',
        maxSessionDuration: 3600,
        createdAt: cloud.clock.now(),
        trustPolicy: TRUST,
        inlinePolicies: [{ name: 'read', document: READ_BUCKET }],
        attachedPolicies: [{ arn: Policy.Arn, name: 'no-delete', document: DENY_DELETE }],
        tags: { team: 'core' },
      },
    ]);
    expect(view.policies).toEqual([
      {
        name: 'no-delete',
        id: Policy.PolicyId,
        arn: Policy.Arn,
        path: '/',
        defaultVersionId: 'v1',
        versionIds: ['v1'],
        document: DENY_DELETE,
        attachmentCount: 1,
      },
    ]);
    view.roles[0]!.inlinePolicies.pop();
    expect(cloud.records(iam).roles['app']!.inlinePolicies).toEqual({ read: READ_BUCKET });
  });
});
