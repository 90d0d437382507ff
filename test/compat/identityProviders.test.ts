import {
  AdminLinkProviderForUserCommand,
  CognitoIdentityProviderClient,
  CreateIdentityProviderCommand,
  CreateUserPoolCommand,
  DeleteIdentityProviderCommand,
  DescribeIdentityProviderCommand,
  DuplicateProviderException,
  GetIdentityProviderByIdentifierCommand,
  InvalidParameterException,
  ListIdentityProvidersCommand,
  ResourceNotFoundException,
  UpdateIdentityProviderCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../src/engine';
import { newCloud } from '../support/cloud';
import { cloudClientConfig } from '../support/sdkHandler';

/** The real user-pool client against the simulated cloud, signing as the administrator at the cloud's time. */
const idpClient = (cloud: Cloud) => new CognitoIdentityProviderClient(cloudClientConfig(cloud));

const GOOGLE = { client_id: '123456789012-simulated.apps.googleusercontent.com', client_secret: 'secret', authorize_scopes: 'openid email profile' };

async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string; $metadata?: { httpStatusCode?: number } }> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as { name: string; message: string },
  );
}

describe('the real @aws-sdk/client-cognito-identity-provider on a pool’s identity providers', () => {
  it('creates, describes, lists, updates and deletes a Google provider, with dates as Date objects', async () => {
    const cloud = await newCloud();
    const client = idpClient(cloud);
    const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: 'shop' }))).UserPool!.Id!;
    const created = await client.send(
      new CreateIdentityProviderCommand({
        UserPoolId,
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: GOOGLE,
        AttributeMapping: { email: 'email' },
        IdpIdentifiers: ['gmail.com'],
      }),
    );
    expect(created.IdentityProvider!.CreationDate).toBeInstanceOf(Date);
    expect(created.IdentityProvider!.ProviderDetails).toMatchObject({
      authorize_url: 'https://accounts.google.com/o/oauth2/v2/auth',
      token_url: 'https://www.googleapis.com/oauth2/v4/token',
      oidc_issuer: 'https://accounts.google.com',
    });
    const described = await client.send(new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: 'Google' }));
    expect(described.IdentityProvider!.AttributeMapping).toEqual({ email: 'email', username: 'sub' });
    const byId = await client.send(new GetIdentityProviderByIdentifierCommand({ UserPoolId, IdpIdentifier: 'gmail.com' }));
    expect(byId.IdentityProvider!.ProviderName).toBe('Google');
    const listed = await client.send(new ListIdentityProvidersCommand({ UserPoolId }));
    expect(listed.Providers!.map((p) => [p.ProviderName, p.ProviderType])).toEqual([['Google', 'Google']]);
    const updated = await client.send(
      new UpdateIdentityProviderCommand({ UserPoolId, ProviderName: 'Google', AttributeMapping: { email: 'email', name: 'name' } }),
    );
    expect(updated.IdentityProvider!.AttributeMapping).toEqual({ email: 'email', name: 'name', username: 'sub' });
    await client.send(new DeleteIdentityProviderCommand({ UserPoolId, ProviderName: 'Google' }));
    expect((await client.send(new ListIdentityProvidersCommand({ UserPoolId }))).Providers).toEqual([]);
  });

  it('surfaces AWS’s errors as the SDK’s exception classes, with AWS’s messages', async () => {
    const cloud = await newCloud();
    const client = idpClient(cloud);
    const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: 'shop' }))).UserPool!.Id!;
    const google = new CreateIdentityProviderCommand({ UserPoolId, ProviderName: 'Google', ProviderType: 'Google', ProviderDetails: GOOGLE });
    await client.send(google);

    const duplicate = await rejection(client.send(google));
    expect(duplicate).toBeInstanceOf(DuplicateProviderException);
    expect(duplicate.message).toBe(`Google already exists in user pool ${UserPoolId}`);

    const misnamed = await rejection(
      client.send(new CreateIdentityProviderCommand({ UserPoolId, ProviderName: 'NameOfGP', ProviderType: 'Google', ProviderDetails: GOOGLE })),
    );
    expect(misnamed).toBeInstanceOf(InvalidParameterException);
    expect(misnamed.message).toBe('Provider NameOfGP cannot be of type Google.');

    const missing = await rejection(
      client.send(new CreateIdentityProviderCommand({ UserPoolId, ProviderName: 'Facebook', ProviderType: 'Facebook', ProviderDetails: { client_id: 'x' } })),
    );
    expect(missing).toBeInstanceOf(InvalidParameterException);
    expect(missing.message).toBe('client_id, client_secret and authorize_scopes are all required idp details.');

    const unknown = await rejection(client.send(new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: 'Facebook' })));
    expect(unknown).toBeInstanceOf(ResourceNotFoundException);
    expect(unknown.message).toBe('Identity provider Facebook does not exist.');

    const source = await rejection(
      client.send(
        new AdminLinkProviderForUserCommand({
          UserPoolId,
          DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'nobody' },
          SourceUser: { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: '1' },
        }),
      ),
    );
    expect(source.name).toBe('UserNotFoundException');
    expect(source.message).toBe('User does not exist.');
  });
});
