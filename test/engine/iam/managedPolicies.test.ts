import { describe, expect, it } from 'vitest';
import { AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY, iam } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { DENY_DELETE, READ_BUCKET } from './support';

const GUEST = 'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy';

describe('CreatePolicy and GetPolicy', () => {
  it('creates a customer managed policy at its ARN with an ANPA id and version v1', async () => {
    const cloud = await newCloud({ accountId: '111122223333' });
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'read', PolicyDocument: READ_BUCKET, Path: '/app/', Description: 'reads' });
    expect(Policy).toMatchObject({
      PolicyName: 'read',
      Arn: 'arn:aws:iam::111122223333:policy/app/read',
      Path: '/app/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      IsAttachable: true,
      CreateDate: new Date(cloud.clock.now()),
    });
    expect(Policy.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect((await cloud.iam.getPolicy({ PolicyArn: Policy.Arn })).Policy).toMatchObject({ PolicyName: 'read', Description: 'reads' });
  });

  it('refuses a duplicate name with EntityAlreadyExists and a bad document with MalformedPolicyDocument', async () => {
    const cloud = await newCloud();
    await cloud.iam.createPolicy({ PolicyName: 'read', PolicyDocument: READ_BUCKET });
    await expectAwsError(
      cloud.iam.createPolicy({ PolicyName: 'read', PolicyDocument: READ_BUCKET }),
      'EntityAlreadyExistsException',
      'A policy called read already exists. Duplicate names are not allowed.',
    );
    await expectAwsError(
      cloud.iam.createPolicy({
        PolicyName: 'bad',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] }),
      }),
      'MalformedPolicyDocumentException',
      'Policy statement must contain resources.',
    );
  });

  it('reads the AWS managed guest session policy from the catalogue, and answers NoSuchEntity for an unknown ARN', async () => {
    const cloud = await newCloud();
    expect((await cloud.iam.getPolicy({ PolicyArn: GUEST })).Policy).toMatchObject({
      PolicyName: 'AmazonCognitoUnAuthedIdentitiesSessionPolicy',
      Arn: GUEST,
      DefaultVersionId: 'v1',
    });
    const { PolicyVersion } = await cloud.iam.getPolicyVersion({ PolicyArn: GUEST, VersionId: 'v1' });
    expect(JSON.parse(decodeURIComponent(PolicyVersion.Document!))).toEqual(AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY);
    const ghost = 'arn:aws:iam::123456789012:policy/ghost';
    await expectAwsError(cloud.iam.getPolicy({ PolicyArn: ghost }), 'NoSuchEntityException', `Policy ${ghost} was not found.`);
  });
});

describe('ListPolicies', () => {
  it('lists by Scope (All, AWS, Local), OnlyAttached and PathPrefix', async () => {
    const cloud = await newCloud();
    await cloud.iam.createPolicy({ PolicyName: 'read', PolicyDocument: READ_BUCKET, Path: '/app/' });
    const { Policy: deny } = await cloud.iam.createPolicy({ PolicyName: 'deny', PolicyDocument: DENY_DELETE });
    const names = async (request: Parameters<typeof cloud.iam.listPolicies>[0]) => (await cloud.iam.listPolicies(request)).Policies.map((p) => p.PolicyName);
    expect(await names({})).toEqual(['AmazonCognitoUnAuthedIdentitiesSessionPolicy', 'deny', 'read']);
    expect(await names({ Scope: 'AWS' })).toEqual(['AmazonCognitoUnAuthedIdentitiesSessionPolicy']);
    expect(await names({ Scope: 'Local' })).toEqual(['deny', 'read']);
    expect(await names({ Scope: 'Local', PathPrefix: '/app/' })).toEqual(['read']);
    await cloud.iam.createRole({
      RoleName: 'r',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });
    await cloud.iam.attachRolePolicy({ RoleName: 'r', PolicyArn: deny.Arn });
    expect(await names({ OnlyAttached: true })).toEqual(['deny']);
    const paged = await cloud.iam.listPolicies({ Scope: 'Local', MaxItems: 1 });
    expect(paged).toMatchObject({ IsTruncated: true });
    expect((await cloud.iam.listPolicies({ Scope: 'Local', MaxItems: 1, Marker: paged.Marker! })).Policies.map((p) => p.PolicyName)).toEqual(['read']);
    expect((await cloud.iam.listPolicies({ Scope: 'Local' })).Policies[0]).toMatchObject({ PolicyName: 'deny', AttachmentCount: 1 });
  });
});

