import { describe, expect, it } from 'vitest';
import { IAM_MESSAGES, iam } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { ADMIN, sendSigned } from '../../support/sign';
import { createRole, TRUST } from './support';

describe('CreateRole', () => {
  it('creates a role with an AROA id, its ARN, path /, 3600-second sessions and the cloud clock’s date', async () => {
    const cloud = await newCloud({ accountId: '111122223333' });
    const role = await createRole(cloud);
    expect(role).toMatchObject({
      RoleName: 'app-role',
      Path: '/',
      Arn: 'arn:aws:iam::111122223333:role/app-role',
      MaxSessionDuration: 3600,
      CreateDate: new Date(cloud.clock.now()),
    });
    expect(role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(decodeURIComponent(role.AssumeRolePolicyDocument)).toBe(TRUST);
    expect(cloud.records(iam).roles['app-role']).toMatchObject({ AssumeRolePolicyDocument: TRUST, inlinePolicies: {}, attachedPolicies: [] });
  });

  it('keeps the path, description, session length and tags', async () => {
    const cloud = await newCloud();
    const role = await createRole(cloud, 'Worker', {
      Path: '/apps/',
      Description: 'runs jobs',
      MaxSessionDuration: 43200,
      Tags: [{ Key: 'team', Value: 'core' }],
    });
    expect(role).toMatchObject({ Arn: 'arn:aws:iam::123456789012:role/apps/Worker', Path: '/apps/', Description: 'runs jobs', MaxSessionDuration: 43200 });
    expect(role.Tags).toEqual([{ Key: 'team', Value: 'core' }]);
  });

  it('gives the same ids for the same seed', async () => {
    const a = await createRole(await newCloud({ seed: 's' }));
    const b = await createRole(await newCloud({ seed: 's' }));
    const c = await createRole(await newCloud({ seed: 't' }));
    expect(a.RoleId).toBe(b.RoleId);
    expect(a.RoleId).not.toBe(c.RoleId);
  });

  it('refuses a name taken in any case with EntityAlreadyExists', async () => {
    const cloud = await newCloud();
    await createRole(cloud, 'App-Role');
    await expectAwsError(createRole(cloud, 'app-role'), 'EntityAlreadyExistsException', IAM_MESSAGES.roleExists('app-role'));
    expect(IAM_MESSAGES.roleExists('app-role')).toBe('Role with name app-role already exists.');
  });

  it('refuses a trust policy that names a Resource with MalformedPolicyDocument', async () => {
    const cloud = await newCloud();
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }],
    });
    await expectAwsError(
      cloud.iam.createRole({ RoleName: 'r', AssumeRolePolicyDocument: document }),
      'MalformedPolicyDocumentException',
      'Has prohibited field Resource',
    );
    await expectAwsError(
      cloud.iam.createRole({ RoleName: 'r', AssumeRolePolicyDocument: 'not json' }),
      'MalformedPolicyDocumentException',
      'Syntax errors in policy.',
    );
    expect(cloud.records(iam).roles).toEqual({});
  });

  it('refuses a session length outside 3600–43200 with ValidationError', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      createRole(cloud, 'r', { MaxSessionDuration: 60 }),
      'ValidationError',
      "1 validation error detected: Value '60' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
    );
  });

  it('answers the wire with the NoSuchEntity-style wire code and refuses an unsigned request', async () => {
    const cloud = await newCloud();
    const form = `Action=CreateRole&Version=2010-05-08&RoleName=r&AssumeRolePolicyDocument=${encodeURIComponent(TRUST)}`;
    const ok = await sendSigned(cloud, 'https://iam.amazonaws.com/', form, { credentials: ADMIN, region: 'us-east-1' });
    expect(ok.status).toBe(200);
    const again = await sendSigned(cloud, 'https://iam.amazonaws.com/', form, { credentials: ADMIN, region: 'us-east-1' });
    expect(again.status).toBe(409);
    const xml = await again.text();
    expect(xml).toContain('<Code>EntityAlreadyExists</Code>');
    expect(xml).toContain('<Message>Role with name r already exists.</Message>');
    const unsigned = await cloud.fetch('https://iam.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });
});
