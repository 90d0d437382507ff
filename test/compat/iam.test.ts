import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteConflictException,
  EntityAlreadyExistsException,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListPoliciesCommand,
  ListRolesCommand,
  MalformedPolicyDocumentException,
  NoSuchEntityException,
  PutRolePolicyCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { createCloud, iam, type Cloud } from '../../src/engine';
import { cloudClientConfig } from '../support/sdkHandler';
import { ADMIN } from '../support/sign';

/** The real IAM client against the simulated cloud; its clock offset makes its signatures current at the cloud's time. */
const iamClient = (cloud: Cloud) => new IAMClient(cloudClientConfig(cloud, ADMIN, 'us-east-1'));

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const READ = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: "arn:aws:s3:::bucket/it's (*)!" }],
});
const DENY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }] });

/** What the SDK threw: its class, its message and the HTTP status. */
async function failure(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as (Error & { $metadata?: { httpStatusCode?: number } }) | undefined;
  expect(error, 'expected the call to fail').toBeDefined();
  return { error: error!, name: error!.name, message: error!.message, status: error!.$metadata?.httpStatusCode };
}

describe('the real @aws-sdk/client-iam', () => {
  it('creates a role, puts and reads an inline policy (URL-encoded), creates and attaches a managed policy, lists and simulates', async () => {
    const cloud = await createCloud({ accountId: '444455556666' });
    const client = iamClient(cloud);
    const { Role } = await client.send(
      new CreateRoleCommand({ RoleName: 'app', Path: '/apps/', AssumeRolePolicyDocument: TRUST, Tags: [{ Key: 'team', Value: 'core' }] }),
    );
    expect(Role).toMatchObject({ RoleName: 'app', Arn: 'arn:aws:iam::444455556666:role/apps/app', Path: '/apps/', MaxSessionDuration: 3600 });
    expect(Role!.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(Role!.CreateDate).toEqual(new Date(cloud.clock.now()));
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: iam.id, region: 'us-east-1', action: 'CreateRole', status: 200 });

    const got = await client.send(new GetRoleCommand({ RoleName: 'APP' }));
    expect(decodeURIComponent(got.Role!.AssumeRolePolicyDocument!)).toBe(TRUST);
    expect(got.Role!.Tags).toEqual([{ Key: 'team', Value: 'core' }]);
    expect(got.Role!.RoleLastUsed).toEqual({});

    await client.send(new PutRolePolicyCommand({ RoleName: 'app', PolicyName: 'read', PolicyDocument: READ }));
    const inline = await client.send(new GetRolePolicyCommand({ RoleName: 'app', PolicyName: 'read' }));
    expect(inline.PolicyDocument).toContain('%27s%20%28%2A%29%21');
    expect(decodeURIComponent(inline.PolicyDocument!)).toBe(READ);

    const { Policy } = await client.send(new CreatePolicyCommand({ PolicyName: 'no-delete', PolicyDocument: DENY }));
    expect(Policy).toMatchObject({ Arn: 'arn:aws:iam::444455556666:policy/no-delete', DefaultVersionId: 'v1', AttachmentCount: 0 });
    await client.send(new AttachRolePolicyCommand({ RoleName: 'app', PolicyArn: Policy!.Arn! }));
    const version = await client.send(new GetPolicyVersionCommand({ PolicyArn: Policy!.Arn!, VersionId: 'v1' }));
    expect(decodeURIComponent(version.PolicyVersion!.Document!)).toBe(DENY);
    expect(version.PolicyVersion!.IsDefaultVersion).toBe(true);

    expect((await client.send(new ListAttachedRolePoliciesCommand({ RoleName: 'app' }))).AttachedPolicies).toEqual([
      { PolicyName: 'no-delete', PolicyArn: Policy!.Arn },
    ]);
    const roles = await client.send(new ListRolesCommand({ PathPrefix: '/apps/' }));
    expect(roles.Roles!.map((r) => r.RoleName)).toEqual(['app']);
    expect(roles.IsTruncated).toBe(false);
    const local = await client.send(new ListPoliciesCommand({ Scope: 'Local', OnlyAttached: true }));
    expect(local.Policies!.map((p) => [p.PolicyName, p.AttachmentCount])).toEqual([['no-delete', 1]]);
    const aws = await client.send(new ListPoliciesCommand({ Scope: 'AWS' }));
    expect(aws.Policies!.map((p) => p.Arn)).toContain('arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy');

    const simulated = await client.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: Role!.Arn!,
        ActionNames: ['s3:GetObject', 's3:DeleteObject', 's3:PutObject'],
        ResourceArns: ["arn:aws:s3:::bucket/it's (*)!"],
        ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip', ContextKeyValues: ['10.0.0.1'] }],
      }),
    );
    expect(simulated.EvaluationResults!.map((r) => [r.EvalActionName, r.EvalDecision])).toEqual([
      ['s3:GetObject', 'allowed'],
      ['s3:DeleteObject', 'explicitDeny'],
      ['s3:PutObject', 'implicitDeny'],
    ]);
    expect(simulated.EvaluationResults![0]!.MatchedStatements).toEqual([
      { SourcePolicyId: 'read', SourcePolicyType: 'role', StartPosition: { Line: 1, Column: 38 }, EndPosition: { Line: 1, Column: 135 } },
    ]);
  });

  it('surfaces IAM errors as the SDK’s classes, with AWS’s messages and statuses', async () => {
    const cloud = await createCloud();
    const client = iamClient(cloud);
    await client.send(new CreateRoleCommand({ RoleName: 'app', AssumeRolePolicyDocument: TRUST }));

    const missing = await failure(client.send(new GetRoleCommand({ RoleName: 'ghost' })));
    expect(missing.error).toBeInstanceOf(NoSuchEntityException);
    expect(missing).toMatchObject({ name: 'NoSuchEntityException', message: 'The role with name ghost cannot be found.', status: 404 });

    const taken = await failure(client.send(new CreateRoleCommand({ RoleName: 'APP', AssumeRolePolicyDocument: TRUST })));
    expect(taken.error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(taken).toMatchObject({ message: 'Role with name APP already exists.', status: 409 });

    const malformed = await failure(client.send(new PutRolePolicyCommand({ RoleName: 'app', PolicyName: 'p', PolicyDocument: '{"Version":"2012-10-17"' })));
    expect(malformed.error).toBeInstanceOf(MalformedPolicyDocumentException);
    expect(malformed).toMatchObject({ message: 'Syntax errors in policy.', status: 400 });

    await client.send(new PutRolePolicyCommand({ RoleName: 'app', PolicyName: 'read', PolicyDocument: READ }));
    const conflict = await failure(client.send(new DeleteRoleCommand({ RoleName: 'app' })));
    expect(conflict.error).toBeInstanceOf(DeleteConflictException);
    expect(conflict).toMatchObject({ message: 'Cannot delete entity, must delete policies first.', status: 409 });
  });
});
