import { describe, expect, it } from 'vitest';
import { IAM_MESSAGES } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { createRole, DENY_DELETE, READ_BUCKET } from './support';

describe('GetRolePolicy, ListRolePolicies, DeleteRolePolicy', () => {
  it('returns an inline policy with its document URL-encoded', async () => {
    const cloud = await newCloud();
    await createRole(cloud, 'App');
    await cloud.iam.putRolePolicy({ RoleName: 'App', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    const out = await cloud.iam.getRolePolicy({ RoleName: 'app', PolicyName: 'read' });
    expect(out).toMatchObject({ RoleName: 'App', PolicyName: 'read' });
    expect(out.PolicyDocument).not.toContain('"');
    expect(decodeURIComponent(out.PolicyDocument)).toBe(READ_BUCKET);
  });

  it('lists the names, pages them, and forgets a deleted one', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    await cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    await cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'deny', PolicyDocument: DENY_DELETE });
    expect(await cloud.iam.listRolePolicies({ RoleName: 'app-role' })).toEqual({ PolicyNames: ['deny', 'read'], IsTruncated: false });
    expect(await cloud.iam.listRolePolicies({ RoleName: 'app-role', MaxItems: 1 })).toEqual({ PolicyNames: ['deny'], IsTruncated: true, Marker: 'read' });
    await cloud.iam.deleteRolePolicy({ RoleName: 'app-role', PolicyName: 'deny' });
    expect((await cloud.iam.listRolePolicies({ RoleName: 'app-role' })).PolicyNames).toEqual(['read']);
  });

  it('answers NoSuchEntity for a policy name the role does not have', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    await expectAwsError(
      cloud.iam.getRolePolicy({ RoleName: 'app-role', PolicyName: 'nope' }),
      'NoSuchEntityException',
      'The role policy with name nope cannot be found.',
    );
    await expectAwsError(cloud.iam.deleteRolePolicy({ RoleName: 'app-role', PolicyName: 'nope' }), 'NoSuchEntityException', IAM_MESSAGES.noRolePolicy('nope'));
    await expectAwsError(cloud.iam.listRolePolicies({ RoleName: 'ghost' }), 'NoSuchEntityException', 'The role with name ghost cannot be found.');
  });
});
