import { describe, expect, it } from 'vitest';
import { cognitoIdp, type CloudSnapshot } from '../../../../src/engine';
import { expectAwsError, newCloud, poolsOf, START_SECONDS } from '../../../support/cloud';
import { EXPLICIT_OIDC_DETAILS, federationPool, GOOGLE_DETAILS, googleProvider } from './setup';

describe('CreateIdentityProvider and DescribeIdentityProvider', () => {
  it('adds the endpoints Cognito fills in for Google, and maps username to sub', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const { IdentityProvider } = await googleProvider(cloud, UserPoolId);
    expect(IdentityProvider).toEqual({
      UserPoolId,
      ProviderName: 'Google',
      ProviderType: 'Google',
      ProviderDetails: {
        attributes_url: 'https://people.googleapis.com/v1/people/me?personFields=',
        attributes_url_add_attributes: 'true',
        authorize_scopes: 'openid email profile',
        authorize_url: 'https://accounts.google.com/o/oauth2/v2/auth',
        client_id: GOOGLE_DETAILS.client_id,
        client_secret: GOOGLE_DETAILS.client_secret,
        oidc_issuer: 'https://accounts.google.com',
        token_request_method: 'POST',
        token_url: 'https://www.googleapis.com/oauth2/v4/token',
      },
      AttributeMapping: { email: 'email', name: 'name', picture: 'picture', username: 'sub' },
      IdpIdentifiers: [],
      LastModifiedDate: START_SECONDS,
      CreationDate: START_SECONDS,
    });
    const described = await cloud.cognitoIdp.describeIdentityProvider({ UserPoolId, ProviderName: 'Google' });
    expect(described.IdentityProvider).toEqual(IdentityProvider);
  });

  it.each([
    ['Facebook', { api_version: 'v17.0' }, { token_request_method: 'GET', authorize_url: 'https://www.facebook.com/v17.0/dialog/oauth' }, 'id'],
    ['LoginWithAmazon', {}, { token_url: 'https://api.amazon.com/auth/o2/token', attributes_url_add_attributes: 'false' }, 'user_id'],
  ])('fills in %s endpoints and its subject claim', async (type, extra, expected, subject) => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const { IdentityProvider } = await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: type,
      ProviderType: type as 'Facebook',
      ProviderDetails: { client_id: 'app', client_secret: 'secret', authorize_scopes: 'email', ...extra },
    });
    expect(IdentityProvider.ProviderDetails).toMatchObject(expected);
    expect(IdentityProvider.AttributeMapping).toEqual({ username: subject });
  });

  it('keeps Sign in with Apple’s private key out of the description', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const ProviderDetails = { client_id: 'com.example.app', team_id: 'TEAM', key_id: 'KEY', private_key: 'PRIVATE', authorize_scopes: 'email name' };
    const { IdentityProvider } = await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'SignInWithApple',
      ProviderType: 'SignInWithApple',
      ProviderDetails,
    });
    expect(IdentityProvider.ProviderDetails).toEqual({
      attributes_url_add_attributes: 'false',
      authorize_scopes: 'email name',
      authorize_url: 'https://appleid.apple.com/auth/authorize',
      client_id: 'com.example.app',
      key_id: 'KEY',
      oidc_issuer: 'https://appleid.apple.com',
      team_id: 'TEAM',
      token_request_method: 'POST',
      token_url: 'https://appleid.apple.com/auth/token',
    });
    expect(poolsOf(cloud)[UserPoolId]!.identityProviders['SignInWithApple']!.ProviderDetails['private_key']).toBe('PRIVATE');
  });

  it('refuses a social provider not named after its type, with AWS words', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createIdentityProvider({ UserPoolId, ProviderName: 'NameOfGP', ProviderType: 'Google', ProviderDetails: GOOGLE_DETAILS }),
      'InvalidParameterException',
      'Provider NameOfGP cannot be of type Google.',
    );
  });

  it('refuses a second provider of the same name with DuplicateProviderException', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await googleProvider(cloud, UserPoolId);
    await expectAwsError(googleProvider(cloud, UserPoolId), 'DuplicateProviderException', `Google already exists in user pool ${UserPoolId}`);
  });

  it('refuses social details without client_id, client_secret and authorize_scopes', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createIdentityProvider({
        UserPoolId,
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: { client_id: 'x', authorize_scopes: 'email' },
      }),
      'InvalidParameterException',
      'client_id, client_secret and authorize_scopes are all required idp details.',
    );
  });

  it('refuses an attribute mapping to an attribute the pool does not have, and accepts a custom one', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const create = (AttributeMapping: Record<string, string>) =>
      cloud.cognitoIdp.createIdentityProvider({
        UserPoolId,
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: GOOGLE_DETAILS,
        AttributeMapping,
      });
    await expectAwsError(
      create({ shoe_size: 'size' }),
      'InvalidParameterException',
      `Invalid AttributeMapping: shoe_size is not an attribute of user pool ${UserPoolId}.`,
    );
    const { IdentityProvider } = await create({ 'custom:department': 'hd', username: 'email' });
    expect(IdentityProvider.AttributeMapping).toEqual({ 'custom:department': 'hd', username: 'email' });
  });

  it('keeps IdpIdentifiers unique in the pool and finds a provider by one', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'Corp',
      ProviderType: 'OIDC',
      ProviderDetails: EXPLICIT_OIDC_DETAILS,
      IdpIdentifiers: ['corp.example'],
    });
    await expectAwsError(
      cloud.cognitoIdp.createIdentityProvider({
        UserPoolId,
        ProviderName: 'Other',
        ProviderType: 'OIDC',
        ProviderDetails: EXPLICIT_OIDC_DETAILS,
        IdpIdentifiers: ['corp.example'],
      }),
      'DuplicateProviderException',
      `Identifier corp.example is already used in user pool ${UserPoolId}.`,
    );
    const found = await cloud.cognitoIdp.getIdentityProviderByIdentifier({ UserPoolId, IdpIdentifier: 'corp.example' });
    expect(found.IdentityProvider.ProviderName).toBe('Corp');
    await expectAwsError(
      cloud.cognitoIdp.getIdentityProviderByIdentifier({ UserPoolId, IdpIdentifier: 'nobody' }),
      'ResourceNotFoundException',
      'Identity provider with identifier nobody does not exist.',
    );
  });

  it('refuses an OIDC provider named after a social type', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createIdentityProvider({ UserPoolId, ProviderName: 'Google', ProviderType: 'OIDC', ProviderDetails: EXPLICIT_OIDC_DETAILS }),
      'InvalidParameterException',
      'Provider Google cannot be of type OIDC.',
    );
  });
});

