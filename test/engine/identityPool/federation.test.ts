import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy, HOUR } from '../../../src/engine';
import { expectAwsError } from '../../support/cloud';
import { samlMetadata } from '../../support/samlMetadata';
import { GOOGLE_ISSUER, idpCloud, idToken, testOidcProvider } from '../../support/testIdp';
import { callerArnOf } from './support';

type TestCloud = Awaited<ReturnType<typeof idpCloud>>;

const GOOGLE_CLIENT = '123456789012-simulated.apps.googleusercontent.com';
const OIDC_KEY = 'idp.test.example';

/** An identity pool taking Google (its app's client id) and the test OIDC issuer through an IAM provider, with an authenticated role. */
async function federatedPool(cloud: TestCloud, extra: Record<string, unknown> = {}) {
  const oidcArn = await testOidcProvider(cloud);
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'federated',
    AllowUnauthenticatedIdentities: false,
    AllowClassicFlow: true,
    SupportedLoginProviders: { 'accounts.google.com': GOOGLE_CLIENT },
    OpenIdConnectProviderARNs: [oidcArn],
    ...extra,
  });
  const { Role } = await cloud.iam.createRole({
    RoleName: 'Auth',
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'authenticated')),
  });
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { authenticated: Role.Arn } });
  return { identityPoolId: IdentityPoolId, oidcArn, roleArn: Role.Arn };
}

const googleToken = (cloud: TestCloud, claims: Record<string, unknown> = {}, options: Parameters<typeof idToken>[2] = {}) =>
  idToken(
    cloud.clock.now(),
    { iss: GOOGLE_ISSUER, aud: GOOGLE_CLIENT, azp: GOOGLE_CLIENT, sub: '110169484474386276334', email: 'jane.doe@gmail.com', ...claims },
    options,
  );

describe('identity pools taking Google and OIDC ID tokens directly', () => {
  it('gives a Google login an identity stable per subject, and credentials for the pool’s role (enhanced flow)', async () => {
    const cloud = await idpCloud();
    const { identityPoolId } = await federatedPool(cloud);
    const first = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins: { 'accounts.google.com': await googleToken(cloud) } });
    cloud.clock.advance(60_000);
    const again = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins: { 'accounts.google.com': await googleToken(cloud) } });
    expect(again.IdentityId).toBe(first.IdentityId);
    const other = await cloud.cognitoIdentity.getId({
      IdentityPoolId: identityPoolId,
      Logins: { 'accounts.google.com': await googleToken(cloud, { sub: '2' }) },
    });
    expect(other.IdentityId).not.toBe(first.IdentityId);
    expect((await cloud.cognitoIdentity.describeIdentity({ IdentityId: first.IdentityId })).Logins).toEqual(['accounts.google.com']);

    const answer = await cloud.cognitoIdentity.getCredentialsForIdentity({
      IdentityId: first.IdentityId,
      Logins: { 'accounts.google.com': await googleToken(cloud) },
    });
    expect(answer.IdentityId).toBe(first.IdentityId);
    expect(await callerArnOf(cloud, answer.Credentials)).toBe('arn:aws:sts::123456789012:assumed-role/Auth/CognitoIdentityCredentials');
    // Cognito fetched Google's keys (discovery, then the JWKS) to verify the token.
    expect(cloud.log.entries.some((e) => e.http.request.url === 'https://accounts.google.com/jwks')).toBe(true);
  });

  it('takes an IAM OIDC provider’s token under its URL, a separate identity from a Google login with the same sub', async () => {
    const cloud = await idpCloud();
    const { identityPoolId } = await federatedPool(cloud);
    const oidc = await cloud.cognitoIdentity.getId({
      IdentityPoolId: identityPoolId,
      Logins: { [OIDC_KEY]: await idToken(cloud.clock.now(), { sub: 'same' }) },
    });
    const google = await cloud.cognitoIdentity.getId({
      IdentityPoolId: identityPoolId,
      Logins: { 'accounts.google.com': await googleToken(cloud, { sub: 'same' }) },
    });
    expect(google.IdentityId).not.toBe(oidc.IdentityId);
    // The classic flow: the pool's own OpenID token names the login in its amr.
    const { Token } = await cloud.cognitoIdentity.getOpenIdToken({
      IdentityId: oidc.IdentityId,
      Logins: { [OIDC_KEY]: await idToken(cloud.clock.now(), { sub: 'same' }) },
    });
    expect(decodeJwt(Token).amr).toEqual(['authenticated', OIDC_KEY, `${OIDC_KEY}:test-client:same`]);
    const credentials = await cloud.cognitoIdentity.getCredentialsForIdentity({
      IdentityId: oidc.IdentityId,
      Logins: { [OIDC_KEY]: await idToken(cloud.clock.now(), { sub: 'same' }) },
    });
    expect(credentials.Credentials.AccessKeyId).toMatch(/^ASIA/);
  });

  it('refuses tokens in AWS’s words: wrong audience, foreign signature, wrong issuer, expired, an unlisted provider', async () => {
    const cloud = await idpCloud();
    const { identityPoolId } = await federatedPool(cloud);
    const getId = (Logins: Record<string, string>) => cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins });
    await expectAwsError(
      getId({ 'accounts.google.com': await googleToken(cloud, { aud: 'someone-else' }) }),
      'NotAuthorizedException',
      'Invalid login token. Incorrect token audience.',
    );
    await expectAwsError(
      getId({ 'accounts.google.com': await googleToken(cloud, {}, { signedBy: 'other' }) }),
      'NotAuthorizedException',
      'Invalid login token. Not a valid OpenId Connect identity token.',
    );
    await expectAwsError(
      getId({ 'accounts.google.com': await idToken(cloud.clock.now(), { aud: GOOGLE_CLIENT }) }),
      'NotAuthorizedException',
      "Invalid login token. Issuer doesn't match providerName",
    );
    await expectAwsError(
      getId({ [OIDC_KEY]: await idToken(cloud.clock.now(), { aud: 'not-listed' }) }),
      'NotAuthorizedException',
      'Invalid login token. Incorrect token audience.',
    );
    await expectAwsError(getId({ [OIDC_KEY]: 'not-a-jwt' }), 'NotAuthorizedException', 'Invalid login token. Not a valid OpenId Connect identity token.');
    const token = await googleToken(cloud);
    const exp = Math.floor(cloud.clock.now() / 1000) + 3600;
    cloud.clock.advance(HOUR);
    await expectAwsError(getId({ 'accounts.google.com': token }), 'NotAuthorizedException', `Invalid login token. Token expired: ${exp} >= ${exp}`);
    await expectAwsError(getId({ 'login.example.org': token }), 'NotAuthorizedException', 'Token is not from a supported provider of this identity pool.');
  });

  it('checks the IAM providers a pool names exist, and stores SAML providers', async () => {
    const cloud = await idpCloud();
    await expectAwsError(
      cloud.cognitoIdentity.createIdentityPool({
        IdentityPoolName: 'p',
        AllowUnauthenticatedIdentities: false,
        OpenIdConnectProviderARNs: ['arn:aws:iam::123456789012:oidc-provider/nobody.example.com'],
      }),
      'InvalidParameterException',
      'Invalid OpenIdConnectProviderARN: arn:aws:iam::123456789012:oidc-provider/nobody.example.com does not exist.',
    );
    const missingSaml = 'arn:aws:iam::123456789012:saml-provider/Nobody';
    await expectAwsError(
      cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false, SamlProviderARNs: [missingSaml] }),
      'InvalidParameterException',
      `Invalid SamlProviderARN: ${missingSaml} does not exist.`,
    );
    const { SAMLProviderArn } = await cloud.iam.createSAMLProvider({ Name: 'Corp', SAMLMetadataDocument: samlMetadata() });
    const pool = await cloud.cognitoIdentity.createIdentityPool({
      IdentityPoolName: 'p',
      AllowUnauthenticatedIdentities: false,
      SamlProviderARNs: [SAMLProviderArn!],
    });
    expect((await cloud.cognitoIdentity.describeIdentityPool({ IdentityPoolId: pool.IdentityPoolId })).SamlProviderARNs).toEqual([SAMLProviderArn]);
    await expectAwsError(
      cloud.cognitoIdentity.updateIdentityPool({ ...pool, SamlProviderARNs: [missingSaml] }),
      'InvalidParameterException',
      `Invalid SamlProviderARN: ${missingSaml} does not exist.`,
    );
  });
});

