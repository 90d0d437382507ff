import { describe, expect, it } from 'vitest';
import { articlePool, newCloud, PASSWORD_FLOWS } from '../../support/cloud';
import { confirmedUser, decode, tokensFor } from '../../support/users';

const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const NOW = Date.UTC(2026, 0, 15, 9, 0, 0) / 1000;

describe('Access token', () => {
  it('carries exactly the claims Cognito documents: client_id instead of aud, and the admin scope', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    const sub = await confirmedUser(cloud, clientId, 'sam');
    const { header, claims } = decode((await tokensFor(cloud, clientId, 'sam')).AccessToken);
    expect(header).toEqual({ kid: expect.any(String), alg: 'RS256' });
    expect(claims).toEqual({
      sub,
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`,
      client_id: clientId,
      origin_jti: UUID,
      event_id: UUID,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: NOW,
      iat: NOW,
      exp: NOW + 3600,
      jti: UUID,
      username: 'sam',
    });
    expect(claims).not.toHaveProperty('aud');
  });

  it('shares origin_jti and event_id with its ID token, but not the jti or the signing key', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const tokens = await tokensFor(cloud, clientId, 'sam');
    const id = decode(tokens.IdToken);
    const access = decode(tokens.AccessToken);
    expect(access.claims['origin_jti']).toBe(id.claims['origin_jti']);
    expect(access.claims['event_id']).toBe(id.claims['event_id']);
    expect(access.claims['jti']).not.toBe(id.claims['jti']);
    expect(access.header.kid).not.toBe(id.header.kid);
  });

  it('lives as long as the client’s AccessTokenValidity says, and ExpiresIn agrees', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, {
      flows: PASSWORD_FLOWS,
      client: { AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: 'minutes' } },
    });
    await confirmedUser(cloud, clientId, 'sam');
    const tokens = await tokensFor(cloud, clientId, 'sam');
    const { claims } = decode(tokens.AccessToken);
    expect(claims['exp']).toBe((claims['iat'] as number) + 1800);
    expect(tokens.ExpiresIn).toBe(1800);
  });

  it('lists the user’s groups in cognito:groups', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: 'admins' });
    const { claims } = decode((await tokensFor(cloud, clientId, 'sam')).AccessToken);
    expect(claims['cognito:groups']).toEqual(['admins']);
  });
});