describe('policy versions', () => {
  it('creates v2…v5, sets the default, and refuses a sixth with LimitExceeded', async () => {
    const cloud = await newCloud();
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'p', PolicyDocument: READ_BUCKET });
    const v2 = await cloud.iam.createPolicyVersion({ PolicyArn: Policy.Arn, PolicyDocument: DENY_DELETE, SetAsDefault: true });
    expect(v2.PolicyVersion).toMatchObject({ VersionId: 'v2', IsDefaultVersion: true });
    expect(v2.PolicyVersion.Document).toBeUndefined();
    expect((await cloud.iam.getPolicy({ PolicyArn: Policy.Arn })).Policy.DefaultVersionId).toBe('v2');
    for (const _ of [3, 4, 5]) await cloud.iam.createPolicyVersion({ PolicyArn: Policy.Arn, PolicyDocument: READ_BUCKET });
    await expectAwsError(
      cloud.iam.createPolicyVersion({ PolicyArn: Policy.Arn, PolicyDocument: READ_BUCKET }),
      'LimitExceededException',
      'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
    );
    const versions = await cloud.iam.listPolicyVersions({ PolicyArn: Policy.Arn });
    expect(versions.Versions.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([
      ['v5', false],
      ['v4', false],
      ['v3', false],
      ['v2', true],
      ['v1', false],
    ]);
    await cloud.iam.deletePolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v3' });
    expect((await cloud.iam.createPolicyVersion({ PolicyArn: Policy.Arn, PolicyDocument: READ_BUCKET })).PolicyVersion.VersionId).toBe('v6');
  });

  it('returns a version’s document URL-encoded, and refuses to delete the default version', async () => {
    const cloud = await newCloud();
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'p', PolicyDocument: READ_BUCKET });
    const { PolicyVersion } = await cloud.iam.getPolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v1' });
    expect(PolicyVersion).toMatchObject({ VersionId: 'v1', IsDefaultVersion: true });
    expect(PolicyVersion.Document).not.toContain('{');
    expect(decodeURIComponent(PolicyVersion.Document!)).toBe(READ_BUCKET);
    await expectAwsError(
      cloud.iam.deletePolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v1' }),
      'DeleteConflictException',
      'Cannot delete the default version of a policy.',
    );
    await expectAwsError(
      cloud.iam.getPolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v9' }),
      'NoSuchEntityException',
      `Policy ${Policy.Arn} version v9 does not exist or is not attachable.`,
    );
  });

  it('SetDefaultPolicyVersion switches the version that applies', async () => {
    const cloud = await newCloud();
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'p', PolicyDocument: READ_BUCKET });
    await cloud.iam.createPolicyVersion({ PolicyArn: Policy.Arn, PolicyDocument: DENY_DELETE });
    await cloud.iam.setDefaultPolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v2' });
    expect(cloud.records(iam).policies[Policy.Arn]!.DefaultVersionId).toBe('v2');
  });

  it('keeps AWS managed policies read-only', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.iam.createPolicyVersion({ PolicyArn: GUEST, PolicyDocument: READ_BUCKET }),
      'UnmodifiableEntityException',
      `Policy ${GUEST} is an AWS managed policy and cannot be modified.`,
    );
    await expectAwsError(
      cloud.iam.deletePolicy({ PolicyArn: GUEST }),
      'UnmodifiableEntityException',
      `Policy ${GUEST} is an AWS managed policy and cannot be modified.`,
    );
  });
});

describe('DeletePolicy', () => {
  it('refuses while attached or while other versions remain, with DeleteConflict, then deletes', async () => {
    const cloud = await newCloud();
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'p', PolicyDocument: READ_BUCKET });
    await cloud.iam.createRole({
      RoleName: 'r',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    });
    await cloud.iam.attachRolePolicy({ RoleName: 'r', PolicyArn: Policy.Arn });
    await expectAwsError(cloud.iam.deletePolicy({ PolicyArn: Policy.Arn }), 'DeleteConflictException', 'Cannot delete a policy attached to entities.');
    await cloud.iam.detachRolePolicy({ RoleName: 'r', PolicyArn: Policy.Arn });
    await cloud.iam.createPolicyVersion({ PolicyArn: Policy.Arn, PolicyDocument: READ_BUCKET });
    await expectAwsError(
      cloud.iam.deletePolicy({ PolicyArn: Policy.Arn }),
      'DeleteConflictException',
      "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
    );
    await cloud.iam.deletePolicyVersion({ PolicyArn: Policy.Arn, VersionId: 'v2' });
    await cloud.iam.deletePolicy({ PolicyArn: Policy.Arn });
    expect(cloud.records(iam).policies).toEqual({});
    await expectAwsError(cloud.iam.deletePolicy({ PolicyArn: Policy.Arn }), 'NoSuchEntityException', `Policy ${Policy.Arn} was not found.`);
  });
});
