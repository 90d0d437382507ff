import { describe, expect, it } from 'vitest';
import { AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY, iam, policiesOfRole, roleByArn } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { createRole, DENY_DELETE, READ_BUCKET } from './support';

describe('roleByArn and policiesOfRole (what STS and the front door read of a role)', () => {
  it('finds a role by its exact ARN, path included, and nothing for another account, path or a malformed ARN', async () => {
    const cloud = await newCloud();
    const role = await createRole(cloud, 'Worker', { Path: '/apps/' });
    const state = cloud.records(iam);
    expect(roleByArn(state, role.Arn)).toBe(state.roles['worker']);
    expect(roleByArn(state, 'arn:aws:iam::123456789012:role/Worker')).toBeUndefined();
    expect(roleByArn(state, 'arn:aws:iam::999999999999:role/apps/Worker')).toBeUndefined();
    expect(roleByArn(state, 'arn:aws:iam::123456789012:role/constructor')).toBeUndefined();
    expect(roleByArn(state, 'Worker')).toBeUndefined();
  });

  it('lists inline policies by name, then attached managed ones by ARN at their default version, AWS managed ones from the catalogue', async () => {
    const cloud = await newCloud();
    const role = await createRole(cloud);
    await cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    const { Policy } = await cloud.iam.createPolicy({ PolicyName: 'deny', PolicyDocument: READ_BUCKET });
    await cloud.iam.createPolicyVersion({ PolicyArn: Policy.Arn, PolicyDocument: DENY_DELETE, SetAsDefault: true });
    const guest = 'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy';
    await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: Policy.Arn });
    await cloud.iam.attachRolePolicy({ RoleName: 'app-role', PolicyArn: guest });
    const state = cloud.records(iam);
    expect(policiesOfRole(state, roleByArn(state, role.Arn)!)).toEqual([
      { name: 'read', document: READ_BUCKET },
      { name: Policy.Arn, document: DENY_DELETE },
      { name: guest, document: JSON.stringify(AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY) },
    ]);
  });
});
