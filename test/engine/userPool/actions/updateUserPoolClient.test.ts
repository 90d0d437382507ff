import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, plainPool, START_SECONDS } from '../../../support/cloud';
import { confirmedUser, passwordSignIn } from '../../../support/users';

const ENABLE_PASSWORD = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

describe('UpdateUserPoolClient', () => {
  it('enables USER_PASSWORD_AUTH, after which a password sign-in works', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await confirmedUser(cloud, clientId, 'sam');
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
    const { UserPoolClient } = await cloud.cognitoIdp.updateUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId, ExplicitAuthFlows: ENABLE_PASSWORD });
    expect(UserPoolClient.ExplicitAuthFlows).toEqual(ENABLE_PASSWORD);
    const { AuthenticationResult } = await passwordSignIn(cloud, clientId, 'sam');
    expect(AuthenticationResult?.AccessToken).toBeDefined();
  });

  it('keeps the ClientId, ClientSecret, ClientName and CreationDate, and moves LastModifiedDate on', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const { UserPoolClient: created } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'server', GenerateSecret: true });
    cloud.clock.advance(HOUR);
    const { UserPoolClient } = await cloud.cognitoIdp.updateUserPoolClient({
      UserPoolId: userPoolId,
      ClientId: created.ClientId,
      ExplicitAuthFlows: ENABLE_PASSWORD,
    });
    expect(UserPoolClient).toMatchObject({
      ClientId: created.ClientId,
      ClientSecret: created.ClientSecret,
      ClientName: 'server',
      UserPoolId: userPoolId,
      CreationDate: START_SECONDS,
      LastModifiedDate: START_SECONDS + 3600,
    });
    const { UserPoolClient: described } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: userPoolId, ClientId: created.ClientId });
    expect(described).toEqual(UserPoolClient);
  });

  it('renames the client when ClientName is given', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    const { UserPoolClient } = await cloud.cognitoIdp.updateUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId, ClientName: 'renamed' });
    expect(UserPoolClient.ClientName).toBe('renamed');
  });

  it('resets every setting the request leaves out to its default, as AWS warns', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const { UserPoolClient: created } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: userPoolId,
      ClientName: 'hosted-ui',
      ExplicitAuthFlows: ENABLE_PASSWORD,
      PreventUserExistenceErrors: 'ENABLED',
      AccessTokenValidity: 5,
      TokenValidityUnits: { AccessToken: 'minutes' },
      CallbackURLs: ['https://app.example.com/callback'],
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ['COGNITO'],
    });
    const { UserPoolClient } = await cloud.cognitoIdp.updateUserPoolClient({ UserPoolId: userPoolId, ClientId: created.ClientId, AuthSessionValidity: 10 });
    expect(UserPoolClient).toMatchObject({
      AuthSessionValidity: 10,
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
      PreventUserExistenceErrors: 'LEGACY',
      AccessTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
      AllowedOAuthFlowsUserPoolClient: false,
    });
    for (const gone of ['CallbackURLs', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'SupportedIdentityProviders']) {
      expect(UserPoolClient).not.toHaveProperty(gone);
    }
  });

  it('turning USER_PASSWORD_AUTH back off by leaving ExplicitAuthFlows out refuses password sign-in again', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud, { client: { ExplicitAuthFlows: ENABLE_PASSWORD } });
    await confirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.updateUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId, PreventUserExistenceErrors: 'ENABLED' });
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
  });

  it('checks token validities as CreateUserPoolClient does', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId, IdTokenValidity: 2, TokenValidityUnits: { IdToken: 'days' } }),
      'InvalidParameterException',
      'Invalid range for token validity.',
    );
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }),
      'InvalidParameterException',
      'REFRESH_TOKEN_AUTH should always be allowed.',
    );
    const { UserPoolClient } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId });
    expect(UserPoolClient.IdTokenValidity).toBe(60);
  });

  it('does not find a client under another pool', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    const otherPool = await plainPool(cloud, 'other');
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolClient({ UserPoolId: otherPool, ClientId: clientId, ExplicitAuthFlows: ENABLE_PASSWORD }),
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  });
});
