import { describe, expect, it } from 'vitest';
import { sts } from '../../../src/engine';
import { Random, seedState } from '../../../src/engine/kernel/ids';
import { issueCredentials } from '../../../src/engine/sts/lib/credentials';
import { newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';
import { TRUST } from './support';

const xmlError = (xml: string) => ({ code: /<Code>([^<]*)<\/Code>/.exec(xml)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(xml)?.[1] });

describe('IAM requests made by a role session', () => {
  it('are allowed by the role’s policy and denied otherwise, with AWS’s AccessDenied', async () => {
    const cloud = await newCloud({ accountId: '111122223333' });
    const { Role } = await cloud.iam.createRole({ RoleName: 'Admin', AssumeRolePolicyDocument: TRUST });
    const allow = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetRole', Resource: 'arn:aws:iam::111122223333:role/*' }] };
    await cloud.iam.putRolePolicy({ RoleName: 'Admin', PolicyName: 'get', PolicyDocument: JSON.stringify(allow) });
    const issued = issueCredentials(cloud.records(sts), new Random(seedState('s')), cloud.clock.now(), 900, {
      roleArn: Role.Arn,
      roleId: Role.RoleId,
      sessionName: 'app',
      assumedRoleArn: 'arn:aws:sts::111122223333:assumed-role/Admin/app',
      sessionPolicies: [],
      tags: {},
    });
    const keys = { accessKeyId: issued.AccessKeyId, secretAccessKey: issued.SecretAccessKey, sessionToken: issued.SessionToken };
    const send = (form: string) => sendSigned(cloud, 'https://iam.amazonaws.com/', form, { credentials: keys, region: 'us-east-1' });
    const got = await send('Action=GetRole&Version=2010-05-08&RoleName=Admin');
    expect(got.status).toBe(200);
    const denied = await send(`Action=DeleteRole&Version=2010-05-08&RoleName=Admin`);
    expect(denied.status).toBe(403);
    expect(xmlError(await denied.text())).toEqual({
      code: 'AccessDenied',
      message:
        'User: arn:aws:sts::111122223333:assumed-role/Admin/app is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::111122223333:role/Admin because no identity-based policy allows the iam:DeleteRole action',
    });
  });
});

describe('identity-provider requests made by a role session', () => {
  it('are judged on the provider’s ARN (made from the URL or name when creating)', async () => {
    const cloud = await newCloud({ accountId: '111122223333' });
    const { Role } = await cloud.iam.createRole({ RoleName: 'Admin', AssumeRolePolicyDocument: TRUST });
    const allow = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iam:CreateOpenIDConnectProvider', 'iam:GetOpenIDConnectProvider'],
          Resource: 'arn:aws:iam::111122223333:oidc-provider/idp.example.com',
        },
      ],
    };
    await cloud.iam.putRolePolicy({ RoleName: 'Admin', PolicyName: 'idp', PolicyDocument: JSON.stringify(allow) });
    const issued = issueCredentials(cloud.records(sts), new Random(seedState('s')), cloud.clock.now(), 900, {
      roleArn: Role.Arn,
      roleId: Role.RoleId,
      sessionName: 'app',
      assumedRoleArn: 'arn:aws:sts::111122223333:assumed-role/Admin/app',
      sessionPolicies: [],
      tags: {},
    });
    const keys = { accessKeyId: issued.AccessKeyId, secretAccessKey: issued.SecretAccessKey, sessionToken: issued.SessionToken };
    const send = (form: string) => sendSigned(cloud, 'https://iam.amazonaws.com/', `Version=2010-05-08&${form}`, { credentials: keys, region: 'us-east-1' });
    expect((await send(`Action=CreateOpenIDConnectProvider&Url=${encodeURIComponent('https://idp.example.com')}`)).status).toBe(200);
    const arn = 'arn:aws:iam::111122223333:oidc-provider/idp.example.com';
    expect((await send(`Action=GetOpenIDConnectProvider&OpenIDConnectProviderArn=${encodeURIComponent(arn)}`)).status).toBe(200);
    const denied = await send(`Action=CreateSAMLProvider&Name=Corp&SAMLMetadataDocument=${'x'.repeat(1000)}`);
    expect(xmlError(await denied.text())).toEqual({
      code: 'AccessDenied',
      message:
        'User: arn:aws:sts::111122223333:assumed-role/Admin/app is not authorized to perform: iam:CreateSAMLProvider on resource: arn:aws:iam::111122223333:saml-provider/Corp because no identity-based policy allows the iam:CreateSAMLProvider action',
    });
  });
});
