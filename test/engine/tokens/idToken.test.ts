import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/engine';
import { articlePool, newCloud, PASSWORD_FLOWS } from '../../support/cloud';
import { confirmedUser, decode, tokensFor } from '../../support/users';

const UUID = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const NOW = Date.UTC(2026, 0, 15, 9, 0, 0) / 1000;
const ROLE = (name: string) => `arn:aws:iam::123456789012:role/${name}`;

async function group(cloud: Cloud, userPoolId: string, name: string, precedence?: number, role?: string) {
  await cloud.cognitoIdp.createGroup({
    UserPoolId: userPoolId,
    GroupName: name,
    ...(precedence !== undefined ? { Precedence: precedence } : {}),
    ...(role ? { RoleArn: role } : {}),
  });
  await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: 'sam', GroupName: name });
}

describe('ID token', () => {
  it('carries exactly the claims Cognito documents, custom attributes as strings', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, {
      flows: PASSWORD_FLOWS,
      pool: {
        Schema: [
          { Name: 'email', Required: true },
          { Name: 'plan', AttributeDataType: 'String' },
          { Name: 'seats', AttributeDataType: 'Number' },
        ],
      },
    });
    const sub = await confirmedUser(cloud, clientId, 'sam', {
      attributes: [
        { Name: 'custom:plan', Value: 'pro' },
        { Name: 'custom:seats', Value: '3' },
      ],
    });
    const { header, claims } = decode((await tokensFor(cloud, clientId, 'sam')).IdToken);
    expect(header).toEqual({ kid: expect.any(String), alg: 'RS256' });
    expect(claims).toEqual({
      sub,
      email_verified: true,
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`,
      'cognito:username': 'sam',
      origin_jti: UUID,
      aud: clientId,
      event_id: UUID,
      token_use: 'id',
      auth_time: NOW,
      iat: NOW,
      exp: NOW + 3600,
      jti: UUID,
      email: 'sam@example.com',
      'custom:plan': 'pro',
      'custom:seats': '3',
    });
    expect(claims['sub']).not.toBe(claims['cognito:username']);
  });

  it('lives as long as the client’s IdTokenValidity says', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, client: { IdTokenValidity: 2, TokenValidityUnits: { IdToken: 'hours' } } });
    await confirmedUser(cloud, clientId, 'sam');
    const { claims } = decode((await tokensFor(cloud, clientId, 'sam')).IdToken);
    expect(claims['exp']).toBe((claims['iat'] as number) + 2 * 3600);
  });

  it('names the user’s groups and roles, the lowest Precedence giving the preferred role', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    await group(cloud, userPoolId, 'editors', 5, ROLE('Editor'));
    await group(cloud, userPoolId, 'admins', 1, ROLE('Admin'));
    await group(cloud, userPoolId, 'readers');
    const { claims } = decode((await tokensFor(cloud, clientId, 'sam')).IdToken);
    expect(claims['cognito:groups']).toEqual(['admins', 'editors', 'readers']);
    expect(claims['cognito:roles']).toEqual([ROLE('Admin'), ROLE('Editor')]);
    expect(claims['cognito:preferred_role']).toBe(ROLE('Admin'));
  });

  it('leaves out the preferred role when the best Precedence is shared', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    await group(cloud, userPoolId, 'a', 1, ROLE('A'));
    await group(cloud, userPoolId, 'b', 1, ROLE('B'));
    const { claims } = decode((await tokensFor(cloud, clientId, 'sam')).IdToken);
    expect(claims['cognito:roles']).toEqual([ROLE('A'), ROLE('B')]);
    expect(claims).not.toHaveProperty('cognito:preferred_role');
  });

  it('has no group claims for a user in no group', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const { claims } = decode((await tokensFor(cloud, clientId, 'sam')).IdToken);
    expect(Object.keys(claims).filter((k) => k.startsWith('cognito:'))).toEqual(['cognito:username']);
  });

  it('uses the sub as cognito:username when the pool signs in with email', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, pool: { UsernameAttributes: ['email'] } });
    const sub = await confirmedUser(cloud, clientId, 'kim@example.com');
    const { claims } = decode((await tokensFor(cloud, clientId, 'kim@example.com')).IdToken);
    expect(claims['cognito:username']).toBe(sub);
    expect(claims['sub']).toBe(sub);
    expect(claims['email']).toBe('kim@example.com');
  });
});