describe('ListIdentityProviders, UpdateIdentityProvider, DeleteIdentityProvider', () => {
  it('lists providers a page at a time', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await googleProvider(cloud, UserPoolId);
    await cloud.cognitoIdp.createIdentityProvider({ UserPoolId, ProviderName: 'Corp', ProviderType: 'OIDC', ProviderDetails: EXPLICIT_OIDC_DETAILS });
    const first = await cloud.cognitoIdp.listIdentityProviders({ UserPoolId, MaxResults: 1 });
    expect(first.Providers).toEqual([{ ProviderName: 'Google', ProviderType: 'Google', LastModifiedDate: START_SECONDS, CreationDate: START_SECONDS }]);
    const second = await cloud.cognitoIdp.listIdentityProviders({ UserPoolId, MaxResults: 1, NextToken: first.NextToken! });
    expect(second.Providers.map((p) => p.ProviderName)).toEqual(['Corp']);
    expect(second.NextToken).toBeUndefined();
  });

  it('updates the mapping and details, keeps what it is not given, and moves LastModifiedDate', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await googleProvider(cloud, UserPoolId);
    cloud.clock.advance(60_000);
    const { IdentityProvider } = await cloud.cognitoIdp.updateIdentityProvider({
      UserPoolId,
      ProviderName: 'Google',
      ProviderDetails: { authorize_scopes: 'openid email' },
      AttributeMapping: { email: 'email' },
    });
    expect(IdentityProvider.ProviderDetails).toMatchObject({
      authorize_scopes: 'openid email',
      client_id: GOOGLE_DETAILS.client_id,
      token_request_method: 'POST',
    });
    expect(IdentityProvider.AttributeMapping).toEqual({ email: 'email', username: 'sub' });
    expect(IdentityProvider.LastModifiedDate).toBe(START_SECONDS + 60);
    expect(IdentityProvider.CreationDate).toBe(START_SECONDS);
  });

  it('answers an unknown provider with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    for (const call of [
      cloud.cognitoIdp.describeIdentityProvider({ UserPoolId, ProviderName: 'Google' }),
      cloud.cognitoIdp.updateIdentityProvider({ UserPoolId, ProviderName: 'Google', AttributeMapping: {} }),
      cloud.cognitoIdp.deleteIdentityProvider({ UserPoolId, ProviderName: 'Google' }),
    ]) {
      await expectAwsError(call, 'ResourceNotFoundException', 'Identity provider Google does not exist.');
    }
  });

  it('lets app clients name existing providers only, and removes a deleted provider from them', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId, ClientName: 'web', SupportedIdentityProviders: ['COGNITO', 'Google'] }),
      'InvalidParameterException',
      `The provider Google does not exist for User Pool ${UserPoolId}.`,
    );
    const { UserPoolClient: plain } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId, ClientName: 'plain' });
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolClient({ UserPoolId, ClientId: plain.ClientId, SupportedIdentityProviders: ['Google'] }),
      'InvalidParameterException',
      `The provider Google does not exist for User Pool ${UserPoolId}.`,
    );
    await googleProvider(cloud, UserPoolId);
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId,
      ClientName: 'web',
      SupportedIdentityProviders: ['COGNITO', 'Google'],
    });
    expect(UserPoolClient.SupportedIdentityProviders).toEqual(['COGNITO', 'Google']);
    await cloud.cognitoIdp.deleteIdentityProvider({ UserPoolId, ProviderName: 'Google' });
    const described = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId, ClientId: UserPoolClient.ClientId });
    expect(described.UserPoolClient.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect((await cloud.cognitoIdp.listIdentityProviders({ UserPoolId })).Providers).toEqual([]);
  });

  it('keeps providers in a snapshot', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await googleProvider(cloud, UserPoolId);
    const restored = await newCloud({ snapshot: cloud.snapshot() });
    const { IdentityProvider } = await restored.cognitoIdp.describeIdentityProvider({ UserPoolId, ProviderName: 'Google' });
    expect(IdentityProvider.ProviderDetails['oidc_issuer']).toBe('https://accounts.google.com');
  });

  it('restores a snapshot taken before pools had identity providers', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const snapshot = JSON.parse(JSON.stringify(cloud.snapshot())) as CloudSnapshot;
    const regions = snapshot.services[cognitoIdp.id]!.regions as Record<string, { pools: Record<string, Record<string, unknown>> }>;
    delete regions[cloud.region]!.pools[UserPoolId]!['identityProviders'];
    const restored = await newCloud({ snapshot });
    expect((await restored.cognitoIdp.listIdentityProviders({ UserPoolId })).Providers).toEqual([]);
    await googleProvider(restored, UserPoolId);
    expect((await restored.cognitoIdp.listIdentityProviders({ UserPoolId })).Providers.map((p) => p.ProviderName)).toEqual(['Google']);
  });
});
