import { describe, expect, it } from 'vitest';
import { IAM_MESSAGES } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { createRole, TRUST } from './support';

describe('GetRole', () => {
  it('returns the role with its trust policy URL-encoded as RFC 3986, found in any case', async () => {
    const cloud = await newCloud();
    const created = await createRole(cloud, 'App', { Tags: [{ Key: 'k', Value: 'v' }] });
    const { Role } = await cloud.iam.getRole({ RoleName: 'app' });
    expect(Role).toEqual({ ...created, Tags: [{ Key: 'k', Value: 'v' }], RoleLastUsed: {} });
    expect(Role.AssumeRolePolicyDocument).toBe(encodeURIComponent(TRUST).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    expect(Role.AssumeRolePolicyDocument).not.toContain('{');
    expect(decodeURIComponent(Role.AssumeRolePolicyDocument)).toBe(TRUST);
  });

  it('encodes the RFC 3986 reserved marks encodeURIComponent leaves', async () => {
    const cloud = await newCloud();
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: "it's(*)!", Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    await cloud.iam.createRole({ RoleName: 'r', AssumeRolePolicyDocument: trust });
    const { Role } = await cloud.iam.getRole({ RoleName: 'r' });
    expect(Role.AssumeRolePolicyDocument).toContain('it%27s%28%2A%29%21');
  });

  it('answers NoSuchEntity for a role that does not exist', async () => {
    const cloud = await newCloud();
    await expectAwsError(cloud.iam.getRole({ RoleName: 'ghost' }), 'NoSuchEntityException', 'The role with name ghost cannot be found.');
    expect(IAM_MESSAGES.noRole('ghost')).toBe('The role with name ghost cannot be found.');
  });
});
