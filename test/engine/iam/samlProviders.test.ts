import { describe, expect, it } from 'vitest';
import { iam } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { SAML_CERTIFICATE, samlMetadata } from '../../support/samlMetadata';

const ARN = 'arn:aws:iam::123456789012:saml-provider/Corp';
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

describe('IAM SAML providers', () => {
  it('creates one from its metadata, reads the entity, certificate and SSO locations, and answers it as sent', async () => {
    const cloud = await newCloud();
    const document = samlMetadata();
    expect(await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: document })).toEqual({ SAMLProviderArn: ARN });
    const got = await cloud.iam.getSAMLProvider({ SAMLProviderArn: ARN });
    expect(got.SAMLMetadataDocument).toBe(document);
    expect(got.SAMLProviderUUID).toMatch(/^SAML[A-Z2-7]{18}$/);
    expect(got.CreateDate).toEqual(new Date(cloud.clock.now()));
    expect(got.ValidUntil).toEqual(new Date(cloud.clock.now() + 100 * YEAR_MS));
    expect(cloud.records(iam).samlProviders['arn:aws:iam::123456789012:saml-provider/corp']!.metadata).toEqual({
      entityId: 'https://saml.example.com/idp',
      signingCertificates: [SAML_CERTIFICATE],
      singleSignOn: {
        'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect': 'https://saml.example.com/sso/redirect',
        'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST': 'https://saml.example.com/sso/post',
      },
    });
    const listed = await cloud.iam.listSAMLProviders({});
    expect(listed.SAMLProviderList).toEqual([{ Arn: ARN, ValidUntil: got.ValidUntil, CreateDate: got.CreateDate }]);
  });

  it('takes ValidUntil from the metadata when it says one', async () => {
    const cloud = await newCloud();
    await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata(undefined, { validUntil: '2030-01-01T00:00:00Z' }) });
    expect((await cloud.iam.getSAMLProvider({ SAMLProviderArn: ARN })).ValidUntil).toEqual(new Date('2030-01-01T00:00:00Z'));
  });

  it('refuses a name it has (regardless of case), metadata that is not an IdP’s, and a document under 1000 characters', async () => {
    const cloud = await newCloud();
    await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata() });
    await expectAwsError(
      cloud.iam.createSAMLProvider({ Name: 'CORP', SAMLMetadataDocument: samlMetadata() }),
      'EntityAlreadyExistsException',
      'SAMLProvider CORP already exists.',
    );
    const notIdp = samlMetadata().replace(/IDPSSODescriptor/g, 'SPSSODescriptor');
    await expectAwsError(cloud.iam.createSAMLProvider({ Name: 'Other', SAMLMetadataDocument: notIdp }), 'InvalidInputException', 'Could not parse metadata');
    const encryptionOnly = samlMetadata(undefined, { use: 'encryption' });
    await expectAwsError(
      cloud.iam.createSAMLProvider({ Name: 'Other', SAMLMetadataDocument: encryptionOnly }),
      'InvalidInputException',
      'Could not parse metadata',
    );
    await expectAwsError(
      cloud.iam.createSAMLProvider({ Name: 'Other', SAMLMetadataDocument: `<a>${'x'.repeat(1000)}</b>` }),
      'InvalidInputException',
      'Could not parse metadata',
    );
    await expectAwsError(
      cloud.iam.createSAMLProvider({ Name: 'Other', SAMLMetadataDocument: '<short/>' }),
      'ValidationError',
      /at 'sAMLMetadataDocument' failed to satisfy constraint: Member must have length greater than or equal to 1000/,
    );
    await expectAwsError(
      cloud.iam.createSAMLProvider({ Name: 'has space', SAMLMetadataDocument: samlMetadata() }),
      'ValidationError',
      /at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
  });

  it('deletes a provider; Get and Delete of one that is not there answer NoSuchEntity "Manifest not found"', async () => {
    const cloud = await newCloud();
    await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata() });
    await cloud.iam.deleteSAMLProvider({ SAMLProviderArn: ARN });
    await expectAwsError(cloud.iam.getSAMLProvider({ SAMLProviderArn: ARN }), 'NoSuchEntityException', `Manifest not found for arn ${ARN}`);
    await expectAwsError(cloud.iam.deleteSAMLProvider({ SAMLProviderArn: ARN }), 'NoSuchEntityException', `Manifest not found for arn ${ARN}`);
  });
});

describe('IAM’s state version 2', () => {
  it('restores a version 1 state (no identity providers) with empty provider maps, and keeps providers across a snapshot', async () => {
    expect(iam.stateVersion).toBe(2);
    expect(iam.restorable).toEqual([1]);
    expect(iam.restore({ roles: {}, policies: {} })).toEqual({ roles: {}, policies: {}, oidcProviders: {}, samlProviders: {} });
    const cloud = await newCloud();
    await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata() });
    await cloud.iam.createOpenIDConnectProvider({ Url: 'https://idp.example.com' });
    const restored = await newCloud({ snapshot: cloud.snapshot() });
    expect((await restored.iam.getSAMLProvider({ SAMLProviderArn: ARN })).SAMLMetadataDocument).toBe(samlMetadata());
    expect((await restored.iam.listOpenIDConnectProviders({})).OpenIDConnectProviderList).toEqual([
      { Arn: 'arn:aws:iam::123456789012:oidc-provider/idp.example.com' },
    ]);
  });
});

describe('UpdateSAMLProvider', () => {
  it('replaces the metadata (a rotated certificate), and refuses a request that changes nothing', async () => {
    const cloud = await newCloud();
    await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata() });
    const rotated = samlMetadata('https://saml.example.com/idp').replace(SAML_CERTIFICATE, `MIID${SAML_CERTIFICATE.slice(4)}`);
    expect(await cloud.iam.updateSAMLProvider({ SAMLProviderArn: ARN, SAMLMetadataDocument: rotated })).toEqual({ SAMLProviderArn: ARN });
    expect((await cloud.iam.getSAMLProvider({ SAMLProviderArn: ARN })).SAMLMetadataDocument).toBe(rotated);
    expect(cloud.inspect(iam).samlProviders[0]!.signingCertificates).toEqual([`MIID${SAML_CERTIFICATE.slice(4)}`]);
    await expectAwsError(cloud.iam.updateSAMLProvider({ SAMLProviderArn: ARN }), 'InvalidInputException', 'No updates are defined for the SAML provider.');
    await expectAwsError(
      cloud.iam.updateSAMLProvider({ SAMLProviderArn: ARN.replace('Corp', 'Nobody'), SAMLMetadataDocument: rotated }),
      'NoSuchEntityException',
      `Manifest not found for arn ${ARN.replace('Corp', 'Nobody')}`,
    );
  });
});
