import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../support/cloud';
import { samlMetadata } from '../../support/samlMetadata';

describe('tags of IAM identity providers', () => {
  it('tags, retags (a key given again replaces its value), untags and lists an OIDC provider', async () => {
    const cloud = await newCloud();
    const { OpenIDConnectProviderArn: arn } = await cloud.iam.createOpenIDConnectProvider({
      Url: 'https://idp.example.com',
      Tags: [{ Key: 'team', Value: 'a' }],
    });
    await cloud.iam.tagOpenIDConnectProvider({
      OpenIDConnectProviderArn: arn!,
      Tags: [
        { Key: 'env', Value: 'dev' },
        { Key: 'TEAM', Value: 'b' },
      ],
    });
    expect((await cloud.iam.listOpenIDConnectProviderTags({ OpenIDConnectProviderArn: arn! })).Tags).toEqual([
      { Key: 'team', Value: 'b' },
      { Key: 'env', Value: 'dev' },
    ]);
    await cloud.iam.untagOpenIDConnectProvider({ OpenIDConnectProviderArn: arn!, TagKeys: ['Team', 'absent'] });
    expect((await cloud.iam.getOpenIDConnectProvider({ OpenIDConnectProviderArn: arn! })).Tags).toEqual([{ Key: 'env', Value: 'dev' }]);
    const missing = 'arn:aws:iam::123456789012:oidc-provider/nobody.example.com';
    await expectAwsError(
      cloud.iam.tagOpenIDConnectProvider({ OpenIDConnectProviderArn: missing, Tags: [{ Key: 'k', Value: 'v' }] }),
      'NoSuchEntityException',
      `OpenIDConnect Provider not found for arn ${missing}`,
    );
  });

  it('tags, untags and lists a SAML provider; a missing one is "Manifest not found"', async () => {
    const cloud = await newCloud();
    const { SAMLProviderArn: arn } = await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata() });
    await cloud.iam.tagSAMLProvider({ SAMLProviderArn: arn!, Tags: [{ Key: 'owner', Value: 'it' }] });
    expect(await cloud.iam.listSAMLProviderTags({ SAMLProviderArn: arn! })).toMatchObject({ Tags: [{ Key: 'owner', Value: 'it' }], IsTruncated: false });
    await cloud.iam.untagSAMLProvider({ SAMLProviderArn: arn!, TagKeys: ['owner'] });
    expect((await cloud.iam.getSAMLProvider({ SAMLProviderArn: arn! })).Tags ?? []).toEqual([]);
    await expectAwsError(cloud.iam.listSAMLProviderTags({ SAMLProviderArn: `${arn}x` }), 'NoSuchEntityException', `Manifest not found for arn ${arn}x`);
  });
});
