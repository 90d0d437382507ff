import { describe, expect, it } from 'vitest';
import { iam } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { ADMIN, sendSigned } from '../../support/sign';

const URL = 'https://idp.example.com/realms/main';
const ARN = 'arn:aws:iam::123456789012:oidc-provider/idp.example.com/realms/main';
const THUMB = 'a'.repeat(40);

describe('IAM OpenID Connect providers', () => {
  it('creates one at the URL’s ARN, answers it without the scheme, and lists it', async () => {
    const cloud = await newCloud();
    const made = await cloud.iam.createOpenIDConnectProvider({ Url: URL, ClientIDList: ['app-1'], Tags: [{ Key: 'team', Value: 'core' }] });
    expect(made).toEqual({ OpenIDConnectProviderArn: ARN, Tags: [{ Key: 'team', Value: 'core' }] });
    const got = await cloud.iam.getOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN });
    expect(got).toMatchObject({ Url: 'idp.example.com/realms/main', ClientIDList: ['app-1'], CreateDate: new Date(cloud.clock.now()) });
    expect(got.ThumbprintList ?? []).toEqual([]);
    const second = await cloud.iam.createOpenIDConnectProvider({ Url: 'https://accounts.example.org', ThumbprintList: [THUMB] });
    const listed = await cloud.iam.listOpenIDConnectProviders({});
    expect(listed.OpenIDConnectProviderList).toEqual([{ Arn: 'arn:aws:iam::123456789012:oidc-provider/accounts.example.org' }, { Arn: ARN }]);
    expect(second.OpenIDConnectProviderArn).toBe('arn:aws:iam::123456789012:oidc-provider/accounts.example.org');
    expect(cloud.records(iam).oidcProviders[ARN]).toMatchObject({ Url: 'idp.example.com/realms/main', ClientIDList: ['app-1'] });
  });

  it('refuses a second provider for the same URL, a URL that is not https, and too many thumbprints, in AWS’s words', async () => {
    const cloud = await newCloud();
    await cloud.iam.createOpenIDConnectProvider({ Url: URL });
    await expectAwsError(cloud.iam.createOpenIDConnectProvider({ Url: URL }), 'EntityAlreadyExistsException', `Provider with url ${URL} already exists.`);
    await expectAwsError(
      cloud.iam.createOpenIDConnectProvider({ Url: 'http://idp.example.com' }),
      'InvalidInputException',
      'Invalid Open ID Connect Provider URL',
    );
    await expectAwsError(
      cloud.iam.createOpenIDConnectProvider({ Url: 'https://other.example.com', ThumbprintList: Array.from({ length: 6 }, (_, i) => String(i).repeat(40)) }),
      'InvalidInputException',
      'Thumbprint list must contain fewer than 5 entries.',
    );
  });

  it('adds and removes audiences, replaces thumbprints, and answers NoSuchEntity for an ARN with no provider', async () => {
    const cloud = await newCloud();
    await cloud.iam.createOpenIDConnectProvider({ Url: URL, ClientIDList: ['app-1'] });
    await cloud.iam.addClientIDToOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN, ClientID: 'app-2' });
    await cloud.iam.addClientIDToOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN, ClientID: 'app-2' });
    await cloud.iam.removeClientIDFromOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN, ClientID: 'app-1' });
    await cloud.iam.updateOpenIDConnectProviderThumbprint({ OpenIDConnectProviderArn: ARN, ThumbprintList: [THUMB] });
    expect(await cloud.iam.getOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN })).toMatchObject({ ClientIDList: ['app-2'], ThumbprintList: [THUMB] });
    const missing = 'arn:aws:iam::123456789012:oidc-provider/nobody.example.com';
    for (const call of [
      cloud.iam.getOpenIDConnectProvider({ OpenIDConnectProviderArn: missing }),
      cloud.iam.addClientIDToOpenIDConnectProvider({ OpenIDConnectProviderArn: missing, ClientID: 'x' }),
      cloud.iam.updateOpenIDConnectProviderThumbprint({ OpenIDConnectProviderArn: missing, ThumbprintList: [] }),
    ])
      await expectAwsError(call, 'NoSuchEntityException', `OpenIDConnect Provider not found for arn ${missing}`);
  });

  it('deletes a provider, and deleting one that is not there is no error (the API reference: idempotent)', async () => {
    const cloud = await newCloud();
    await cloud.iam.createOpenIDConnectProvider({ Url: URL });
    await cloud.iam.deleteOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN });
    await cloud.iam.deleteOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN });
    expect((await cloud.iam.listOpenIDConnectProviders({})).OpenIDConnectProviderList ?? []).toEqual([]);
    await expectAwsError(
      cloud.iam.getOpenIDConnectProvider({ OpenIDConnectProviderArn: ARN }),
      'NoSuchEntityException',
      `OpenIDConnect Provider not found for arn ${ARN}`,
    );
  });

  it('answers the wire in Query XML with the NoSuchEntity wire code', async () => {
    const cloud = await newCloud();
    const form = `Action=CreateOpenIDConnectProvider&Version=2010-05-08&Url=${encodeURIComponent(URL)}&ClientIDList.member.1=app-1`;
    const ok = await sendSigned(cloud, 'https://iam.amazonaws.com/', form, { credentials: ADMIN, region: 'us-east-1' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain(`<OpenIDConnectProviderArn>${ARN}</OpenIDConnectProviderArn>`);
    const missing = `Action=GetOpenIDConnectProvider&Version=2010-05-08&OpenIDConnectProviderArn=${encodeURIComponent(ARN + 'x')}`;
    const answer = await sendSigned(cloud, 'https://iam.amazonaws.com/', missing, { credentials: ADMIN, region: 'us-east-1' });
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain('<Code>NoSuchEntity</Code>');
  });
});

describe('IAM’s read model of identity providers', () => {
  it('shows OIDC and SAML providers as copies, by ARN', async () => {
    const { samlMetadata } = await import('../../support/samlMetadata');
    const cloud = await newCloud();
    await cloud.iam.createOpenIDConnectProvider({ Url: URL, ClientIDList: ['app-1'], ThumbprintList: [THUMB] });
    await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata() });
    const view = cloud.inspect(iam);
    expect(view.oidcProviders).toEqual([
      { arn: ARN, url: 'idp.example.com/realms/main', clientIds: ['app-1'], thumbprints: [THUMB], createdAt: cloud.clock.now() },
    ]);
    expect(view.samlProviders).toMatchObject([{ arn: 'arn:aws:iam::123456789012:saml-provider/Corp', name: 'Corp', entityId: 'https://saml.example.com/idp' }]);
    view.oidcProviders[0]!.clientIds.push('changed');
    expect(cloud.inspect(iam).oidcProviders[0]!.clientIds).toEqual(['app-1']);
  });
});
