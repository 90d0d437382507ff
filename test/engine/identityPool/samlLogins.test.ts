import { describe, expect, it } from 'vitest';
import { sts } from '../../../src/engine';
import { INVALID_POOL_CONFIGURATION } from '../../../src/engine/identityPool/lib/roles';
import { ROLE_NOT_IN_ASSERTION, SEVERAL_SAML_ROLES } from '../../../src/engine/identityPool/lib/samlLogins';
import { SAML_MESSAGES } from '../../../src/engine/sts/lib/messages';
import { expectAwsError, newCloud } from '../../support/cloud';
import { tampered } from '../../support/saml';
import { awsResponse, SAML_ACCOUNT, samlSetup, samlTrustPolicy } from '../../support/samlSts';

/** An identity pool that takes the IdP's assertions, and a role the IdP's users may assume. */
async function setup(poolOptions: { AllowClassicFlow?: boolean } = {}) {
  const cloud = await newCloud({ accountId: SAML_ACCOUNT });
  const { providerArn, roleArn } = await samlSetup(cloud);
  const pool = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'corp',
    AllowUnauthenticatedIdentities: false,
    SamlProviderARNs: [providerArn],
    ...poolOptions,
  });
  const response = (options: Partial<Parameters<typeof awsResponse>[1]> = {}) => awsResponse(cloud, { roles: [`${roleArn},${providerArn}`], ...options });
  return { cloud, providerArn, roleArn, identityPoolId: pool.IdentityPoolId, response };
}

describe('identity pools: SAML logins', () => {
  it('GetId gives one identity per NameID at the provider, the same for every response that names it', async () => {
    const { cloud, providerArn, identityPoolId, response } = await setup();
    const first = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins: { [providerArn]: await response() } });
    cloud.clock.advance(60_000);
    const again = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins: { [providerArn]: await response() } });
    expect(again.IdentityId).toBe(first.IdentityId);
    const other = await cloud.cognitoIdentity.getId({
      IdentityPoolId: identityPoolId,
      Logins: { [providerArn]: await response({ overrides: { nameId: 'joan-91aa' } }) },
    });
    expect(other.IdentityId).not.toBe(first.IdentityId);
    expect((await cloud.cognitoIdentity.describeIdentity({ IdentityId: first.IdentityId! })).Logins).toEqual([providerArn]);
  });

  it('GetCredentialsForIdentity assumes the assertion’s role through STS AssumeRoleWithSAML', async () => {
    const { cloud, providerArn, identityPoolId, response } = await setup();
    const Logins = { [providerArn]: await response() };
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins });
    const answer = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins });
    expect(answer.IdentityId).toBe(IdentityId);
    expect(answer.Credentials!.AccessKeyId).toMatch(/^ASIA/);
    const nested = cloud.log.entries.filter((e) => e.service === sts.id);
    expect(nested.at(-1)).toMatchObject({ action: 'AssumeRoleWithSAML', status: 200 });
    const session = cloud.inspect(sts).credentials.at(-1)!;
    expect(session.assumedRoleArn).toBe(`arn:aws:sts::${SAML_ACCOUNT}:assumed-role/SamlUsers/maria.garcia@example.com`);
    expect(session.saml).toMatchObject({ provider: providerArn, subject: 'maria-7f3c' });
  });

  it('with several roles in the assertion, CustomRoleArn chooses one; without it, or naming another, it is refused', async () => {
    const { cloud, providerArn, roleArn, identityPoolId, response } = await setup();
    const { Role: admins } = await cloud.iam.createRole({ RoleName: 'SamlAdmins', AssumeRolePolicyDocument: JSON.stringify(samlTrustPolicy(providerArn)) });
    const Logins = { [providerArn]: await response({ roles: [`${roleArn},${providerArn}`, `${admins.Arn},${providerArn}`] }) };
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins });
    await expectAwsError(cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins }), 'InvalidParameterException', SEVERAL_SAML_ROLES);
    await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins, CustomRoleArn: admins.Arn });
    expect(cloud.inspect(sts).credentials.at(-1)!.roleArn).toBe(admins.Arn);
    await expectAwsError(
      cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins, CustomRoleArn: `arn:aws:iam::${SAML_ACCOUNT}:role/Elsewhere` }),
      'NotAuthorizedException',
      ROLE_NOT_IN_ASSERTION,
    );
  });

  it('a role mapping keyed by the provider’s ARN chooses by rules on the assertion’s attributes', async () => {
    const { cloud, providerArn, roleArn, identityPoolId, response } = await setup();
    const { Role: admins } = await cloud.iam.createRole({ RoleName: 'SamlAdmins', AssumeRolePolicyDocument: JSON.stringify(samlTrustPolicy(providerArn)) });
    await cloud.cognitoIdentity.setIdentityPoolRoles({
      IdentityPoolId: identityPoolId,
      Roles: { authenticated: roleArn },
      RoleMappings: {
        [providerArn]: {
          Type: 'Rules',
          AmbiguousRoleResolution: 'AuthenticatedRole',
          RulesConfiguration: { Rules: [{ Claim: 'groups', MatchType: 'Equals', Value: 'admins', RoleARN: admins.Arn }] },
        },
      },
    });
    const Logins = {
      [providerArn]: await response({ roles: [`${roleArn},${providerArn}`, `${admins.Arn},${providerArn}`], attributes: { groups: ['staff', 'admins'] } }),
    };
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins });
    await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins });
    expect(cloud.inspect(sts).credentials.at(-1)!.roleArn).toBe(admins.Arn);
  });

  it('refuses an assertion that does not verify, in STS’s words after "Invalid login token."', async () => {
    const { cloud, providerArn, identityPoolId, response } = await setup();
    const forged = tampered(await response(), (xml) => xml.replace('maria-7f3c', 'admin-0001'));
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins: { [providerArn]: forged } }),
      'NotAuthorizedException',
      `Invalid login token. ${SAML_MESSAGES.badSignature}`,
    );
  });

  it('a role whose trust policy does not trust the SAML provider is the pool’s misconfiguration', async () => {
    const { cloud, providerArn, identityPoolId, response } = await setup();
    await cloud.iam.updateAssumeRolePolicy({
      RoleName: 'SamlUsers',
      PolicyDocument: JSON.stringify(samlTrustPolicy(providerArn, { StringEquals: { 'SAML:aud': 'https://elsewhere.example.com/saml' } })),
    });
    const Logins = { [providerArn]: await response() };
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins });
    await expectAwsError(
      cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins }),
      'InvalidIdentityPoolConfigurationException',
      INVALID_POOL_CONFIGURATION,
    );
  });

  it('takes SAML logins in the enhanced flow only: GetOpenIdToken refuses them', async () => {
    const { cloud, providerArn, identityPoolId, response } = await setup({ AllowClassicFlow: true });
    const Logins = { [providerArn]: await response() };
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins });
    await expectAwsError(
      cloud.cognitoIdentity.getOpenIdToken({ IdentityId: IdentityId!, Logins }),
      'InvalidParameterException',
      'SAML logins are supported only in the enhanced flow (GetCredentialsForIdentity).',
    );
  });

  it('a pool that does not list the provider refuses its logins', async () => {
    const { cloud, providerArn, response } = await setup();
    const pool = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'other', AllowUnauthenticatedIdentities: false });
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId: pool.IdentityPoolId, Logins: { [providerArn]: await response() } }),
      'NotAuthorizedException',
      'Token is not from a supported provider of this identity pool.',
    );
  });
});
