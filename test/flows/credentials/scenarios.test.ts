import { describe, expect, it } from 'vitest';
import { ARTICLE_AUTHENTICATED_ROLE_POLICY, ARTICLE_UNAUTHENTICATED_ROLE_POLICY, cognitoIdentity, cognitoTrustPolicy, iam, s3 } from '../../../src/engine';
import { ARTICLE_POLICY_NAME, AUTH_ROLE_NAME, GUEST_ROLE_NAME, NOTES_BUCKET } from '../../../src/flows/credentials/scenarios';
import { scenarios } from '../../../src/flows/scenarios';
import type { ScenarioId } from '../../../src/flows/types';
import { newCloud, poolsOf } from '../../support/cloud';

async function build(id: ScenarioId) {
  const cloud = await newCloud();
  const setup = await scenarios[id](cloud);
  const pool = cloud.records(cognitoIdentity).pools[setup.identityPoolId ?? ''];
  const roles = cloud.records(iam).roles;
  return { cloud, setup, pool, roles, identities: () => Object.values(cloud.records(cognitoIdentity).identities) };
}

const ARN = (name: string) => `arn:aws:iam::123456789012:role/${name}`;

describe('identity-pool scenarios', () => {
  it('guestPool: guests allowed, the article guest policy with the guest trust, both roles the defaults, and the notes bucket', async () => {
    const { cloud, setup, pool, roles } = await build('guestPool');
    expect(pool).toMatchObject({ AllowUnauthenticatedIdentities: true, AllowClassicFlow: false });
    expect(setup).toMatchObject({ guestRoleName: GUEST_ROLE_NAME, guestRoleArn: ARN(GUEST_ROLE_NAME), authRoleArn: ARN(AUTH_ROLE_NAME), bucket: NOTES_BUCKET });
    const guest = roles[GUEST_ROLE_NAME.toLowerCase()]!;
    expect(JSON.parse(guest.AssumeRolePolicyDocument)).toEqual(cognitoTrustPolicy(setup.identityPoolId!, 'unauthenticated'));
    expect(JSON.parse(guest.inlinePolicies[ARTICLE_POLICY_NAME]!)).toEqual(ARTICLE_UNAUTHENTICATED_ROLE_POLICY);
    expect(cloud.records(cognitoIdentity).roles[setup.identityPoolId!]).toMatchObject({ Roles: { unauthenticated: ARN(GUEST_ROLE_NAME) } });
    expect(Object.keys(cloud.records(s3).buckets[NOTES_BUCKET]!.objects)).toEqual([`${setup.otherIdentityId}/notes.txt`]);
  });

  it('threeSteps: the sign-in-ready user pool as provider, the authenticated role with only the article preset (no S3)', async () => {
    const { setup, pool, roles, identities } = await build('threeSteps');
    expect(setup.providerName).toBe(`cognito-idp.us-east-1.amazonaws.com/${setup.userPoolId}`);
    expect(pool!.CognitoIdentityProviders).toEqual([{ ProviderName: setup.providerName, ClientId: setup.clientId, ServerSideTokenCheck: false }]);
    const auth = roles[AUTH_ROLE_NAME.toLowerCase()]!;
    expect(JSON.parse(auth.AssumeRolePolicyDocument)).toEqual(cognitoTrustPolicy(setup.identityPoolId!, 'authenticated'));
    expect(Object.keys(auth.inlinePolicies)).toEqual([ARTICLE_POLICY_NAME]);
    expect(JSON.parse(auth.inlinePolicies[ARTICLE_POLICY_NAME]!)).toEqual(ARTICLE_AUTHENTICATED_ROLE_POLICY);
    expect(setup).toMatchObject({ username: 'abc.xyz@gmail.com', password: '#Abc1234' });
    expect(identities().map((i) => i.IdentityId)).toEqual([setup.otherIdentityId]);
  });

  it('signedInElsewhere: the user’s login already belongs to an identity of its own', async () => {
    const { setup, identities } = await build('signedInElsewhere');
    const owners = identities().filter((i) => i.logins.includes(setup.providerName!));
    expect(owners).toHaveLength(1);
    expect(owners[0]!.IdentityId).not.toBe(setup.otherIdentityId);
  });

  it('guestSignsUp: the three steps’ pools and roles, and no user yet (the article user is to sign up)', async () => {
    const { cloud, setup, pool } = await build('guestSignsUp');
    expect(pool!.CognitoIdentityProviders?.[0]?.ProviderName).toBe(setup.providerName);
    expect(setup).toMatchObject({ username: 'abc.xyz@gmail.com', password: '#Abc1234', authRoleName: AUTH_ROLE_NAME, bucket: NOTES_BUCKET });
    expect(Object.keys(poolsOf(cloud)[setup.userPoolId!]!.users)).toEqual([]);
    expect(poolsOf(cloud)[setup.userPoolId!]!.clients[setup.clientId!]!.ExplicitAuthFlows).toContain('ALLOW_USER_PASSWORD_AUTH');
  });

  it('classicPool: AllowClassicFlow, guests allowed, no RoleMappings', async () => {
    const { cloud, setup, pool } = await build('classicPool');
    expect(pool).toMatchObject({ AllowUnauthenticatedIdentities: true, AllowClassicFlow: true });
    expect(cloud.records(cognitoIdentity).roles[setup.identityPoolId!]?.RoleMappings ?? {}).toEqual({});
    expect(setup.bucket).toBeUndefined();
  });
});

describe('the identity flows’ documented states', () => {
  it('are exactly the machines’ states, as lessons/README.md and the content contract list them', async () => {
    const { getStateNodes } = await import('@xstate/graph');
    const { credentialsMachine } = await import('../../../src/flows/credentials/machine');
    const { classicMachine } = await import('../../../src/flows/classicFlow/machine');
    const paths = (m: typeof credentialsMachine | typeof classicMachine) =>
      getStateNodes(m.root)
        .map((n) => n.path.join('.'))
        .sort();
    expect(paths(credentialsMachine)).toEqual(
      [
        'start',
        'signingIn',
        'signInFailed',
        'signingUp',
        'awaitingCode',
        'confirming',
        'confirmFailed',
        'gettingId',
        'gettingCredentials',
        'refreshingTokens',
        'held',
        'held.idle',
        'held.requesting',
        'held.syncListing',
        'held.syncUpdating',
        'held.answered',
        'held.requestFailed',
        'held.updatingRole',
        'failed',
      ].sort(),
    );
    expect(paths(classicMachine)).toEqual(
      ['idle', 'gettingId', 'identified', 'gettingToken', 'tokenHeld', 'assumingRole', 'credentialsHeld', 'syncListing', 'editingTrust', 'failed'].sort(),
    );
  });
});
