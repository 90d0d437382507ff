import { describe, expect, it } from 'vitest';
import { cognitoIdp, DEFAULT_START_TIME } from '../../../../src/engine';
import { PASSWORD_FLOWS } from '../../../support/cloud';
import { federatedSignIn, harnessCloud } from './harness';
import { federationPool, GOOGLE_DETAILS, googleProvider, SAML_METADATA } from './setup';

const JANE = { sub: '104857600000000000001', email: 'jane.doe@gmail.com', name: 'Jane Doe' };
const GOOGLE_JANE = { ProviderName: 'Google', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: JANE.sub };

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
  const signIn = () => federatedSignIn(cloud, { UserPoolId, ProviderName: 'Google', ClientId: UserPoolClient.ClientId, claims: JANE });
  const user = (username: string) =>
    cloud
      .inspect(cognitoIdp)
      .pool(UserPoolId)!
      .users.find((u) => u.username === username)!;
  return { cloud, UserPoolId, signIn, user };
}

describe('the user pools’ read model of federated users', () => {
  it('shows a provider’s own user as EXTERNAL_PROVIDER with its identity read, no links and a password it never had', async () => {
    const { signIn, user } = await setup();
    await signIn();
    const jane = user(`Google_${JANE.sub}`);
    expect(jane.status).toBe('EXTERNAL_PROVIDER');
    expect(jane.identities).toEqual([
      { userId: JANE.sub, providerName: 'Google', providerType: 'Google', issuer: null, primary: true, dateCreated: DEFAULT_START_TIME },
    ]);
    expect(jane.links).toEqual([]);
    expect(jane.passwordDisabled).toBe(false);
  });

  it('lists the identities AdminLinkProviderForUser linked to a pool user, then the link AdminDisableProviderForUser removed', async () => {
    const { cloud, UserPoolId, user } = await setup();
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId, Username: 'jane', MessageAction: 'SUPPRESS' });
    await cloud.cognitoIdp.adminLinkProviderForUser({
      UserPoolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'jane' },
      SourceUser: GOOGLE_JANE,
    });
    const linked = {
      providerName: 'Google',
      attributeName: 'Cognito_Subject',
      attributeValue: JANE.sub,
      dateCreated: DEFAULT_START_TIME,
    };
    expect(user('jane').links).toEqual([linked]);
    expect(user('jane').identities.map((i) => [i.providerName, i.userId, i.primary])).toEqual([['Google', JANE.sub, false]]);

    cloud.clock.advance(60_000);
    await cloud.cognitoIdp.adminDisableProviderForUser({ UserPoolId, User: GOOGLE_JANE });
    expect(user('jane').links).toEqual([{ ...linked, disabledAt: DEFAULT_START_TIME + 60_000 }]);
    expect(user('jane').identities).toEqual([]);

    await cloud.cognitoIdp.adminLinkProviderForUser({
      UserPoolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'jane' },
      SourceUser: GOOGLE_JANE,
    });
    expect(user('jane').links).toEqual([{ ...linked, dateCreated: DEFAULT_START_TIME + 60_000 }]);
  });

  it('shows each provider’s client id, issuer, keys and token endpoint as sign-in uses them, and a SAML provider’s entity ID and certificates', async () => {
    const { cloud, UserPoolId } = await setup();
    await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataFile: SAML_METADATA },
    });
    const [google, saml] = cloud.inspect(cognitoIdp).pool(UserPoolId)!.identityProviders;
    expect(google).toMatchObject({
      name: 'Google',
      clientId: GOOGLE_DETAILS.client_id,
      endpoints: {
        issuer: 'https://accounts.google.com',
        jwks: 'https://www.googleapis.com/oauth2/v3/certs',
        token: 'https://www.googleapis.com/oauth2/v4/token',
      },
    });
    expect(google!.saml).toBeUndefined();
    expect(saml).toMatchObject({
      name: 'CorpSAML',
      type: 'SAML',
      saml: { entityId: 'https://saml.corp.invalid/idp', signingCertificates: ['MIIBszCCAVmgAwIBAgIUexample'] },
    });
    expect(saml!.clientId).toBeUndefined();
  });

  it('says when AdminDisableProviderForUser took a Cognito user’s password away, until a new one is set', async () => {
    const { cloud, UserPoolId, user } = await setup();
    await cloud.cognitoIdp.adminCreateUser({ UserPoolId, Username: 'jane', MessageAction: 'SUPPRESS' });
    expect(user('jane').passwordDisabled).toBe(false);
    await cloud.cognitoIdp.adminDisableProviderForUser({
      UserPoolId,
      User: { ProviderName: 'Cognito', ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: 'jane' },
    });
    expect(user('jane').passwordDisabled).toBe(true);
    await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId, Username: 'jane', Password: 'Passw0rd!', Permanent: true });
    expect(user('jane').passwordDisabled).toBe(false);
  });
});
