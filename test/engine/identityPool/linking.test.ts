import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { confirmedUser, signedInUser, testUser, tokensFor } from '../../support/users';

async function setup(cloud: Cloud) {
  const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
  const provider = `cognito-idp.${cloud.region}.amazonaws.com/${user.userPoolId}`;
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'linking',
    AllowUnauthenticatedIdentities: true,
    AllowClassicFlow: true,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: user.clientId }],
  });
  return { user, provider, IdentityPoolId, Logins: { [provider]: user.tokens.IdToken! } };
}

describe('merging identities', () => {
  it("merges a guest into the identity that owns the login it shows: the owner's id is answered and the guest is disabled", async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, Logins, provider } = await setup(cloud);
    const owner = (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins })).IdentityId;
    const guest = (await cloud.cognitoIdentity.getId({ IdentityPoolId })).IdentityId;
    const merged = await cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guest, Logins });
    expect(merged.IdentityId).toBe(owner);
    expect((await cloud.cognitoIdentity.describeIdentity({ IdentityId: owner })).Logins).toEqual([provider]);
    await expectAwsError(cloud.cognitoIdentity.getOpenIdToken({ IdentityId: guest }), 'NotAuthorizedException', `Identity '${guest}' is disabled.`);
    expect((await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins })).IdentityId).toBe(owner);
  });
});

describe('UnlinkIdentity', () => {
  it('unlinks a provider, so the login makes a new identity next time; the identity without logins is inaccessible', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, Logins, provider } = await setup(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins });
    await cloud.cognitoIdentity.unlinkIdentity({ IdentityId, Logins, LoginsToRemove: [provider] });
    expect((await cloud.cognitoIdentity.describeIdentity({ IdentityId })).Logins).toEqual([]);
    await expectAwsError(cloud.cognitoIdentity.getOpenIdToken({ IdentityId, Logins }), 'NotAuthorizedException', `Identity '${IdentityId}' is disabled.`);
    const fresh = (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins })).IdentityId;
    expect(fresh).not.toBe(IdentityId);
  });

  it('wants one of the identity’s own logins, and refuses a provider it is not linked to', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, Logins } = await setup(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins });
    await expectAwsError(
      cloud.cognitoIdentity.unlinkIdentity({ IdentityId, Logins: {}, LoginsToRemove: ['graph.facebook.com'] }),
      'NotAuthorizedException',
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
    await expectAwsError(
      cloud.cognitoIdentity.unlinkIdentity({ IdentityId, Logins, LoginsToRemove: ['graph.facebook.com'] }),
      'InvalidParameterException',
      'The identity is not linked to graph.facebook.com.',
    );
  });
});

describe('DeleteIdentities', () => {
  it('deletes identities with their logins; an unknown id is skipped', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, Logins } = await setup(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins });
    const missing = `${cloud.region}:00000000-0000-4000-8000-000000000000`;
    expect(await cloud.cognitoIdentity.deleteIdentities({ IdentityIdsToDelete: [IdentityId, missing] })).toEqual({ UnprocessedIdentityIds: [] });
    await expectAwsError(cloud.cognitoIdentity.describeIdentity({ IdentityId }), 'ResourceNotFoundException', `Identity '${IdentityId}' not found.`);
    expect((await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins })).IdentityId).not.toBe(IdentityId);
  });
});

describe('SetPrincipalTagAttributeMap and GetPrincipalTagAttributeMap', () => {
  it('keeps a custom map, answers the defaults (username and client) when UseDefaults, and refuses an unlisted provider', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, provider } = await setup(cloud);
    const custom = await cloud.cognitoIdentity.setPrincipalTagAttributeMap({
      IdentityPoolId,
      IdentityProviderName: provider,
      PrincipalTags: { department: 'custom:dept' },
    });
    expect(custom).toEqual({ IdentityPoolId, IdentityProviderName: provider, UseDefaults: false, PrincipalTags: { department: 'custom:dept' } });
    expect(await cloud.cognitoIdentity.getPrincipalTagAttributeMap({ IdentityPoolId, IdentityProviderName: provider })).toEqual(custom);
    await cloud.cognitoIdentity.setPrincipalTagAttributeMap({ IdentityPoolId, IdentityProviderName: provider, UseDefaults: true });
    expect(await cloud.cognitoIdentity.getPrincipalTagAttributeMap({ IdentityPoolId, IdentityProviderName: provider })).toMatchObject({
      UseDefaults: true,
      PrincipalTags: { username: 'sub', client: 'aud' },
    });
    await expectAwsError(
      cloud.cognitoIdentity.setPrincipalTagAttributeMap({ IdentityPoolId, IdentityProviderName: 'accounts.google.com', UseDefaults: true }),
      'InvalidParameterException',
      'accounts.google.com is not a provider of this identity pool.',
    );
  });
});

describe('one login per provider, and logins of two identities at once', () => {
  async function twoPools(cloud: Cloud) {
    const first = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const second = await signedInUser(cloud, 'ana@example.com');
    const providerOf = (userPoolId: string) => `cognito-idp.${cloud.region}.amazonaws.com/${userPoolId}`;
    const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
      IdentityPoolName: 'two-pools',
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: true,
      CognitoIdentityProviders: [first, second].map((u) => ({ ProviderName: providerOf(u.userPoolId), ClientId: u.clientId })),
    });
    return {
      IdentityPoolId,
      first: { [providerOf(first.userPoolId)]: first.tokens.IdToken! },
      second: { [providerOf(second.userPoolId)]: second.tokens.IdToken! },
      providers: [providerOf(first.userPoolId), providerOf(second.userPoolId)],
    };
  }

  it('GetId with logins that two identities own merges them: the first login’s owner survives, the other is disabled', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, first, second, providers } = await twoPools(cloud);
    const one = (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: first })).IdentityId;
    const two = (await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: second })).IdentityId;
    expect(two).not.toBe(one);
    const both = await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { ...first, ...second } });
    expect(both.IdentityId).toBe(one);
    expect((await cloud.cognitoIdentity.describeIdentity({ IdentityId: one })).Logins).toEqual(providers);
    expect((await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: second })).IdentityId).toBe(one);
    await expectAwsError(cloud.cognitoIdentity.getOpenIdToken({ IdentityId: two, Logins: second }), 'NotAuthorizedException', `Identity '${two}' is disabled.`);
  });

  it('refuses another user of a provider the identity is already linked to, and changes nothing', async () => {
    const cloud = await newCloud();
    const { IdentityPoolId, Logins, provider, user } = await setup(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins });
    await confirmedUser(cloud, user.clientId, testUser('ana@example.com'));
    const { IdToken } = await tokensFor(cloud, user.clientId, 'ana@example.com');
    const other = { [provider]: IdToken! };
    await expectAwsError(
      cloud.cognitoIdentity.getOpenIdToken({ IdentityId, Logins: other }),
      'ResourceConflictException',
      `The identity is already linked to another login of ${provider}.`,
    );
    expect((await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: other })).IdentityId).not.toBe(IdentityId);
    expect((await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins })).IdentityId).toBe(IdentityId);
  });
});
