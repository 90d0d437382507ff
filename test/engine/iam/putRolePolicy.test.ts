import { describe, expect, it } from 'vitest';
import { iam } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { createRole, READ_BUCKET } from './support';

describe('PutRolePolicy', () => {
  it('adds an inline policy and replaces it under the same name', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    await cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    expect(cloud.records(iam).roles['app-role']!.inlinePolicies).toEqual({ read: READ_BUCKET });
    const other = READ_BUCKET.replace('bucket', 'other');
    await cloud.iam.putRolePolicy({ RoleName: 'APP-ROLE', PolicyName: 'read', PolicyDocument: other });
    expect(cloud.records(iam).roles['app-role']!.inlinePolicies).toEqual({ read: other });
  });

  it('refuses a document that names a Principal or no Resource with MalformedPolicyDocument', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    const withPrincipal = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] });
    await expectAwsError(
      cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'p', PolicyDocument: withPrincipal }),
      'MalformedPolicyDocumentException',
      'Policy document should not specify a principal.',
    );
    const noResource = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] });
    await expectAwsError(
      cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'p', PolicyDocument: noResource }),
      'MalformedPolicyDocumentException',
      'Policy statement must contain resources.',
    );
    expect(cloud.records(iam).roles['app-role']!.inlinePolicies).toEqual({});
  });

  it('answers NoSuchEntity for a role that does not exist', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.iam.putRolePolicy({ RoleName: 'ghost', PolicyName: 'p', PolicyDocument: READ_BUCKET }),
      'NoSuchEntityException',
      'The role with name ghost cannot be found.',
    );
  });
});
