import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/engine';
import type { PoolRoles } from '../../../src/engine/identityPool/model';
import type { VerifiedLogin } from '../../../src/engine/identityPool/lib/logins';
import { INVALID_POOL_CONFIGURATION, resolveRole } from '../../../src/engine/identityPool/lib/roles';
import { expectAwsError, newCloud } from '../../support/cloud';

const ACCOUNT_ROLE = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const PROVIDER = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Example1';
const CLIENT = 'client1234567890';
const login = (claims: Record<string, unknown>): VerifiedLogin => ({ provider: PROVIDER, subject: 'sub-1', claims: { aud: CLIENT, ...claims } });
const defaults = { authenticated: ACCOUNT_ROLE('Auth'), unauthenticated: ACCOUNT_ROLE('Guest') };

async function pool(cloud: Cloud) {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'roles',
    AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ProviderName: PROVIDER, ClientId: CLIENT }],
  });
  return IdentityPoolId;
}

describe('SetIdentityPoolRoles and GetIdentityPoolRoles', () => {
  it('keeps the default roles and the role mappings, keyed by provider and app client', async () => {
    const cloud = await newCloud();
    const IdentityPoolId = await pool(cloud);
    expect(await cloud.cognitoIdentity.getIdentityPoolRoles({ IdentityPoolId })).toEqual({ IdentityPoolId, Roles: {} });
    const RoleMappings = { [`${PROVIDER}:${CLIENT}`]: { Type: 'Token' as const, AmbiguousRoleResolution: 'AuthenticatedRole' as const } };
    await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: defaults, RoleMappings });
    expect(await cloud.cognitoIdentity.getIdentityPoolRoles({ IdentityPoolId })).toEqual({ IdentityPoolId, Roles: defaults, RoleMappings });
  });

  it('refuses a mapping for a provider the pool does not list, one without AmbiguousRoleResolution, and Rules without rules', async () => {
    const cloud = await newCloud();
    const IdentityPoolId = await pool(cloud);
    const other = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Other:someclient';
    await expectAwsError(
      cloud.cognitoIdentity.setIdentityPoolRoles({
        IdentityPoolId,
        Roles: defaults,
        RoleMappings: { [other]: { Type: 'Token', AmbiguousRoleResolution: 'Deny' } },
      }),
      'InvalidParameterException',
      `The role mapping key ${other} is not a provider of this identity pool (expected <provider>:<app client id>).`,
    );
    const key = `${PROVIDER}:${CLIENT}`;
    await expectAwsError(
      cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: defaults, RoleMappings: { [key]: { Type: 'Token' } } }),
      'InvalidParameterException',
      `AmbiguousRoleResolution must be specified for the role mapping of ${key}.`,
    );
    await expectAwsError(
      cloud.cognitoIdentity.setIdentityPoolRoles({
        IdentityPoolId,
        Roles: defaults,
        RoleMappings: { [key]: { Type: 'Rules', AmbiguousRoleResolution: 'Deny' } },
      }),
      'InvalidParameterException',
      `RulesConfiguration must be specified for the Rules role mapping of ${key}.`,
    );
    await expectAwsError(
      cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId: 'us-east-1:00000000-0000-4000-8000-000000000000', Roles: defaults }),
      'ResourceNotFoundException',
      "IdentityPool 'us-east-1:00000000-0000-4000-8000-000000000000' not found.",
    );
  });
});

