import { describe, expect, it } from 'vitest';
import { HOUR, sts } from '../../../src/engine';
import { expectAwsError } from '../../support/cloud';
import { GOOGLE_ISSUER, idpCloud, idToken, TEST_OIDC_ISSUER, testOidcProvider } from '../../support/testIdp';

type TestCloud = Awaited<ReturnType<typeof idpCloud>>;

const trust = (federated: string, conditions: Record<string, Record<string, string>> = {}) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: federated },
        Action: 'sts:AssumeRoleWithWebIdentity',
        ...(Object.keys(conditions).length ? { Condition: conditions } : {}),
      },
    ],
  });

async function role(cloud: TestCloud, document: string, name = 'web-role'): Promise<string> {
  return (await cloud.iam.createRole({ RoleName: name, AssumeRolePolicyDocument: document })).Role.Arn;
}

const assume = (cloud: TestCloud, RoleArn: string, WebIdentityToken: string) =>
  cloud.sts.assumeRoleWithWebIdentity({ RoleArn, RoleSessionName: 'app1', WebIdentityToken });

describe('AssumeRoleWithWebIdentity with an IAM OpenID Connect provider', () => {
  it('verifies the token against the provider’s JWKS (discovery, then jwks_uri) and answers the provider’s ARN', async () => {
    const cloud = await idpCloud();
    const providerArn = await testOidcProvider(cloud);
    const roleArn = await role(cloud, trust(providerArn, { StringEquals: { 'idp.test.example:aud': 'test-client', 'idp.test.example:sub': '248289761001' } }));
    const answer = await assume(cloud, roleArn, await idToken(cloud.clock.now(), {}));
    expect(answer).toMatchObject({ SubjectFromWebIdentityToken: '248289761001', Provider: providerArn, Audience: 'test-client' });
    expect(answer.Credentials.AccessKeyId).toMatch(/^ASIA/);
    // The two hops STS took to the provider, logged under the request.
    const call = cloud.log.entries.find((e) => e.action === 'AssumeRoleWithWebIdentity')!;
    const hops = cloud.log.entries.filter((e) => e.http.request.url.startsWith(TEST_OIDC_ISSUER));
    expect(hops.map((e) => new URL(e.http.request.url).pathname)).toEqual(['/.well-known/openid-configuration', '/jwks']);
    expect(hops.every((e) => e.parent === call.requestId && e.status === 200)).toBe(true);
    // The session remembers the provider's condition keys under its URL.
    const session = cloud.records(sts).credentials[answer.Credentials.AccessKeyId];
    expect(session?.webIdentity).toEqual({ provider: providerArn, subject: '248289761001', audience: 'test-client', keyPrefix: 'idp.test.example' });
  });

  it('refuses a token whose issuer has no provider in the account, in AWS’s words', async () => {
    const cloud = await idpCloud();
    const roleArn = await role(cloud, trust('arn:aws:iam::123456789012:oidc-provider/idp.test.example'));
    await expectAwsError(
      assume(cloud, roleArn, await idToken(cloud.clock.now(), {})),
      'InvalidIdentityTokenException',
      'No OpenIDConnect provider found in your account for https://idp.test.example',
    );
  });

  it('refuses a role naming a provider deleted since (the IAM API reference: any attempt to assume it fails)', async () => {
    const cloud = await idpCloud();
    const providerArn = await testOidcProvider(cloud);
    const roleArn = await role(cloud, trust(providerArn));
    await assume(cloud, roleArn, await idToken(cloud.clock.now(), {}));
    await cloud.iam.deleteOpenIDConnectProvider({ OpenIDConnectProviderArn: providerArn });
    await expectAwsError(
      assume(cloud, roleArn, await idToken(cloud.clock.now(), {})),
      'InvalidIdentityTokenException',
      'No OpenIDConnect provider found in your account for https://idp.test.example',
    );
  });

  it('refuses an audience the provider does not list, a foreign signature, and an expired token at the cloud clock', async () => {
    const cloud = await idpCloud();
    const providerArn = await testOidcProvider(cloud);
    const roleArn = await role(cloud, trust(providerArn));
    await expectAwsError(
      assume(cloud, roleArn, await idToken(cloud.clock.now(), { aud: 'other-client' })),
      'InvalidIdentityTokenException',
      'Incorrect token audience',
    );
    await expectAwsError(
      assume(cloud, roleArn, await idToken(cloud.clock.now(), {}, { signedBy: 'other' })),
      'InvalidIdentityTokenException',
      'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.',
    );
    const token = await idToken(cloud.clock.now(), {});
    const exp = Math.floor(cloud.clock.now() / 1000) + 3600;
    cloud.clock.advance(HOUR + 1000);
    await expectAwsError(
      assume(cloud, roleArn, token),
      'ExpiredTokenException',
      `Token expired: current date/time ${exp + 1} must be before the expiration date/time ${exp}`,
    );
  });

  it('denies when the trust policy’s conditions on {url}:sub refuse the token', async () => {
    const cloud = await idpCloud();
    const providerArn = await testOidcProvider(cloud);
    const roleArn = await role(cloud, trust(providerArn, { StringEquals: { 'idp.test.example:sub': 'someone-else' } }));
    await expectAwsError(
      assume(cloud, roleArn, await idToken(cloud.clock.now(), {})),
      'AccessDenied',
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    );
    // A role trusting another Federated principal (Google) refuses the provider's token too.
    const google = await role(cloud, trust('accounts.google.com'), 'google-role');
    await expectAwsError(
      assume(cloud, google, await idToken(cloud.clock.now(), {})),
      'AccessDenied',
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    );
  });

  it('answers InvalidIdentityToken when the provider has no readable keys, IDPCommunicationError when no host answers', async () => {
    const cloud = await idpCloud();
    const broken = await cloud.iam.createOpenIDConnectProvider({ Url: 'https://broken.test.example', ClientIDList: ['test-client'] });
    const nowhere = await cloud.iam.createOpenIDConnectProvider({ Url: 'https://nowhere.test.example', ClientIDList: ['test-client'] });
    const roleArn = await role(cloud, trust(broken.OpenIDConnectProviderArn));
    await expectAwsError(
      assume(cloud, roleArn, await idToken(cloud.clock.now(), { iss: 'https://broken.test.example' })),
      'InvalidIdentityTokenException',
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    );
    const other = await role(cloud, trust(nowhere.OpenIDConnectProviderArn), 'nowhere-role');
    await expectAwsError(
      assume(cloud, other, await idToken(cloud.clock.now(), { iss: 'https://nowhere.test.example' })),
      'IDPCommunicationErrorException',
      'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached.',
    );
    // On the wire: Query XML, the error's wire code and status 400.
    const body = new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: other,
      RoleSessionName: 'app1',
      WebIdentityToken: await idToken(cloud.clock.now(), { iss: 'https://nowhere.test.example' }),
    });
    const response = await cloud.fetch('https://sts.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>IDPCommunicationError</Code>');
  });
});

