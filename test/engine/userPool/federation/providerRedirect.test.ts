import { describe, expect, it } from 'vitest';
import { providerAuthorizeUrl, providerForAuthorize } from '../../../../src/engine/userPool/lib/providerRedirect';
import { newCloud, poolsOf } from '../../../support/cloud';
import { federationPool, GOOGLE_DETAILS } from './setup';

async function setup() {
  const cloud = await newCloud();
  const UserPoolId = await federationPool(cloud);
  await cloud.cognitoIdp.createIdentityProvider({
    UserPoolId,
    ProviderName: 'Google',
    ProviderType: 'Google',
    ProviderDetails: GOOGLE_DETAILS,
    IdpIdentifiers: ['gmail'],
  });
  const web = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId, ClientName: 'web', SupportedIdentityProviders: ['Google'] });
  const other = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId, ClientName: 'other', SupportedIdentityProviders: ['COGNITO'] });
  const pool = poolsOf(cloud)[UserPoolId]!;
  return { pool, web: pool.clients[web.UserPoolClient.ClientId]!, other: pool.clients[other.UserPoolClient.ClientId]! };
}

describe('the provider /oauth2/authorize names', () => {
  it('is found by name or identifier, only for a client that supports it', async () => {
    const { pool, web, other } = await setup();
    expect(providerForAuthorize(pool, web, { identityProvider: 'Google' })?.ProviderName).toBe('Google');
    expect(providerForAuthorize(pool, web, { idpIdentifier: 'gmail' })?.ProviderName).toBe('Google');
    expect(providerForAuthorize(pool, web, { identityProvider: 'Facebook' })).toBeUndefined();
    expect(providerForAuthorize(pool, other, { identityProvider: 'Google' })).toBeUndefined();
  });

  it('is sent the browser with Cognito’s client id, its scopes and the domain’s idpresponse', async () => {
    const { pool } = await setup();
    const href = providerAuthorizeUrl(pool.identityProviders['Google']!, {
      domainOrigin: 'https://shop.auth.us-east-1.amazoncognito.com',
      state: 'S1',
      nonce: 'N1',
    })!;
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://accounts.google.com/o/oauth2/v2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: GOOGLE_DETAILS.client_id,
      response_type: 'code',
      scope: 'openid email profile',
      redirect_uri: 'https://shop.auth.us-east-1.amazoncognito.com/oauth2/idpresponse',
      state: 'S1',
      nonce: 'N1',
    });
  });
});