describe('role mappings for Google and OIDC logins', () => {
  it('chooses a role by rules on the Google token’s claims, keyed accounts.google.com', async () => {
    const cloud = await idpCloud();
    const { identityPoolId, roleArn } = await federatedPool(cloud);
    const { Role: staff } = await cloud.iam.createRole({
      RoleName: 'Staff',
      AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(identityPoolId, 'authenticated')),
    });
    await cloud.cognitoIdentity.setIdentityPoolRoles({
      IdentityPoolId: identityPoolId,
      Roles: { authenticated: roleArn },
      RoleMappings: {
        'accounts.google.com': {
          Type: 'Rules',
          AmbiguousRoleResolution: 'AuthenticatedRole',
          RulesConfiguration: { Rules: [{ Claim: 'hd', MatchType: 'Equals', Value: 'example.com', RoleARN: staff.Arn }] },
        },
      },
    });
    const credentialsFor = async (claims: Record<string, unknown>) => {
      const Logins = { 'accounts.google.com': await googleToken(cloud, claims) };
      const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId, Logins });
      return (await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, Logins })).Credentials;
    };
    expect(await callerArnOf(cloud, await credentialsFor({ sub: 'a', hd: 'example.com' }))).toBe(
      'arn:aws:sts::123456789012:assumed-role/Staff/CognitoIdentityCredentials',
    );
    expect(await callerArnOf(cloud, await credentialsFor({ sub: 'b' }))).toBe('arn:aws:sts::123456789012:assumed-role/Auth/CognitoIdentityCredentials');
  });

  it('takes a mapping keyed by an OIDC provider’s URL, and refuses a key the pool does not list', async () => {
    const cloud = await idpCloud();
    const { identityPoolId, roleArn } = await federatedPool(cloud);
    const mapping = { Type: 'Token' as const, AmbiguousRoleResolution: 'AuthenticatedRole' as const };
    await cloud.cognitoIdentity.setIdentityPoolRoles({
      IdentityPoolId: identityPoolId,
      Roles: { authenticated: roleArn },
      RoleMappings: { [OIDC_KEY]: mapping },
    });
    await expectAwsError(
      cloud.cognitoIdentity.setIdentityPoolRoles({
        IdentityPoolId: identityPoolId,
        Roles: { authenticated: roleArn },
        RoleMappings: { 'login.example.org': mapping },
      }),
      'InvalidParameterException',
      'The role mapping key login.example.org is not a provider of this identity pool (expected <provider>:<app client id>).',
    );
  });
});
