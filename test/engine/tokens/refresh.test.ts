import { describe, expect, it } from 'vitest';
import { computeSecretHash, DAY, HOUR, MINUTE, SECOND, type Cloud } from '../../../src/engine';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS, type PoolSetup } from '../../support/cloud';
import { confirmedUser, decode, tokensFor } from '../../support/users';

function refresh(cloud: Cloud, clientId: string, token: string, extra: Record<string, string> = {}, flow = 'REFRESH_TOKEN_AUTH') {
  return cloud.cognitoIdp.initiateAuth({ AuthFlow: flow, ClientId: clientId, AuthParameters: { REFRESH_TOKEN: token, ...extra } });
}

async function signedIn(setup: PoolSetup = {}) {
  const cloud = await newCloud();
  const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, ...setup });
  await confirmedUser(cloud, clientId, 'sam');
  return { cloud, clientId, userPoolId, tokens: await tokensFor(cloud, clientId, 'sam') };
}

describe('Refreshing tokens with REFRESH_TOKEN_AUTH', () => {
  it('issues new ID and access tokens that keep auth_time and origin_jti, and no new refresh token', async () => {
    const { cloud, clientId, tokens } = await signedIn();
    cloud.clock.advance(2 * HOUR);
    const { AuthenticationResult, ChallengeParameters } = await refresh(cloud, clientId, tokens.RefreshToken);
    expect(ChallengeParameters).toEqual({});
    expect(AuthenticationResult?.RefreshToken).toBeUndefined();
    for (const kind of ['IdToken', 'AccessToken'] as const) {
      const before = decode(tokens[kind]).claims;
      const after = decode(AuthenticationResult![kind]).claims;
      expect(after['auth_time']).toBe(before['auth_time']);
      expect(after['origin_jti']).toBe(before['origin_jti']);
      expect(after['iat']).toBe((before['iat'] as number) + 2 * 3600);
      expect(after['exp']).toBe((after['iat'] as number) + 3600);
      expect(after['jti']).not.toBe(before['jti']);
      expect(after['event_id']).not.toBe(before['event_id']);
    }
  });

  it('accepts the REFRESH_TOKEN alias of the flow', async () => {
    const { cloud, clientId, tokens } = await signedIn();
    expect((await refresh(cloud, clientId, tokens.RefreshToken, {}, 'REFRESH_TOKEN')).AuthenticationResult?.IdToken).toBeDefined();
  });

  it('reflects group changes made since sign-in', async () => {
    const { cloud, clientId, userPoolId, tokens } = await signedIn();
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' });
    const { AuthenticationResult } = await refresh(cloud, clientId, tokens.RefreshToken);
    expect(decode(AuthenticationResult!.IdToken).claims['cognito:groups']).toEqual(['admins']);
  });

  it('rejects an unknown refresh token, or one issued to another client', async () => {
    const { cloud, clientId, userPoolId, tokens } = await signedIn();
    await expectAwsError(refresh(cloud, clientId, 'not-a-token'), 'NotAuthorizedException', 'Invalid Refresh Token');
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'other' });
    await expectAwsError(refresh(cloud, UserPoolClient.ClientId, tokens.RefreshToken), 'NotAuthorizedException', 'Invalid Refresh Token');
  });

  it('rejects a refresh token revoked by a global sign-out', async () => {
    const { cloud, clientId, userPoolId, tokens } = await signedIn();
    await cloud.cognitoIdp.adminUserGlobalSignOut({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
  });

  it('rejects a refresh token past the client’s RefreshTokenValidity (30 days by default)', async () => {
    const { cloud, clientId, tokens } = await signedIn();
    cloud.clock.advance(30 * DAY);
    expect((await refresh(cloud, clientId, tokens.RefreshToken)).AuthenticationResult).toBeDefined();
    cloud.clock.advance(SECOND);
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has expired');
  });

  it('honours a shorter RefreshTokenValidity', async () => {
    const { cloud, clientId, tokens } = await signedIn({ client: { RefreshTokenValidity: 60, TokenValidityUnits: { RefreshToken: 'minutes' } } });
    cloud.clock.advance(60 * MINUTE + SECOND);
    await expectAwsError(refresh(cloud, clientId, tokens.RefreshToken), 'NotAuthorizedException', 'Refresh Token has expired');
  });

  it('names a missing REFRESH_TOKEN', async () => {
    const { cloud, clientId } = await signedIn();
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: {} }),
      'InvalidParameterException',
      'Missing required parameter REFRESH_TOKEN',
    );
  });

  it('always allows refresh on a client configured with legacy flow names only', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { client: { ExplicitAuthFlows: ['USER_PASSWORD_AUTH'] } });
    await confirmedUser(cloud, clientId, 'sam');
    const tokens = await tokensFor(cloud, clientId, 'sam');
    expect((await refresh(cloud, clientId, tokens.RefreshToken)).AuthenticationResult?.IdToken).toBeDefined();
  });

  it('accepts a SECRET_HASH over the username or the sub for a client with a secret', async () => {
    const cloud = await newCloud();
    const { clientId, clientSecret } = await articlePool(cloud, { flows: PASSWORD_FLOWS, secret: true });
    const byUsername = await computeSecretHash(clientSecret!, 'sam', clientId);
    const sub = await confirmedUser(cloud, clientId, 'sam', { secretHash: byUsername });
    const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'sam', PASSWORD: '#Abc1234', SECRET_HASH: byUsername },
    });
    const token = AuthenticationResult!.RefreshToken!;
    await expectAwsError(refresh(cloud, clientId, token), 'NotAuthorizedException', `Client ${clientId} is configured for secret but secret was not received`);
    await expectAwsError(
      refresh(cloud, clientId, token, { SECRET_HASH: 'd3Jvbmc=' }),
      'NotAuthorizedException',
      `Unable to verify secret hash for client ${clientId}`,
    );
    expect((await refresh(cloud, clientId, token, { SECRET_HASH: byUsername })).AuthenticationResult).toBeDefined();
    const bySub = await computeSecretHash(clientSecret!, sub, clientId);
    expect((await refresh(cloud, clientId, token, { SECRET_HASH: bySub })).AuthenticationResult).toBeDefined();
  });
});
