import { describe, expect, it } from 'vitest';
import { iam } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { createRole, READ_BUCKET } from './support';

const GUEST = 'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy';

describe('AttachRolePolicy, DetachRolePolicy, ListAttachedRolePolicies', () => {
  it('attaches customer and AWS managed policies once each, and lists them', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'read', PolicyDocument: READ_BUCKET, Path: '/app/' });
    await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: GUEST });
    await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: Policy.Arn });
    await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: Policy.Arn });
    expect(cloud.records(iam).roles['app-role']!.attachedPolicies).toEqual([GUEST, Policy.Arn]);
    const listed = await cloud.iam.listAttachedRolePolicies({ RoleName: 'app-role' });
    expect(listed).toEqual({
      AttachedPolicies: [
        { PolicyName: 'read', PolicyArn: Policy.Arn },
        { PolicyName: 'AmazonCognitoUnAuthedIdentitiesSessionPolicy', PolicyArn: GUEST },
      ],
      IsTruncated: false,
    });
    expect((await cloud.iam.listAttachedRolePolicies({ RoleName: 'app-role', PathPrefix: '/app/' })).AttachedPolicies).toEqual([
      { PolicyName: 'read', PolicyArn: Policy.Arn },
    ]);
    await cloud.iam.detachRolePolicy({ RoleName: 'app-role', PolicyArn: GUEST });
    expect((await cloud.iam.listAttachedRolePolicies({ RoleName: 'app-role' })).AttachedPolicies).toHaveLength(1);
  });

  it('answers NoSuchEntity for a policy that does not exist or is not attached', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    const ghost = 'arn:aws:iam::aws:policy/NoSuchPolicy';
    await expectAwsError(
      cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: ghost }),
      'NoSuchEntityException',
      `Policy ${ghost} does not exist or is not attachable.`,
    );
    await expectAwsError(cloud.iam.detachRolePolicy({ RoleName: 'app-role', PolicyArn: GUEST }), 'NoSuchEntityException', `Policy ${GUEST} was not found.`);
    await expectAwsError(
      cloud.iam.attachRolePolicy({ RoleName: 'ghost', PolicyArn: GUEST }),
      'NoSuchEntityException',
      'The role with name ghost cannot be found.',
    );
  });

  it('refuses an eleventh managed policy with LimitExceeded', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    for (let i = 0; i < 10; i++) {
      const { Policy } = await cloud.iam.createPolicy({ PolicyName: `p${i}`, PolicyDocument: READ_BUCKET });
      await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: Policy.Arn });
    }
    await expectAwsError(
      cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: GUEST }),
      'LimitExceededException',
      'Cannot exceed quota for PoliciesPerRole: 10.',
    );
  });
});