describe('AssumeRoleWithWebIdentity with Google, trusted natively', () => {
  it('needs no IAM provider; accounts.google.com:aud is the token’s azp, :oaud its aud, :sub its sub', async () => {
    const cloud = await idpCloud();
    const roleArn = await role(
      cloud,
      trust('accounts.google.com', {
        StringEquals: {
          'accounts.google.com:aud': 'web-client',
          'accounts.google.com:oaud': 'server-client',
          'accounts.google.com:sub': '110169484474386276334',
        },
      }),
    );
    const token = await idToken(cloud.clock.now(), { iss: GOOGLE_ISSUER, aud: 'server-client', azp: 'web-client', sub: '110169484474386276334' });
    const answer = await assume(cloud, roleArn, token);
    expect(answer).toMatchObject({ Provider: 'accounts.google.com', Audience: 'server-client', SubjectFromWebIdentityToken: '110169484474386276334' });
    const denied = await role(cloud, trust('accounts.google.com', { StringEquals: { 'accounts.google.com:aud': 'server-client' } }), 'strict');
    await expectAwsError(assume(cloud, denied, token), 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
  });

  it('takes Google’s issuer written without the scheme, and an account’s own IAM provider for Google checks its audiences', async () => {
    const cloud = await idpCloud();
    const roleArn = await role(cloud, trust('accounts.google.com'));
    const bare = await idToken(cloud.clock.now(), { iss: 'accounts.google.com', aud: 'server-client' });
    expect((await assume(cloud, roleArn, bare)).Provider).toBe('accounts.google.com');
    const { OpenIDConnectProviderArn } = await cloud.iam.createOpenIDConnectProvider({ Url: GOOGLE_ISSUER, ClientIDList: ['listed-client'] });
    const viaProvider = await role(cloud, trust(OpenIDConnectProviderArn!), 'via-provider');
    await expectAwsError(
      assume(cloud, viaProvider, await idToken(cloud.clock.now(), { iss: GOOGLE_ISSUER, aud: 'server-client' })),
      'InvalidIdentityTokenException',
      'Incorrect token audience',
    );
    const answer = await assume(cloud, viaProvider, await idToken(cloud.clock.now(), { iss: GOOGLE_ISSUER, aud: 'listed-client' }));
    expect(answer.Provider).toBe(OpenIDConnectProviderArn);
  });

  it('refuses a Google token Google did not sign', async () => {
    const cloud = await idpCloud();
    const roleArn = await role(cloud, trust('accounts.google.com'));
    await expectAwsError(
      assume(cloud, roleArn, await idToken(cloud.clock.now(), { iss: GOOGLE_ISSUER }, { signedBy: 'other' })),
      'InvalidIdentityTokenException',
      'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.',
    );
  });
});
