import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool, plainPoolAndClient, START_SECONDS } from '../../../support/cloud';

describe('CreateUserPoolClient', () => {
  it('answers with the client: 26-character id, no secret, epoch-second dates and AWS defaults', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'web-app' });
    expect(UserPoolClient).toEqual({
      UserPoolId: userPoolId,
      ClientName: 'web-app',
      ClientId: expect.stringMatching(/^[a-z0-9]{26}$/),
      CreationDate: START_SECONDS,
      LastModifiedDate: START_SECONDS,
      RefreshTokenValidity: 30,
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
      PreventUserExistenceErrors: 'LEGACY',
      EnableTokenRevocation: true,
      EnablePropagateAdditionalUserContextData: false,
      AuthSessionValidity: 3,
      AllowedOAuthFlowsUserPoolClient: false,
    });
  });

  it('leaves USER_PASSWORD_AUTH off by default, so a password sign-in is refused', async () => {
    const cloud = await newCloud();
    const { clientId } = await plainPoolAndClient(cloud);
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: 'sam', PASSWORD: '#Abc1234' } }),
      'InvalidParameterException',
      'USER_PASSWORD_AUTH flow not enabled for this client',
    );
  });

  it('generates a client secret when asked', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'server', GenerateSecret: true });
    expect(UserPoolClient.ClientSecret).toMatch(/^[a-z0-9]{51}$/);
    expect(UserPoolClient).not.toHaveProperty('GenerateSecret');
  });

  it('keeps the ExplicitAuthFlows it is given', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const flows = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', ExplicitAuthFlows: flows });
    expect(UserPoolClient.ExplicitAuthFlows).toEqual(flows);
  });

  it('insists that ALLOW_ flows include ALLOW_REFRESH_TOKEN_AUTH', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] }),
      'InvalidParameterException',
      'REFRESH_TOKEN_AUTH should always be allowed.',
    );
  });

  it('rejects an unknown auth flow as AWS validation does', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'app', ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'PASSWORD'] }),
      'InvalidParameterException',
      /^1 validation error detected: Value '\[ALLOW_REFRESH_TOKEN_AUTH, PASSWORD\]' at 'explicitAuthFlows' failed to satisfy constraint: Member must satisfy constraint: \[Member must satisfy enum value set: \[.*ALLOW_USER_PASSWORD_AUTH.*\]\]$/,
    );
  });

  it('keeps PreventUserExistenceErrors ENABLED when asked', async () => {
    const cloud = await newCloud();
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: await plainPool(cloud),
      ClientName: 'app',
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect(UserPoolClient.PreventUserExistenceErrors).toBe('ENABLED');
  });

  it('reads token validities without units as hours (ID, access) and days (refresh)', async () => {
    const cloud = await newCloud();
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: await plainPool(cloud),
      ClientName: 'app',
      AccessTokenValidity: 2,
      IdTokenValidity: 24,
      RefreshTokenValidity: 90,
    });
    expect(UserPoolClient).toMatchObject({
      AccessTokenValidity: 2,
      IdTokenValidity: 24,
      RefreshTokenValidity: 90,
      TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' },
    });
  });

  it('keeps token validities in the units given', async () => {
    const cloud = await newCloud();
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: await plainPool(cloud),
      ClientName: 'app',
      AccessTokenValidity: 5,
      IdTokenValidity: 300,
      RefreshTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'seconds', RefreshToken: 'minutes' },
    });
    expect(UserPoolClient).toMatchObject({
      AccessTokenValidity: 5,
      IdTokenValidity: 300,
      RefreshTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'seconds', RefreshToken: 'minutes' },
    });
  });

  it('treats a RefreshTokenValidity of 0 as the default 30 days', async () => {
    const cloud = await newCloud();
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: await plainPool(cloud), ClientName: 'app', RefreshTokenValidity: 0 });
    expect(UserPoolClient.RefreshTokenValidity).toBe(30);
    expect(UserPoolClient.TokenValidityUnits.RefreshToken).toBe('days');
  });

  it.each([
    ['an access token shorter than 5 minutes', { AccessTokenValidity: 4, TokenValidityUnits: { AccessToken: 'minutes' } }],
    ['an ID token longer than a day', { IdTokenValidity: 25 }],
    ['a refresh token shorter than 60 minutes', { RefreshTokenValidity: 59, TokenValidityUnits: { RefreshToken: 'minutes' } }],
    ['a refresh token longer than 3,650 days', { RefreshTokenValidity: 3651 }],
    ['an access token outliving the refresh token', { AccessTokenValidity: 2, RefreshTokenValidity: 1, TokenValidityUnits: { RefreshToken: 'hours' } }],
  ] as const)('refuses %s with "Invalid range for token validity."', async (_, validity) => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: await plainPool(cloud), ClientName: 'app', ...validity }),
      'InvalidParameterException',
      'Invalid range for token validity.',
    );
  });

  it('rejects an unknown time unit as AWS validation does', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: await plainPool(cloud), ClientName: 'app', TokenValidityUnits: { AccessToken: 'weeks' as never } }),
      'InvalidParameterException',
      "1 validation error detected: Value 'weeks' at 'tokenValidityUnits.accessToken' failed to satisfy constraint: Member must satisfy enum value set: [seconds, minutes, hours, days]",
    );
  });

  it('stores the OAuth settings as given', async () => {
    const cloud = await newCloud();
    const oauth = {
      CallbackURLs: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
      LogoutURLs: ['https://app.example.com/'],
      DefaultRedirectURI: 'https://app.example.com/callback',
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
      AllowedOAuthFlowsUserPoolClient: true,
    };
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: await plainPool(cloud), ClientName: 'hosted-ui', ...oauth });
    expect(UserPoolClient).toMatchObject(oauth);
  });

  it('rejects an OAuth flow AWS does not know', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: await plainPool(cloud), ClientName: 'app', AllowedOAuthFlows: ['token'] }),
      'InvalidParameterException',
      "1 validation error detected: Value '[token]' at 'allowedOAuthFlows' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [implicit, client_credentials, code]]",
    );
  });

  it('rejects an AuthSessionValidity outside 3 to 15 minutes', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: await plainPool(cloud), ClientName: 'app', AuthSessionValidity: 16 }),
      'InvalidParameterException',
      "1 validation error detected: Value '16' at 'authSessionValidity' failed to satisfy constraint: Member must have value less than or equal to 15",
    );
  });

  it('ignores members the AWS model does not know', async () => {
    const cloud = await newCloud();
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: await plainPool(cloud), ClientName: 'app', Extra: 1 } as never);
    expect(UserPoolClient).not.toHaveProperty('Extra');
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolClient({ UserPoolId: 'us-east-1_nothere00', ClientName: 'app' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });
});
