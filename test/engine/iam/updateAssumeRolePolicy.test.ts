import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../support/cloud';
import { createRole, READ_BUCKET } from './support';

describe('UpdateAssumeRolePolicy', () => {
  it('replaces the trust policy', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }],
    });
    await cloud.iam.updateAssumeRolePolicy({ RoleName: 'app-role', PolicyDocument: trust });
    expect(decodeURIComponent((await cloud.iam.getRole({ RoleName: 'app-role' })).Role.AssumeRolePolicyDocument)).toBe(trust);
  });

  it('refuses a permissions policy as a trust policy with MalformedPolicyDocument', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    await expectAwsError(
      cloud.iam.updateAssumeRolePolicy({ RoleName: 'app-role', PolicyDocument: READ_BUCKET }),
      'MalformedPolicyDocumentException',
      'Missing required field Principal',
    );
  });

  it('answers NoSuchEntity for a role that does not exist', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.iam.updateAssumeRolePolicy({ RoleName: 'ghost', PolicyDocument: READ_BUCKET }),
      'NoSuchEntityException',
      'The role with name ghost cannot be found.',
    );
  });
});
