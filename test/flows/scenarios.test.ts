import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { CUSTOMERS_GROUP, scenarios, SCENARIO_IDS } from '../../src/flows/scenarios';
import { ARTICLE_USER } from '../../src/flows/types';
import { cognitoTrustPolicy, GOOGLE_SPA_CLIENT } from '../../src/engine';
import { newCloud } from '../support/cloud';
import { poolsOf } from '../support/cloud';

async function build(id: keyof typeof scenarios) {
  const cloud = await newCloud();
  const setup = await scenarios[id](cloud);
  const pool = setup.userPoolId ? poolsOf(cloud)[setup.userPoolId] : undefined;
  const client = pool && setup.clientId ? pool.clients[setup.clientId] : undefined;
  const user = pool ? Object.values(pool.users)[0] : undefined;
  return { cloud, setup, pool, client, user };
}

describe('scenarios', () => {
  it('offers exactly the ids the contract names', () => {
    expect(SCENARIO_IDS.sort()).toEqual([
      'adminCreatedUser',
      'classicPool',
      'confirmedUser',
      'emptyPool',
      'fourKindsByRules',
      'fourKindsByToken',
      'googleFederation',
      'googleIdentityPool',
      'guestPool',
      'guestSignsUp',
      'hostedUiSetup',
      'linkGoogleUser',
      'machineToMachine',
      'none',
      'oidcFederation',
      'samlFederation',
      'signInReady',
      'signedInElsewhere',
      'syncDevices',
      'threeSteps',
      'unconfirmedUser',
    ]);
  });

  it('googleIdentityPool builds no user pool: an identity pool trusting the app’s Google client, its authenticated role and the bucket', async () => {
    const { cloud, setup } = await build('googleIdentityPool');
    expect(Object.keys(poolsOf(cloud))).toEqual([]);
    const pool = await cloud.cognitoIdentity.describeIdentityPool({ IdentityPoolId: setup.identityPoolId! });
    expect(pool).toMatchObject({
      AllowUnauthenticatedIdentities: false,
      SupportedLoginProviders: { 'accounts.google.com': GOOGLE_SPA_CLIENT.clientId },
    });
    expect(setup.googleClientId).toBe(GOOGLE_SPA_CLIENT.clientId);
    const roles = await cloud.cognitoIdentity.getIdentityPoolRoles({ IdentityPoolId: setup.identityPoolId! });
    expect(roles.Roles).toEqual({ authenticated: setup.authRoleArn });
    const { Role } = await cloud.iam.getRole({ RoleName: setup.authRoleName! });
    expect(JSON.parse(decodeURIComponent(Role.AssumeRolePolicyDocument!))).toEqual(cognitoTrustPolicy(setup.identityPoolId!, 'authenticated'));
    expect((await cloud.s3.listBuckets({})).Buckets?.map((b) => b.Name)).toEqual([setup.bucket]);
  });

  it('none builds nothing', async () => {
    const { cloud, setup } = await build('none');
    expect(setup).toEqual({});
    expect(cloud.log.entries).toEqual([]);
  });

  it('emptyPool is the article pool: email required and auto-verified, a client without secret and AWS default flows', async () => {
    const { pool, client, setup } = await build('emptyPool');
    expect(setup).toEqual({ userPoolId: pool!.Id, clientId: client!.ClientId });
    expect(pool!.settings.AutoVerifiedAttributes).toEqual(['email']);
    expect(pool!.settings.SchemaAttributes.find((a) => a.Name === 'email')?.Required).toBe(true);
    expect(pool!.settings.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 8,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(client!.ClientSecret).toBeUndefined();
    expect(client!.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
    expect(Object.keys(pool!.users)).toEqual([]);
  });

  it.each([
    ['unconfirmedUser', 'UNCONFIRMED', false],
    ['confirmedUser', 'CONFIRMED', false],
    ['signInReady', 'CONFIRMED', true],
    ['adminCreatedUser', 'FORCE_CHANGE_PASSWORD', true],
  ] as const)('%s leaves the article user %s (password auth allowed: %s)', async (id, status, allowed) => {
    const { user, client, setup } = await build(id);
    expect(user!.status).toBe(status);
    expect(user!.attributes['email']).toBe(ARTICLE_USER.email);
    expect(setup.username).toBe(ARTICLE_USER.username);
    expect(setup.password).toBe(id === 'adminCreatedUser' ? 'Temp#Pass1' : ARTICLE_USER.password);
    expect(client!.ExplicitAuthFlows.includes('ALLOW_USER_PASSWORD_AUTH')).toBe(allowed);
    if (allowed) expect(client!.ExplicitAuthFlows).toContain('ALLOW_REFRESH_TOKEN_AUTH');
  });

  it('signInReady puts the user in the customers group, which both tokens then carry as cognito:groups', async () => {
    const { cloud, setup } = await build('signInReady');
    const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: setup.clientId!,
      AuthParameters: { USERNAME: setup.username!, PASSWORD: setup.password! },
    });
    expect(decodeJwt(AuthenticationResult!.IdToken!)['cognito:groups']).toEqual([CUSTOMERS_GROUP]);
    expect(decodeJwt(AuthenticationResult!.AccessToken!)['cognito:groups']).toEqual([CUSTOMERS_GROUP]);
  });

  it('adminCreatedUser sends the invitation email', async () => {
    const { cloud } = await build('adminCreatedUser');
    expect(cloud.outbox.entries.map((m) => [m.purpose, m.to])).toEqual([['AdminCreateUser', ARTICLE_USER.email]]);
  });

  it('machineToMachine is signInReady with the domain article-shop, and no resource server or second client yet', async () => {
    const { cloud, setup, pool, client } = await build('machineToMachine');
    expect(setup).toMatchObject({ domain: 'article-shop', region: cloud.region, username: ARTICLE_USER.username });
    expect(pool!.Domain).toBe('article-shop');
    expect(Object.keys(pool!.resourceServers)).toEqual([]);
    expect(Object.keys(pool!.clients)).toEqual([client!.ClientId]);
    expect(client!.ExplicitAuthFlows).toContain('ALLOW_USER_PASSWORD_AUTH');
  });
});
