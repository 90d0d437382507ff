import { describe, expect, it } from 'vitest';
import { GOOGLE_CLIENT, GOOGLE_USERS, OIDC_ISSUER, OIDC_USERS } from '../../../src/engine';
import { GOOGLE_PERSON, OIDC_PERSON } from '../../../src/flows/hostedUi/scenario';
import { scenarios } from '../../../src/flows/scenarios';
import { ARTICLE_USER } from '../../../src/flows/types';
import { newCloud } from '../../support/cloud';

async function build(id: 'googleFederation' | 'oidcFederation' | 'linkGoogleUser') {
  const cloud = await newCloud();
  const setup = await scenarios[id](cloud);
  const UserPoolId = setup.userPoolId!;
  return { cloud, setup, UserPoolId };
}

const MAPPING = {
  email: 'email',
  email_verified: 'email_verified',
  given_name: 'given_name',
  family_name: 'family_name',
  name: 'name',
  picture: 'picture',
  username: 'sub',
};

describe('the federation scenarios', () => {
  it('sign in as the simulated providers’ first test users, as their fixtures have them', () => {
    expect(GOOGLE_PERSON).toEqual({ sub: GOOGLE_USERS[0]!.sub, email: GOOGLE_USERS[0]!.email, password: GOOGLE_USERS[0]!.password });
    expect(OIDC_PERSON).toEqual({ sub: OIDC_USERS[0]!.sub, email: OIDC_USERS[0]!.email, password: OIDC_USERS[0]!.password });
  });

  it('googleFederation adds a Google provider with the fixtures’ client, Cognito’s fixed Google endpoints and the mapping', async () => {
    const { cloud, setup, UserPoolId } = await build('googleFederation');
    const { IdentityProvider } = await cloud.cognitoIdp.describeIdentityProvider({ UserPoolId, ProviderName: 'Google' });
    expect(IdentityProvider).toMatchObject({ ProviderType: 'Google', AttributeMapping: MAPPING });
    expect(IdentityProvider.ProviderDetails).toMatchObject({
      client_id: GOOGLE_CLIENT.clientId,
      authorize_scopes: 'openid email profile',
      authorize_url: 'https://accounts.google.com/o/oauth2/v2/auth',
      oidc_issuer: 'https://accounts.google.com',
    });
    expect(setup).toMatchObject({ domain: 'article-shop', identityProvider: 'Google', username: ARTICLE_USER.username });
  });

  it.each(['googleFederation', 'oidcFederation'] as const)('%s lets the app client use the code grant through COGNITO and the provider', async (id) => {
    const { cloud, setup, UserPoolId } = await build(id);
    const { UserPoolClient } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId, ClientId: setup.clientId! });
    expect(UserPoolClient).toMatchObject({
      SupportedIdentityProviders: ['COGNITO', setup.identityProvider],
      CallbackURLs: ['http://localhost'],
      LogoutURLs: ['http://localhost'],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    expect(setup.integration).toEqual({
      domain: 'article-shop',
      callbackUrl: 'http://localhost',
      signOutUrl: 'http://localhost',
      flows: ['code'],
      scopes: ['openid', 'email', 'profile'],
    });
    const { UserPool } = await cloud.cognitoIdp.describeUserPool({ UserPoolId });
    expect((UserPool as { Domain?: string }).Domain).toBe('article-shop');
  });

  it('oidcFederation reads the provider’s endpoints from its issuer’s discovery document', async () => {
    const { cloud, UserPoolId } = await build('oidcFederation');
    const { IdentityProvider } = await cloud.cognitoIdp.describeIdentityProvider({ UserPoolId, ProviderName: 'ExampleID' });
    expect(IdentityProvider).toMatchObject({ ProviderType: 'OIDC', AttributeMapping: MAPPING });
    expect(IdentityProvider.ProviderDetails).toMatchObject({ oidc_issuer: OIDC_ISSUER, attributes_request_method: 'GET' });
    const discovery = cloud.log.entries.find((e) => e.action.includes('/.well-known/openid-configuration'));
    expect(discovery, 'CreateIdentityProvider fetched the discovery document').toBeDefined();
  });

  it('linkGoogleUser links jane.doe@gmail.com’s Google subject to the article’s user, who lists it in identities', async () => {
    const { cloud, UserPoolId } = await build('linkGoogleUser');
    const { UserAttributes } = await cloud.cognitoIdp.adminGetUser({ UserPoolId, Username: ARTICLE_USER.username });
    const identities = JSON.parse(UserAttributes!.find((a) => a.Name === 'identities')!.Value!);
    expect(identities).toEqual([expect.objectContaining({ userId: '104857392017463829104', providerName: 'Google', providerType: 'Google', primary: false })]);
    const { Users } = await cloud.cognitoIdp.listUsers({ UserPoolId });
    expect(Users!.map((u) => u.Username)).toEqual([ARTICLE_USER.username]);
  });
});
