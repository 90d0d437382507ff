import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../../src/engine';
import { cognitoIdp, DEFAULT_START_TIME } from '../../../../src/engine';
import { expectAwsError, PASSWORD_FLOWS } from '../../../support/cloud';
import { federatedSignIn, harnessCloud } from './harness';
import { EXPLICIT_OIDC_DETAILS, federationPool, googleProvider } from './setup';

const JANE = { sub: '104857600000000000001', email: 'jane.doe@gmail.com', email_verified: true, name: 'Jane Doe', picture: 'https://example.com/jane.png' };

async function setup() {
  const cloud = await harnessCloud();
  const UserPoolId = await federationPool(cloud);
  await googleProvider(cloud, UserPoolId);
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId,
    ClientName: 'web',
    SupportedIdentityProviders: ['COGNITO', 'Google'],
    ExplicitAuthFlows: PASSWORD_FLOWS,
  });
  const signIn = (claims: Record<string, unknown>, ProviderName = 'Google') =>
    federatedSignIn(cloud, { UserPoolId, ProviderName, ClientId: UserPoolClient.ClientId, claims });
  return { cloud, UserPoolId, ClientId: UserPoolClient.ClientId, signIn };
}

const attributesOf = async (cloud: Cloud, UserPoolId: string, Username: string) =>
  Object.fromEntries((await cloud.cognitoIdp.adminGetUser({ UserPoolId, Username })).UserAttributes.map((a) => [a.Name, a.Value]));

describe('a federated user', () => {
  it('is created on first sign-in as <ProviderName>_<sub>, EXTERNAL_PROVIDER, with mapped attributes and identities', async () => {
    const { cloud, UserPoolId, signIn } = await setup();
    const answer = await signIn(JANE);
    expect(answer).toMatchObject({ Username: `Google_${JANE.sub}`, created: true, linked: false });
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId, Username: `Google_${JANE.sub}` });
    expect(user.UserStatus).toBe('EXTERNAL_PROVIDER');
    expect(user.Enabled).toBe(true);
    expect(user.UserAttributes.map((a) => a.Name)).toEqual(['sub', 'identities', 'email', 'name', 'picture']);
    expect(user.UserAttributes[1]!.Value).toBe(
      `[{"userId":"${JANE.sub}","providerName":"Google","providerType":"Google","issuer":null,"primary":true,"dateCreated":${DEFAULT_START_TIME}}]`,
    );
    const listed = await cloud.cognitoIdp.listUsers({ UserPoolId });
    expect(listed.Users.map((u) => [u.Username, u.UserStatus])).toEqual([[`Google_${JANE.sub}`, 'EXTERNAL_PROVIDER']]);
  });

  it('carries the identities claim in its ID token, with primary and dateCreated as strings', async () => {
    const { signIn } = await setup();
    const { IdToken, AccessToken } = await signIn(JANE);
    const claims = decodeJwt(IdToken);
    expect(claims['identities']).toEqual([
      { userId: JANE.sub, providerName: 'Google', providerType: 'Google', issuer: null, primary: 'true', dateCreated: String(DEFAULT_START_TIME) },
    ]);
    expect(claims['cognito:username']).toBe(`Google_${JANE.sub}`);
    expect(claims['email']).toBe(JANE.email);
    expect(decodeJwt(AccessToken)['username']).toBe(`Google_${JANE.sub}`);
    expect(decodeJwt(AccessToken)['identities']).toBeUndefined();
  });

  it('applies the attribute mapping again at every sign-in and keeps the same user', async () => {
    const { cloud, UserPoolId, signIn } = await setup();
    const first = decodeJwt((await signIn(JANE)).IdToken);
    cloud.clock.advance(3_600_000);
    const again = await signIn({ ...JANE, name: 'Jane Q. Doe' });
    expect(again).toMatchObject({ created: false, linked: false });
    expect(decodeJwt(again.IdToken).sub).toBe(first.sub);
    expect((await attributesOf(cloud, UserPoolId, `Google_${JANE.sub}`))['name']).toBe('Jane Q. Doe');
  });

  it('cannot sign in with a password', async () => {
    const { cloud, ClientId, signIn } = await setup();
    await signIn(JANE);
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: `Google_${JANE.sub}`, PASSWORD: 'anything' } }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });
});

