import { describe, expect, it } from 'vitest';
import { iam, type Cloud } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { issueTestCredentials, type TestCredentials } from '../../support/credentials';
import { sendSigned } from '../../support/sign';

/** A session whose role may read the roles named `app-*` and the managed policies under `/team/`, nothing else in IAM. */
async function session(cloud: Cloud): Promise<TestCredentials> {
  const account = cloud.accountId;
  return issueTestCredentials(cloud, {
    rolePolicies: {
      iam: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:GetRole', Resource: `arn:aws:iam::${account}:role/app-*` },
          { Effect: 'Allow', Action: 'iam:GetPolicy', Resource: `arn:aws:iam::${account}:policy/team/*` },
        ],
      },
    },
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams({ ...fields, Version: '2010-05-08' }).toString();

/** An IAM Query request signed with the session's credentials at IAM's one host. */
async function send(cloud: Cloud, credentials: TestCredentials, fields: Record<string, string>) {
  const response = await sendSigned(cloud, 'https://iam.amazonaws.com/', form(fields), { credentials: credentials.credentials, region: 'us-east-1' });
  const xml = await response.text();
  return { status: response.status, code: /<Code>([^<]*)<\/Code>/.exec(xml)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(xml)?.[1], xml };
}

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

describe('IAM requests made with a role session', () => {
  it('are allowed on the roles the policy names and denied others with AccessDenied (403)', async () => {
    const cloud = await newCloud();
    const credentials = await session(cloud);
    await cloud.iam.createRole({ RoleName: 'app-one', AssumeRolePolicyDocument: TRUST });
    await cloud.iam.createRole({ RoleName: 'admin', AssumeRolePolicyDocument: TRUST });
    const allowed = await send(cloud, credentials, { Action: 'GetRole', RoleName: 'app-one' });
    expect(allowed.status).toBe(200);
    expect(allowed.xml).toContain('<RoleName>app-one</RoleName>');
    expect(cloud.log.entries.at(-1)).toMatchObject({
      service: iam.id,
      authorization: { action: 'iam:GetRole', resource: `arn:aws:iam::${cloud.accountId}:role/app-one`, decision: 'allow' },
    });
    expect(await send(cloud, credentials, { Action: 'GetRole', RoleName: 'admin' })).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: `User: ${credentials.assumedRoleArn} is not authorized to perform: iam:GetRole on resource: arn:aws:iam::${cloud.accountId}:role/admin because no identity-based policy allows the iam:GetRole action`,
    });
    // CreateRole is judged on the role it would make, path included.
    expect(await send(cloud, credentials, { Action: 'CreateRole', RoleName: 'app-two', Path: '/apps/', AssumeRolePolicyDocument: TRUST })).toMatchObject({
      status: 403,
      message: `User: ${credentials.assumedRoleArn} is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::${cloud.accountId}:role/apps/app-two because no identity-based policy allows the iam:CreateRole action`,
    });
  });

  it('judge a managed policy by its ARN, and an ARN that names no policy as sent, never failing', async () => {
    const cloud = await newCloud();
    const credentials = await session(cloud);
    const { Policy } = await cloud.iam.createPolicy({
      PolicyName: 'read',
      Path: '/team/',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }),
    });
    expect((await send(cloud, credentials, { Action: 'GetPolicy', PolicyArn: Policy!.Arn! })).status).toBe(200);
    const odd = `arn:aws:iam::${cloud.accountId}:role/app-one`;
    expect(await send(cloud, credentials, { Action: 'GetPolicy', PolicyArn: odd })).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: `User: ${credentials.assumedRoleArn} is not authorized to perform: iam:GetPolicy on resource: ${odd} because no identity-based policy allows the iam:GetPolicy action`,
    });
  });
});
