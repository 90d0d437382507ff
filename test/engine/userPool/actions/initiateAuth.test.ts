import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { computeSecretHash, DAY, SECOND } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS } from '../../../support/cloud';
import { confirmedUser, decode, invitedUser, PASSWORD, passwordSignIn, tokensFor } from '../../../support/users';

describe('InitiateAuth with USER_PASSWORD_AUTH', () => {
  it('signs a confirmed user in with ID, access and refresh tokens', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    const result = await passwordSignIn(cloud, clientId, 'sam');
    expect(result.ChallengeParameters).toEqual({});
    expect(result.ChallengeName).toBeUndefined();
    const tokens = result.AuthenticationResult!;
    expect(tokens.ExpiresIn).toBe(3600);
    expect(tokens.TokenType).toBe('Bearer');
    expect(tokens.IdToken.split('.')).toHaveLength(3);
    expect(tokens.AccessToken.split('.')).toHaveLength(3);
    expect(tokens.RefreshToken!.split('.')).toHaveLength(5);
    expect(decodeProtectedHeader(tokens.RefreshToken!)).toEqual({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' });
  });

  it('refuses the flow on a client that does not allow it', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    await confirmedUser(cloud, clientId, 'sam');
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
  });

  it('accepts the legacy USER_PASSWORD_AUTH value in ExplicitAuthFlows', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { client: { ExplicitAuthFlows: ['USER_PASSWORD_AUTH'] } });
    await confirmedUser(cloud, clientId, 'sam');
    expect((await passwordSignIn(cloud, clientId, 'sam')).AuthenticationResult?.IdToken).toBeDefined();
  });

  it('says honestly that SRP and custom auth are not simulated yet', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    for (const flow of ['USER_SRP_AUTH', 'CUSTOM_AUTH']) {
      await expectAwsError(
        cloud.cognitoIdp.initiateAuth({ AuthFlow: flow, ClientId: clientId, AuthParameters: { USERNAME: 'sam', SRP_A: 'abc' } }),
        'InvalidParameterException',
        `${flow} is not simulated yet by this Cognito simulator. Use USER_PASSWORD_AUTH instead.`,
      );
    }
  });

  it('rejects the admin flows, which belong to AdminInitiateAuth', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: 'sam', PASSWORD } }),
      'InvalidParameterException',
      'Initiate Auth method not supported.',
    );
  });

  it('names a missing USERNAME or PASSWORD', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { PASSWORD } }),
      'InvalidParameterException',
      'Missing required parameter USERNAME',
    );
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: 'sam' } }),
      'InvalidParameterException',
      'Missing required parameter PASSWORD',
    );
  });

  it('answers an unknown client with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(passwordSignIn(cloud, 'nosuchclient', 'sam'), 'ResourceNotFoundException', 'User pool client nosuchclient does not exist.');
  });

  it('reveals an unknown user under LEGACY and hides it under ENABLED', async () => {
    const cloud = await newCloud();
    const legacy = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await expectAwsError(passwordSignIn(cloud, legacy.clientId, 'nobody'), 'UserNotFoundException', 'User does not exist.');
    const enabled = await articlePool(cloud, { flows: PASSWORD_FLOWS, client: { PreventUserExistenceErrors: 'ENABLED' } });
    await expectAwsError(passwordSignIn(cloud, enabled.clientId, 'nobody'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('rejects a wrong password, and locks the user after five failures', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    for (let i = 0; i < 5; i++) {
      await expectAwsError(passwordSignIn(cloud, clientId, 'sam', 'Wrong#123'), 'NotAuthorizedException', 'Incorrect username or password.');
    }
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'NotAuthorizedException', 'Password attempts exceeded');
    cloud.clock.advance(1 * SECOND);
    expect((await passwordSignIn(cloud, clientId, 'sam')).AuthenticationResult).toBeDefined();
  });

  it('tells an unconfirmed user so only once the password is right', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 's@example.com' }] });
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam', 'Wrong#123'), 'NotAuthorizedException', 'Incorrect username or password.');
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'UserNotConfirmedException', 'User is not confirmed.');
  });

  it('refuses a disabled user', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'NotAuthorizedException', 'User is disabled.');
  });

  it('hides a pending reset behind the generic error when the client has PreventUserExistenceErrors ENABLED', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, client: { PreventUserExistenceErrors: 'ENABLED' } });
    await confirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'NotAuthorizedException', 'Incorrect username or password.');
    await expectAwsError(
      cloud.cognitoIdp.adminInitiateAuth({
        UserPoolId: userPoolId,
        ClientId: clientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'sam', PASSWORD },
      }),
      'NotAuthorizedException',
      'Incorrect username or password.',
    );
  });

  it('sends a user whose password an admin reset to the reset flow (LEGACY, the default)', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await confirmedUser(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminResetUserPassword({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), 'PasswordResetRequiredException', 'Password reset required for the user');
  });

  it('answers a temporary password with NEW_PASSWORD_REQUIRED and a Session', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await invitedUser(cloud, userPoolId, 'kim', 'Temp#1234', 'kim@example.com');
    const result = await passwordSignIn(cloud, clientId, 'kim', 'Temp#1234');
    expect(result.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(result.Session).toMatch(/^AYABe[\w-]{20,}$/);
    expect(result.AuthenticationResult).toBeUndefined();
    expect(result.ChallengeParameters).toEqual({
      USER_ID_FOR_SRP: 'kim',
      requiredAttributes: '[]',
      userAttributes: '{"email":"kim@example.com"}',
    });
  });

  it('refuses a temporary password once the pool’s validity days have passed', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
    await invitedUser(cloud, userPoolId, 'kim');
    cloud.clock.advance(7 * DAY + SECOND);
    await expectAwsError(
      passwordSignIn(cloud, clientId, 'kim', 'Temp#1234'),
      'NotAuthorizedException',
      'Temporary password has expired and must be reset by an administrator.',
    );
  });

  it('signs in with the email, in any case when the pool is case-insensitive, when the pool uses email as username', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, {
      flows: PASSWORD_FLOWS,
      pool: { UsernameAttributes: ['email'], UsernameConfiguration: { CaseSensitive: false } },
    });
    const sub = await confirmedUser(cloud, clientId, 'kim@example.com');
    const tokens = await tokensFor(cloud, clientId, 'KIM@example.com');
    expect(decode(tokens.AccessToken).claims['username']).toBe(sub);
  });

  it('demands SECRET_HASH from a client with a secret and checks it', async () => {
    const cloud = await newCloud();
    const { clientId, clientSecret } = await articlePool(cloud, { flows: PASSWORD_FLOWS, secret: true });
    const hash = await computeSecretHash(clientSecret!, 'sam', clientId);
    await confirmedUser(cloud, clientId, 'sam', { secretHash: hash });
    await expectAwsError(
      passwordSignIn(cloud, clientId, 'sam'),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    await expectAwsError(
      passwordSignIn(cloud, clientId, 'sam', PASSWORD, { SECRET_HASH: 'd3Jvbmc=' }),
      'NotAuthorizedException',
      `Unable to verify secret hash for client ${clientId}`,
    );
    expect((await passwordSignIn(cloud, clientId, 'sam', PASSWORD, { SECRET_HASH: hash })).AuthenticationResult).toBeDefined();
  });
});
