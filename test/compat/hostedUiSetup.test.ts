import {
  CognitoIdentityProviderClient,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DescribeUserPoolDomainCommand,
  InvalidOAuthFlowException,
  ListResourceServersCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../src/engine';
import { newCloud } from '../support/cloud';
import { cloudClientConfig } from '../support/sdkHandler';

/** The real user-pool client against the simulated cloud, signing as the administrator at the cloud's time. */
const idpClient = (cloud: Cloud) => new CognitoIdentityProviderClient(cloudClientConfig(cloud));

describe("the real @aws-sdk/client-cognito-identity-provider on the hosted UI's setup", () => {
  it('creates a domain, describes it, and lists resource servers page by page', async () => {
    const cloud = await newCloud();
    const client = idpClient(cloud);
    const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: 'shop' }));
    const UserPoolId = UserPool!.Id!;
    expect(await client.send(new CreateUserPoolDomainCommand({ Domain: 'shop-login', UserPoolId }))).toMatchObject({ ManagedLoginVersion: 1 });
    const { DomainDescription } = await client.send(new DescribeUserPoolDomainCommand({ Domain: 'shop-login' }));
    expect(DomainDescription).toMatchObject({ UserPoolId, Domain: 'shop-login', Status: 'ACTIVE', ManagedLoginVersion: 1 });
    const free = await client.send(new DescribeUserPoolDomainCommand({ Domain: 'nobody-has-it' }));
    expect(free.DomainDescription).toEqual({});

    for (const Identifier of ['orders', 'billing', 'stock']) {
      const { ResourceServer } = await client.send(
        new CreateResourceServerCommand({ UserPoolId, Identifier, Name: Identifier, Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] }),
      );
      expect(ResourceServer).toEqual({ UserPoolId, Identifier, Name: Identifier, Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] });
    }
    const first = await client.send(new ListResourceServersCommand({ UserPoolId, MaxResults: 2 }));
    expect(first.ResourceServers!.map((s) => s.Identifier)).toEqual(['orders', 'billing']);
    const second = await client.send(new ListResourceServersCommand({ UserPoolId, MaxResults: 2, NextToken: first.NextToken! }));
    expect(second.ResourceServers!.map((s) => s.Identifier)).toEqual(['stock']);
    expect(second.NextToken).toBeUndefined();
  });

  it('surfaces a client without a secret given client_credentials as InvalidOAuthFlowException with AWS words', async () => {
    const cloud = await newCloud();
    const client = idpClient(cloud);
    const UserPoolId = (await client.send(new CreateUserPoolCommand({ PoolName: 'shop' }))).UserPool!.Id!;
    await client.send(
      new CreateResourceServerCommand({ UserPoolId, Identifier: 'api', Name: 'API', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }] }),
    );
    const ClientId = (await client.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'public' }))).UserPoolClient!.ClientId!;
    const failure = await client
      .send(
        new UpdateUserPoolClientCommand({
          UserPoolId,
          ClientId,
          AllowedOAuthFlows: ['client_credentials'],
          AllowedOAuthScopes: ['api/read'],
          AllowedOAuthFlowsUserPoolClient: true,
        }),
      )
      .catch((error: Error) => error);
    expect(failure).toBeInstanceOf(InvalidOAuthFlowException);
    expect(failure).toMatchObject({
      name: 'InvalidOAuthFlowException',
      message: 'client_credentials flow can not be selected if client does not have a client secret.',
      $metadata: { httpStatusCode: 400 },
    });
  });
});
