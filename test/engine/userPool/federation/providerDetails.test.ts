import { describe, expect, it } from 'vitest';
import { SERVICES, SITES, type SiteDescriptor } from '../../../../src/engine';
import { expectAwsError, newCloud, poolsOf } from '../../../support/cloud';
import { EXPLICIT_OIDC_DETAILS, federationPool, SAML_METADATA } from './setup';

const ISSUER = 'https://oidc.test.example';

/** A test-only OpenID provider: its discovery document, and SAML metadata at /saml/metadata. */
const testIdp: SiteDescriptor = {
  kind: 'site',
  id: 'test-oidc-idp',
  participant: 'Test IdP',
  matchHost: (host) => (host === 'oidc.test.example' ? {} : undefined),
  handle: (_ctx, request) => {
    if (request.url.pathname === '/.well-known/openid-configuration') {
      const document = {
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/authorize`,
        token_endpoint: `${ISSUER}/token`,
        userinfo_endpoint: `${ISSUER}/userinfo`,
        jwks_uri: `${ISSUER}/jwks`,
      };
      return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(document) };
    }
    if (request.url.pathname === '/saml/metadata') return { status: 200, headers: { 'content-type': 'application/xml' }, body: SAML_METADATA };
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  },
};

const cloudWithIdp = () => newCloud({ registry: { services: SERVICES, sites: [...SITES, testIdp] } });

const OIDC_BASE = { client_id: 'app', client_secret: 'secret', attributes_request_method: 'GET', authorize_scopes: 'openid email' };

describe('an OIDC provider’s endpoints', () => {
  it('takes explicit endpoints on a host nobody simulates without contacting it', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const before = cloud.log.entries.length;
    const { IdentityProvider } = await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'Corp',
      ProviderType: 'OIDC',
      ProviderDetails: EXPLICIT_OIDC_DETAILS,
    });
    expect(IdentityProvider.ProviderDetails).toEqual({ ...EXPLICIT_OIDC_DETAILS, attributes_url_add_attributes: 'false' });
    expect(IdentityProvider.AttributeMapping).toEqual({ username: 'sub' });
    expect(cloud.log.entries.length - before).toBe(1);
    expect(poolsOf(cloud)[UserPoolId]!.identityProviders['Corp']!.endpoints).toEqual({
      authorize: 'https://login.corp.invalid/authorize',
      token: 'https://login.corp.invalid/token',
      attributes: 'https://login.corp.invalid/userinfo',
      jwks: 'https://login.corp.invalid/jwks',
      issuer: 'https://login.corp.invalid',
    });
  });

  it('reads the discovery document at oidc_issuer through the cloud, and does not add what it found to ProviderDetails', async () => {
    const cloud = await cloudWithIdp();
    const UserPoolId = await federationPool(cloud);
    const { IdentityProvider } = await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'TestIdP',
      ProviderType: 'OIDC',
      ProviderDetails: { ...OIDC_BASE, oidc_issuer: ISSUER },
    });
    expect(IdentityProvider.ProviderDetails).toEqual({ ...OIDC_BASE, oidc_issuer: ISSUER, attributes_url_add_attributes: 'false' });
    expect(poolsOf(cloud)[UserPoolId]!.identityProviders['TestIdP']!.endpoints).toEqual({
      authorize: `${ISSUER}/authorize`,
      token: `${ISSUER}/token`,
      attributes: `${ISSUER}/userinfo`,
      jwks: `${ISSUER}/jwks`,
      issuer: ISSUER,
    });
    const visit = cloud.log.entries.find((e) => e.action === 'GET /.well-known/openid-configuration');
    expect(visit, 'the discovery request is logged').toBeDefined();
  });

  it('refuses an issuer nobody simulates when it must discover endpoints', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createIdentityProvider({
        UserPoolId,
        ProviderName: 'Nowhere',
        ProviderType: 'OIDC',
        ProviderDetails: { ...OIDC_BASE, oidc_issuer: 'https://nowhere.invalid' },
      }),
      'InvalidParameterException',
      'Unable to retrieve the OpenID Connect discovery document of https://nowhere.invalid: https://nowhere.invalid/.well-known/openid-configuration answered 404.',
    );
    expect(poolsOf(cloud)[UserPoolId]!.identityProviders).toEqual({});
  });

  it('refuses OIDC details without the required keys', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createIdentityProvider({
        UserPoolId,
        ProviderName: 'Corp',
        ProviderType: 'OIDC',
        ProviderDetails: { client_id: 'app', oidc_issuer: ISSUER },
      }),
      'InvalidParameterException',
      'client_id, attributes_request_method, oidc_issuer and authorize_scopes are all required idp details.',
    );
  });
});

describe('a SAML provider’s metadata', () => {
  it('reads MetadataFile and adds the sign-on and logout URLs', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    const { IdentityProvider } = await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataFile: SAML_METADATA, IDPSignout: 'true' },
      AttributeMapping: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
    });
    expect(IdentityProvider.ProviderDetails).toEqual({
      IDPSignout: 'true',
      MetadataFile: SAML_METADATA,
      SLORedirectBindingURI: 'https://saml.corp.invalid/slo',
      SSORedirectBindingURI: 'https://saml.corp.invalid/sso/redirect',
    });
    expect(IdentityProvider.AttributeMapping).toEqual({ email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' });
    expect(poolsOf(cloud)[UserPoolId]!.identityProviders['CorpSAML']!.saml).toEqual({
      entityId: 'https://saml.corp.invalid/idp',
      ssoRedirectUrl: 'https://saml.corp.invalid/sso/redirect',
      ssoPostUrl: 'https://saml.corp.invalid/sso/post',
      sloRedirectUrl: 'https://saml.corp.invalid/slo',
      signingCertificates: ['MIIBszCCAVmgAwIBAgIUexample'],
    });
  });

  it('reads MetadataURL through the cloud', async () => {
    const cloud = await cloudWithIdp();
    const UserPoolId = await federationPool(cloud);
    const { IdentityProvider } = await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: `${ISSUER}/saml/metadata` },
    });
    expect(IdentityProvider.ProviderDetails).toMatchObject({
      MetadataURL: `${ISSUER}/saml/metadata`,
      SSORedirectBindingURI: 'https://saml.corp.invalid/sso/redirect',
    });
    expect(IdentityProvider.ProviderDetails['MetadataFile']).toBeUndefined();
  });

  it.each([
    [{}, 'Exactly one of MetadataFile or MetadataURL is required for a SAML provider.'],
    [{ MetadataFile: '<not xml' }, 'Invalid SAML metadata: the document is not well-formed XML.'],
    [{ MetadataFile: '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>' }, 'Invalid SAML metadata: no IDPSSODescriptor.'],
    [{ MetadataFile: SAML_METADATA, RequestSigningAlgorithm: 'rsa-sha1' }, 'RequestSigningAlgorithm only accepts rsa-sha256.'],
  ])('refuses %j', async (ProviderDetails, message) => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createIdentityProvider({ UserPoolId, ProviderName: 'CorpSAML', ProviderType: 'SAML', ProviderDetails }),
      'InvalidParameterException',
      message,
    );
  });

  it('switches from MetadataFile to MetadataURL on update', async () => {
    const cloud = await cloudWithIdp();
    const UserPoolId = await federationPool(cloud);
    await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataFile: SAML_METADATA },
    });
    const { IdentityProvider } = await cloud.cognitoIdp.updateIdentityProvider({
      UserPoolId,
      ProviderName: 'CorpSAML',
      ProviderDetails: { MetadataURL: `${ISSUER}/saml/metadata` },
    });
    expect(Object.keys(IdentityProvider.ProviderDetails).sort()).toEqual(['MetadataURL', 'SLORedirectBindingURI', 'SSORedirectBindingURI']);
  });
});
