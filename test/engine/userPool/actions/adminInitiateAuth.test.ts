import { describe, expect, it } from 'vitest';
import { computeSecretHash, type Cloud } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS } from '../../../support/cloud';
import { confirmedUser, decode, invitedUser, PASSWORD } from '../../../support/users';

function adminSignIn(cloud: Cloud, userPoolId: string, clientId: string, parameters: Record<string, string>, flow = 'ADMIN_USER_PASSWORD_AUTH') {
  return cloud.cognitoIdp.adminInitiateAuth({ UserPoolId: userPoolId, ClientId: clientId, AuthFlow: flow, AuthParameters: parameters });
}

describe('AdminInitiateAuth', () => {
  it('signs a user in with ADMIN_USER_PASSWORD_AUTH', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const result = await adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD });
    expect(result.ChallengeParameters).toEqual({});
    expect(result.AuthenticationResult?.RefreshToken).toBeDefined();
    expect(decode(result.AuthenticationResult!.AccessToken).claims['username']).toBe('sam');
  });

  it('accepts the legacy ADMIN_NO_SRP_AUTH flow and client setting', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { client: { ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH'] } });
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }] });
    await cloud.cognitoIdp.adminConfirmSignUp({ UserPoolId: userPoolId, Username: 'sam' });
    const result = await adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD }, 'ADMIN_NO_SRP_AUTH');
    expect(result.AuthenticationResult?.IdToken).toBeDefined();
  });

  it('refuses the flow on a client that does not allow it', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { client: { ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] } });
    await expectAwsError(
      adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD }),
      'InvalidParameterException',
      'Auth flow not enabled for this client',
    );
  });

  it('rejects USER_PASSWORD_AUTH, which belongs to InitiateAuth', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await expectAwsError(
      adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD }, 'USER_PASSWORD_AUTH'),
      'InvalidParameterException',
      'Initiate Auth method not supported.',
    );
  });

  it('says honestly that SRP is not simulated yet', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await expectAwsError(
      adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', SRP_A: 'abc' }, 'USER_SRP_AUTH'),
      'InvalidParameterException',
      'USER_SRP_AUTH is not simulated yet by this Cognito simulator. Use ADMIN_USER_PASSWORD_AUTH instead.',
    );
  });

  it('refreshes tokens with REFRESH_TOKEN_AUTH', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const { AuthenticationResult } = await adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD });
    const refreshed = await adminSignIn(cloud, userPoolId, clientId, { REFRESH_TOKEN: AuthenticationResult!.RefreshToken! }, 'REFRESH_TOKEN_AUTH');
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
    expect(decode(refreshed.AuthenticationResult!.IdToken).claims['origin_jti']).toBe(decode(AuthenticationResult!.IdToken).claims['origin_jti']);
  });

  it('answers the same errors as InitiateAuth', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    await expectAwsError(adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'nobody', PASSWORD }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(
      adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD: 'Wrong#123' }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
    await expectAwsError(adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam' }), 'InvalidParameterException', 'Missing required parameter PASSWORD');
  });

  it('returns NEW_PASSWORD_REQUIRED for an invited user', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await invitedUser(cloud, userPoolId, 'kim');
    const result = await adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'kim', PASSWORD: 'Temp#1234' });
    expect(result.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(result.Session).toMatch(/^AYABe/);
  });

  it('demands SECRET_HASH from a client with a secret', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId, clientSecret } = await articlePool(cloud, { flows: PASSWORD_FLOWS, secret: true });
    const hash = await computeSecretHash(clientSecret!, 'sam', clientId);
    await confirmedUser(cloud, clientId, 'sam', { secretHash: hash });
    await expectAwsError(
      adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD }),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    expect((await adminSignIn(cloud, userPoolId, clientId, { USERNAME: 'sam', PASSWORD, SECRET_HASH: hash })).AuthenticationResult).toBeDefined();
  });

  it('answers a client of another pool, or an unknown pool, with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const first = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    const second = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await expectAwsError(
      adminSignIn(cloud, first.userPoolId, second.clientId, { USERNAME: 'sam', PASSWORD }),
      'ResourceNotFoundException',
      `User pool client ${second.clientId} does not exist.`,
    );
    await expectAwsError(
      adminSignIn(cloud, 'us-east-1_nosuchpol', first.clientId, { USERNAME: 'sam', PASSWORD }),
      'ResourceNotFoundException',
      'User pool us-east-1_nosuchpol does not exist.',
    );
  });
});
