import { describe, expect, it } from 'vitest';
import { iam } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { createRole, READ_BUCKET } from './support';

describe('DeleteRole', () => {
  it('deletes a role without policies, after which its name is free again', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    await cloud.iam.deleteRole({ RoleName: 'App-Role' });
    expect(cloud.records(iam).roles).toEqual({});
    await expectAwsError(cloud.iam.getRole({ RoleName: 'app-role' }), 'NoSuchEntityException', 'The role with name app-role cannot be found.');
    await createRole(cloud);
  });

  it('refuses while an inline policy remains with DeleteConflict', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    await cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    await expectAwsError(cloud.iam.deleteRole({ RoleName: 'app-role' }), 'DeleteConflictException', 'Cannot delete entity, must delete policies first.');
    await cloud.iam.deleteRolePolicy({ RoleName: 'app-role', PolicyName: 'read' });
    await cloud.iam.deleteRole({ RoleName: 'app-role' });
  });

  it('refuses while a managed policy is attached with DeleteConflict', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    const arn = 'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy';
    await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: arn });
    await expectAwsError(cloud.iam.deleteRole({ RoleName: 'app-role' }), 'DeleteConflictException', 'Cannot delete entity, must detach all policies first.');
    await cloud.iam.detachRolePolicy({ RoleName: 'app-role', PolicyArn: arn });
    await cloud.iam.deleteRole({ RoleName: 'app-role' });
  });

  it('answers NoSuchEntity for a role that does not exist', async () => {
    const cloud = await newCloud();
    await expectAwsError(cloud.iam.deleteRole({ RoleName: 'ghost' }), 'NoSuchEntityException', 'The role with name ghost cannot be found.');
  });
});
