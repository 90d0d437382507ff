import { CognitoIdentityClient, CreateIdentityPoolCommand, DescribeIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../src/engine';
import { newCloud } from '../support/cloud';
import { cloudClientConfig } from '../support/sdkHandler';
import { signedInUser } from '../support/users';

/** The real identity-pool client against the simulated cloud, signing as the administrator at the cloud's time. */
const identityClient = (cloud: Cloud) => new CognitoIdentityClient(cloudClientConfig(cloud));

describe('the real @aws-sdk/client-cognito-identity', () => {
  it('makes a pool, gets a guest and a signed-in identity, and describes it', async () => {
    const cloud = await newCloud({ region: 'ap-south-1' });
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const provider = `cognito-idp.ap-south-1.amazonaws.com/${user.userPoolId}`;
    const client = identityClient(cloud);
    const pool = await client.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'article_identity_pool',
        AllowUnauthenticatedIdentities: true,
        CognitoIdentityProviders: [{ ProviderName: provider, ClientId: user.clientId }],
      }),
    );
    expect(pool.IdentityPoolId).toMatch(/^ap-south-1:/);
    const guest = await client.send(new GetIdCommand({ IdentityPoolId: pool.IdentityPoolId! }));
    const signedIn = await client.send(new GetIdCommand({ IdentityPoolId: pool.IdentityPoolId!, Logins: { [provider]: user.tokens.IdToken! } }));
    expect(signedIn.IdentityId).not.toBe(guest.IdentityId);
    const described = await client.send(new DescribeIdentityCommand({ IdentityId: signedIn.IdentityId! }));
    expect(described.Logins).toEqual([provider]);
    expect(described.CreationDate).toEqual(new Date(cloud.clock.now()));
  });

  it('surfaces a refused login as NotAuthorizedException with AWS words', async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const provider = `cognito-idp.us-east-1.amazonaws.com/${user.userPoolId}`;
    const client = identityClient(cloud);
    const pool = await client.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'p',
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [{ ProviderName: provider, ClientId: user.clientId }],
      }),
    );
    const failure = await client
      .send(new GetIdCommand({ IdentityPoolId: pool.IdentityPoolId!, Logins: { [provider]: user.tokens.AccessToken! } }))
      .catch((error: Error) => error);
    expect(failure).toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid login token. Missing a required claim: aud' });
  });
});