describe('AdminLinkProviderForUser', () => {
  async function withNativeUser() {
    const context = await setup();
    await context.cloud.cognitoIdp.adminCreateUser({
      UserPoolId: context.UserPoolId,
      Username: 'jane',
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: JANE.email }],
    });
    const link = (SourceUser: Record<string, string>, DestinationUser: Record<string, string> = { ProviderName: 'Cognito', ProviderAttributeValue: 'jane' }) =>
      context.cloud.cognitoIdp.adminLinkProviderForUser({ UserPoolId: context.UserPoolId, DestinationUser, SourceUser });
    return { ...context, link };
  }

  it('lets the linked Google identity sign in as the existing user, whose identities show the link', async () => {
    const { cloud, UserPoolId, signIn, link } = await withNativeUser();
    await link({ ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: JANE.sub });
    const entry = { userId: JANE.sub, providerName: 'Google', providerType: 'Google', issuer: null, primary: false, dateCreated: DEFAULT_START_TIME };
    expect((await attributesOf(cloud, UserPoolId, 'jane'))['identities']).toBe(JSON.stringify([entry]));
    const answer = await signIn(JANE);
    expect(answer).toMatchObject({ Username: 'jane', created: false, linked: true });
    expect(decodeJwt(answer.IdToken)['identities']).toEqual([{ ...entry, primary: 'false', dateCreated: String(DEFAULT_START_TIME) }]);
    expect((await cloud.cognitoIdp.listUsers({ UserPoolId })).Users.map((u) => u.Username)).toEqual(['jane']);
    const view = cloud.inspect(cognitoIdp).pool(UserPoolId)!;
    expect(view.users.find((u) => u.username === 'jane')!.identities).toEqual([entry]);
    expect(view.identityProviders).toEqual([
      { name: 'Google', type: 'Google', identifiers: [], attributeMapping: { email: 'email', name: 'name', picture: 'picture', username: 'sub' } },
    ]);
  });

  it('refuses a Cognito user as the source, with AWS words', async () => {
    const { link } = await withNativeUser();
    await expectAwsError(
      link({ ProviderName: 'Cognito', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: 'jane' }),
      'InvalidParameterException',
      'Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, only as a DestinationUser',
    );
  });

  it('refuses to merge a provider user who already signed in, with AWS words', async () => {
    const { signIn, link } = await withNativeUser();
    await signIn(JANE);
    await expectAwsError(
      link({ ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: JANE.sub }),
      'InvalidParameterException',
      'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link',
    );
  });

  it('answers an unknown destination with UserNotFoundException and an identity linked elsewhere with AliasExistsException', async () => {
    const { cloud, UserPoolId, link } = await withNativeUser();
    const google = { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: JANE.sub };
    await expectAwsError(link(google, { ProviderName: 'Cognito', ProviderAttributeValue: 'nobody' }), 'UserNotFoundException', 'User does not exist.');
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId, Username: 'john', MessageAction: 'SUPPRESS' });
    await link(google);
    await link(google);
    await expectAwsError(
      link(google, { ProviderName: 'Cognito', ProviderAttributeValue: 'john' }),
      'AliasExistsException',
      `The identity Google:${JANE.sub} is already linked to another user.`,
    );
  });

  it('asks Cognito_Subject of a social provider, and a provider the pool has', async () => {
    const { UserPoolId, link } = await withNativeUser();
    await expectAwsError(
      link({ ProviderName: 'Google', ProviderAttributeName: 'email', ProviderAttributeValue: JANE.email }),
      'InvalidParameterException',
      'SourceUser.ProviderAttributeName must be Cognito_Subject for a Google provider.',
    );
    await expectAwsError(
      link({ ProviderName: 'Facebook', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: '1' }),
      'InvalidParameterException',
      `The provider Facebook does not exist for User Pool ${UserPoolId}.`,
    );
  });

  it('links an OIDC identity by a mapped attribute, and by its subject once it signed in', async () => {
    const { cloud, UserPoolId, ClientId, link } = await withNativeUser();
    await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'Corp',
      ProviderType: 'OIDC',
      ProviderDetails: EXPLICIT_OIDC_DETAILS,
      AttributeMapping: { email: 'mail' },
    });
    await link({ ProviderName: 'Corp', ProviderAttributeName: 'email', ProviderAttributeValue: JANE.email });
    const corp = (claims: Record<string, unknown>) => federatedSignIn(cloud, { UserPoolId, ProviderName: 'Corp', ClientId, claims });
    expect(await corp({ sub: 'corp-42', mail: JANE.email })).toMatchObject({ Username: 'jane', linked: true });
    expect(await corp({ sub: 'corp-42', mail: 'changed@corp.invalid' })).toMatchObject({ Username: 'jane', linked: true });
    const identities = JSON.parse((await attributesOf(cloud, UserPoolId, 'jane'))['identities']!) as { userId: string }[];
    expect(identities.map((e) => e.userId)).toEqual(['corp-42']);
  });
});

describe('AdminDisableProviderForUser', () => {
  it('removes a link, so the identity next signs in as a new user of its own', async () => {
    const { cloud, UserPoolId, signIn } = await setup();
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId, Username: 'jane', MessageAction: 'SUPPRESS' });
    const google = { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: JANE.sub };
    await cloud.cognitoIdp.adminLinkProviderForUser({
      UserPoolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'jane' },
      SourceUser: google,
    });
    await cloud.cognitoIdp.adminDisableProviderForUser({ UserPoolId, User: google });
    expect((await attributesOf(cloud, UserPoolId, 'jane'))['identities']).toBeUndefined();
    expect(await signIn(JANE)).toMatchObject({ Username: `Google_${JANE.sub}`, created: true, linked: false });
  });

  it('disables a provider’s own user, and answers an unknown one with UserNotFoundException', async () => {
    const { cloud, UserPoolId, signIn } = await setup();
    await signIn(JANE);
    const google = { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: JANE.sub };
    await cloud.cognitoIdp.adminDisableProviderForUser({ UserPoolId, User: google });
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId, Username: `Google_${JANE.sub}` })).Enabled).toBe(false);
    await expectAwsError(
      cloud.cognitoIdp.adminDisableProviderForUser({ UserPoolId, User: { ...google, ProviderAttributeValue: 'someone-else' } }),
      'UserNotFoundException',
      'User does not exist.',
    );
  });

  it('stops a Cognito user signing in with a password', async () => {
    const { cloud, UserPoolId, ClientId } = await setup();
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId, Username: 'jane', MessageAction: 'SUPPRESS' });
    await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId, Username: 'jane', Password: 'Passw0rd!', Permanent: true });
    const signInWithPassword = () =>
      cloud.cognitoIdp.initiateAuth({ ClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane', PASSWORD: 'Passw0rd!' } });
    expect((await signInWithPassword()).AuthenticationResult).toBeDefined();
    await cloud.cognitoIdp.adminDisableProviderForUser({
      UserPoolId,
      User: { ProviderName: 'Cognito', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: 'jane' },
    });
    await expectAwsError(signInWithPassword(), 'NotAuthorizedException', 'Incorrect username or password.');
  });
});
