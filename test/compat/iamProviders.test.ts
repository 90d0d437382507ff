import {
  CreateOpenIDConnectProviderCommand,
  CreateSAMLProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  DeleteSAMLProviderCommand,
  EntityAlreadyExistsException,
  GetOpenIDConnectProviderCommand,
  GetSAMLProviderCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { createCloud, type Cloud } from '../../src/engine';
import { samlMetadata } from '../support/samlMetadata';
import { cloudClientConfig } from '../support/sdkHandler';
import { ADMIN } from '../support/sign';

const iamClient = (cloud: Cloud) => new IAMClient(cloudClientConfig(cloud, ADMIN, 'us-east-1'));

async function failure(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as (Error & { $metadata?: { httpStatusCode?: number } }) | undefined;
  expect(error, 'expected the call to fail').toBeDefined();
  return { error: error!, name: error!.name, message: error!.message, status: error!.$metadata?.httpStatusCode };
}

describe('IAM identity providers through @aws-sdk/client-iam', () => {
  it('creates, reads, lists and deletes an OpenID Connect provider; a duplicate URL is EntityAlreadyExists', async () => {
    const cloud = await createCloud();
    const client = iamClient(cloud);
    const url = 'https://idp.example.com';
    const made = await client.send(new CreateOpenIDConnectProviderCommand({ Url: url, ClientIDList: ['app-1'] }));
    expect(made.OpenIDConnectProviderArn).toBe('arn:aws:iam::123456789012:oidc-provider/idp.example.com');
    const got = await client.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: made.OpenIDConnectProviderArn }));
    expect(got).toMatchObject({ Url: 'idp.example.com', ClientIDList: ['app-1'] });
    expect(got.CreateDate).toBeInstanceOf(Date);
    const listed = await client.send(new ListOpenIDConnectProvidersCommand({}));
    expect(listed.OpenIDConnectProviderList).toEqual([{ Arn: made.OpenIDConnectProviderArn }]);
    const again = await failure(client.send(new CreateOpenIDConnectProviderCommand({ Url: url })));
    expect(again.error).toBeInstanceOf(EntityAlreadyExistsException);
    expect(again.message).toBe('Provider with url https://idp.example.com already exists.');
    expect(again.status).toBe(409);
    await client.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: made.OpenIDConnectProviderArn }));
    const gone = await failure(client.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: made.OpenIDConnectProviderArn })));
    expect(gone.error).toBeInstanceOf(NoSuchEntityException);
    expect(gone.message).toBe('OpenIDConnect Provider not found for arn arn:aws:iam::123456789012:oidc-provider/idp.example.com');
  });

  it('creates, reads, lists and deletes a SAML provider; a missing one is NoSuchEntity "Manifest not found"', async () => {
    const cloud = await createCloud();
    const client = iamClient(cloud);
    const document = samlMetadata();
    const made = await client.send(new CreateSAMLProviderCommand({ Name: 'Corp', SAMLMetadataDocument: document }));
    expect(made.SAMLProviderArn).toBe('arn:aws:iam::123456789012:saml-provider/Corp');
    const got = await client.send(new GetSAMLProviderCommand({ SAMLProviderArn: made.SAMLProviderArn }));
    expect(got.SAMLMetadataDocument).toBe(document);
    expect(got.ValidUntil).toBeInstanceOf(Date);
    const listed = await client.send(new ListSAMLProvidersCommand({}));
    expect(listed.SAMLProviderList?.map((p) => p.Arn)).toEqual([made.SAMLProviderArn]);
    await client.send(new DeleteSAMLProviderCommand({ SAMLProviderArn: made.SAMLProviderArn }));
    const gone = await failure(client.send(new DeleteSAMLProviderCommand({ SAMLProviderArn: made.SAMLProviderArn })));
    expect(gone.error).toBeInstanceOf(NoSuchEntityException);
    expect(gone.message).toBe('Manifest not found for arn arn:aws:iam::123456789012:saml-provider/Corp');
    expect(gone.status).toBe(404);
  });
});