describe('role resolution (Cognito Developer Guide, "Role-based access control")', () => {
  const key = `${PROVIDER}:${CLIENT}`;
  const token = (AmbiguousRoleResolution: 'AuthenticatedRole' | 'Deny'): PoolRoles => ({
    Roles: defaults,
    RoleMappings: { [key]: { Type: 'Token', AmbiguousRoleResolution } },
  });
  const rules = (
    AmbiguousRoleResolution: 'AuthenticatedRole' | 'Deny',
    ...list: [string, 'Equals' | 'Contains' | 'StartsWith' | 'NotEqual', string, string][]
  ): PoolRoles => ({
    Roles: defaults,
    RoleMappings: {
      [key]: {
        Type: 'Rules',
        AmbiguousRoleResolution,
        RulesConfiguration: { Rules: list.map(([Claim, MatchType, Value, role]) => ({ Claim, MatchType, Value, RoleARN: ACCOUNT_ROLE(role) })) },
      },
    },
  });

  it('gives guests the unauthenticated role and signed-in users without a mapping the authenticated one', () => {
    expect(resolveRole({ Roles: defaults }, [], undefined)).toBe(defaults.unauthenticated);
    expect(resolveRole({ Roles: defaults }, [login({})], undefined)).toBe(defaults.authenticated);
  });

  it('answers InvalidIdentityPoolConfigurationException when there is no role to give', () => {
    expect(() => resolveRole(undefined, [], undefined)).toThrow(INVALID_POOL_CONFIGURATION);
    expect(() => resolveRole({ Roles: { unauthenticated: defaults.unauthenticated } }, [login({})], undefined)).toThrow(
      expect.objectContaining({ code: 'InvalidIdentityPoolConfigurationException', message: INVALID_POOL_CONFIGURATION }),
    );
  });

  it('Token: the CustomRoleArn when cognito:roles lists it, else cognito:preferred_role, else AmbiguousRoleResolution', () => {
    const claims = { 'cognito:roles': [ACCOUNT_ROLE('Admins'), ACCOUNT_ROLE('Readers')], 'cognito:preferred_role': ACCOUNT_ROLE('Admins') };
    expect(resolveRole(token('Deny'), [login(claims)], ACCOUNT_ROLE('Readers'))).toBe(ACCOUNT_ROLE('Readers'));
    expect(resolveRole(token('Deny'), [login(claims)], undefined)).toBe(ACCOUNT_ROLE('Admins'));
    expect(() => resolveRole(token('Deny'), [login(claims)], ACCOUNT_ROLE('Other'))).toThrow(
      expect.objectContaining({ code: 'NotAuthorizedException', message: 'The CustomRoleArn is not one of the roles in the token (cognito:roles).' }),
    );
    expect(resolveRole(token('AuthenticatedRole'), [login({})], undefined)).toBe(defaults.authenticated);
    expect(() => resolveRole(token('Deny'), [login({})], undefined)).toThrow(expect.objectContaining({ code: 'NotAuthorizedException' }));
  });

  it('Rules: in order, first match wins, with Equals, Contains, StartsWith and NotEqual', () => {
    const mapping = rules(
      'Deny',
      ['custom:dept', 'Equals', 'sales', 'Sales'],
      ['email', 'Contains', '@example.com', 'Staff'],
      ['cognito:groups', 'StartsWith', 'admin', 'Admins'],
    );
    expect(resolveRole(mapping, [login({ 'custom:dept': 'sales', email: 'a@example.com' })], undefined)).toBe(ACCOUNT_ROLE('Sales'));
    expect(resolveRole(mapping, [login({ 'custom:dept': 'ops', email: 'a@example.com' })], undefined)).toBe(ACCOUNT_ROLE('Staff'));
    expect(resolveRole(mapping, [login({ 'cognito:groups': ['readers', 'admins-eu'] })], undefined)).toBe(ACCOUNT_ROLE('Admins'));
    expect(resolveRole(rules('Deny', ['custom:tier', 'NotEqual', 'free', 'Paid']), [login({ 'custom:tier': 'gold' })], undefined)).toBe(ACCOUNT_ROLE('Paid'));
  });

  it('Rules: a NotEqual rule on a claim the token lacks is skipped; nothing matching falls to AmbiguousRoleResolution', () => {
    const mapping = rules('AuthenticatedRole', ['custom:tier', 'NotEqual', 'free', 'Paid']);
    expect(resolveRole(mapping, [login({})], undefined)).toBe(defaults.authenticated);
    expect(() => resolveRole(rules('Deny', ['custom:tier', 'NotEqual', 'free', 'Paid']), [login({})], undefined)).toThrow(
      expect.objectContaining({
        code: 'NotAuthorizedException',
        message: 'No role could be resolved for this login, and the role mapping denies ambiguous ones.',
      }),
    );
  });
});
