import { describe, expect, it } from 'vitest';
import { computeSecretHash } from '../../../../src/engine';
import { ARTICLE_USER, articlePool, expectAwsError, newCloud, poolsOf, USER_FLOWS } from '../../../support/cloud';
import { confirmedUser, refresh, signedInUser, tokensFor } from '../../../support/users';

describe('RevokeToken', () => {
  it('revokes the refresh token: it no longer refreshes', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expect(cloud.cognitoIdp.revokeToken({ Token: tokens.RefreshToken, ClientId: clientId })).resolves.toEqual({});
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
  });

  it('revokes the access tokens issued with it and from it', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    const refreshed = (await refresh(cloud, clientId, tokens.RefreshToken)).AuthenticationResult!;
    await cloud.cognitoIdp.revokeToken({ Token: tokens.RefreshToken, ClientId: clientId });
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: tokens.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
    await expectAwsError(cloud.cognitoIdp.getUser({ AccessToken: refreshed.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
  });

  it("leaves the user's other sessions signed in", async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    const otherDevice = await tokensFor(cloud, clientId, ARTICLE_USER);
    await cloud.cognitoIdp.revokeToken({ Token: tokens.RefreshToken, ClientId: clientId });
    await expect(cloud.cognitoIdp.getUser({ AccessToken: otherDevice.AccessToken })).resolves.toHaveProperty('Username', ARTICLE_USER.username);
    await expect(refresh(cloud, clientId, otherDevice.RefreshToken)).resolves.toHaveProperty('AuthenticationResult');
  });

  it('answers success for a token the pool does not know', async () => {
    const cloud = await newCloud();
    const { clientId } = await signedInUser(cloud, ARTICLE_USER);
    await expect(cloud.cognitoIdp.revokeToken({ Token: 'eyJjdHkiOiJKV1QifQ.unknown.token.value.here', ClientId: clientId })).resolves.toEqual({});
  });

  it("does not revoke another app client's token", async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'other-app', ExplicitAuthFlows: USER_FLOWS });
    await expect(cloud.cognitoIdp.revokeToken({ Token: tokens.RefreshToken, ClientId: UserPoolClient.ClientId })).resolves.toEqual({});
    await expect(refresh(cloud, clientId, tokens.RefreshToken)).resolves.toHaveProperty('AuthenticationResult');
  });

  it('refuses an access token: only refresh tokens can be revoked', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.revokeToken({ Token: tokens.AccessToken, ClientId: clientId }),
      'UnsupportedTokenTypeException',
      'Unsupported token type. Only refresh tokens can be revoked.',
    );
  });

  it('refuses an unknown app client', async () => {
    const cloud = await newCloud();
    const { tokens } = await signedInUser(cloud, ARTICLE_USER);
    await expectAwsError(
      cloud.cognitoIdp.revokeToken({ Token: tokens.RefreshToken, ClientId: 'nosuchclient' }),
      'UnauthorizedException',
      'Invalid client or secret',
    );
  });

  it('refuses when the app client has token revocation switched off', async () => {
    const cloud = await newCloud();
    const { clientId, tokens } = await signedInUser(cloud, ARTICLE_USER, { client: { EnableTokenRevocation: false } });
    await expectAwsError(
      cloud.cognitoIdp.revokeToken({ Token: tokens.RefreshToken, ClientId: clientId }),
      'UnsupportedOperationException',
      'Token revocation is not enabled for this app client.',
    );
  });

  describe('for a client with a secret', () => {
    async function setup() {
      const cloud = await newCloud();
      const { clientId, clientSecret } = await articlePool(cloud, { flows: USER_FLOWS, secret: true });
      await confirmedUser(cloud, clientId, ARTICLE_USER, { clientSecret });
      const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId,
        AuthParameters: {
          USERNAME: ARTICLE_USER.username,
          PASSWORD: ARTICLE_USER.password,
          SECRET_HASH: await computeSecretHash(clientSecret!, ARTICLE_USER.username, clientId),
        },
      });
      return { cloud, clientId, clientSecret: clientSecret!, refreshToken: AuthenticationResult!.RefreshToken! };
    }

    it('requires the ClientSecret', async () => {
      const { cloud, clientId, refreshToken } = await setup();
      await expectAwsError(cloud.cognitoIdp.revokeToken({ Token: refreshToken, ClientId: clientId }), 'UnauthorizedException', 'Invalid client or secret');
    });

    it('refuses a wrong ClientSecret', async () => {
      const { cloud, clientId, refreshToken } = await setup();
      await expectAwsError(
        cloud.cognitoIdp.revokeToken({ Token: refreshToken, ClientId: clientId, ClientSecret: 'x'.repeat(51) }),
        'UnauthorizedException',
        'Invalid client or secret',
      );
    });

    it('revokes with the right ClientSecret', async () => {
      const { cloud, clientId, clientSecret, refreshToken } = await setup();
      await expect(cloud.cognitoIdp.revokeToken({ Token: refreshToken, ClientId: clientId, ClientSecret: clientSecret })).resolves.toEqual({});
      expect(Object.values(poolsOf(cloud))[0]!.refreshTokens[refreshToken]!.revoked).toBe(true);
    });
  });
});
