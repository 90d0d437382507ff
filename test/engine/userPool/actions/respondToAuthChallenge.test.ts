import { describe, expect, it } from 'vitest';
import { computeSecretHash, MINUTE, SECOND, type Cloud } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS, type PoolSetup, poolsOf } from '../../../support/cloud';
import { decode, invitedUser, passwordSignIn } from '../../../support/users';

const NEW_PASSWORD = 'Chosen#5678';

/** A pool, an invited user "kim" and the NEW_PASSWORD_REQUIRED session from signing in with the temporary password. */
async function challenged(cloud: Cloud, setup: PoolSetup = {}) {
  const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, ...setup });
  await invitedUser(cloud, userPoolId, 'kim');
  const { Session } = await passwordSignIn(cloud, clientId, 'kim', 'Temp#1234');
  return { clientId, userPoolId, session: Session! };
}

function answer(cloud: Cloud, clientId: string, session: string, responses: Record<string, string> = {}) {
  return cloud.cognitoIdp.respondToAuthChallenge({
    ClientId: clientId,
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session: session,
    ChallengeResponses: { USERNAME: 'kim', NEW_PASSWORD, ...responses },
  });
}

describe('RespondToAuthChallenge with NEW_PASSWORD_REQUIRED', () => {
  it('sets the new password, confirms the user and signs them in', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId, session } = await challenged(cloud);
    const result = await answer(cloud, clientId, session);
    expect(result.ChallengeParameters).toEqual({});
    expect(result.AuthenticationResult?.RefreshToken).toBeDefined();
    expect(decode(result.AuthenticationResult!.IdToken).claims['cognito:username']).toBe('kim');
    expect(poolsOf(cloud)[userPoolId]!.users['kim']!.status).toBe('CONFIRMED');
    expect((await passwordSignIn(cloud, clientId, 'kim', NEW_PASSWORD)).AuthenticationResult).toBeDefined();
    await expectAwsError(passwordSignIn(cloud, clientId, 'kim', 'Temp#1234'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('holds the new password to the pool’s policy and lets the user try again with the same session', async () => {
    const cloud = await newCloud();
    const { clientId, session } = await challenged(cloud);
    await expectAwsError(
      answer(cloud, clientId, session, { NEW_PASSWORD: 'short' }),
      'InvalidPasswordException',
      'Password did not conform with policy: Password not long enough',
    );
    expect((await answer(cloud, clientId, session)).AuthenticationResult).toBeDefined();
  });

  it('accepts a session only once', async () => {
    const cloud = await newCloud();
    const { clientId, session } = await challenged(cloud);
    await answer(cloud, clientId, session);
    await expectAwsError(answer(cloud, clientId, session), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
  });

  it('expires the session after the client’s AuthSessionValidity (3 minutes by default)', async () => {
    const cloud = await newCloud();
    const { clientId, session } = await challenged(cloud);
    cloud.clock.advance(3 * MINUTE + SECOND);
    await expectAwsError(answer(cloud, clientId, session), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
  });

  it('keeps the session for a longer AuthSessionValidity', async () => {
    const cloud = await newCloud();
    const { clientId, session } = await challenged(cloud, { client: { AuthSessionValidity: 15 } });
    cloud.clock.advance(14 * MINUTE);
    expect((await answer(cloud, clientId, session)).AuthenticationResult).toBeDefined();
  });

  it('treats an unknown session as expired', async () => {
    const cloud = await newCloud();
    const { clientId } = await challenged(cloud);
    await expectAwsError(answer(cloud, clientId, 'AYABeNotASessionAtAll00'), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
  });

  it('refuses a session answered for another user', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId, session } = await challenged(cloud);
    await invitedUser(cloud, userPoolId, 'lee');
    await expectAwsError(answer(cloud, clientId, session, { USERNAME: 'lee' }), 'NotAuthorizedException', 'Invalid session provided for the user.');
  });

  it('refuses a session answered through another client', async () => {
    const cloud = await newCloud();
    const { userPoolId, session } = await challenged(cloud);
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'other' });
    await expectAwsError(answer(cloud, UserPoolClient.ClientId, session), 'NotAuthorizedException', 'Invalid session provided for the user.');
  });

  it('names a missing NEW_PASSWORD', async () => {
    const cloud = await newCloud();
    const { clientId, session } = await challenged(cloud);
    await expectAwsError(
      cloud.cognitoIdp.respondToAuthChallenge({
        ClientId: clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: session,
        ChallengeResponses: { USERNAME: 'kim' },
      }),
      'InvalidParameterException',
      'Missing required parameter NEW_PASSWORD',
    );
  });

  it('asks for required attributes an admin left out and stores them when given', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, {
      flows: PASSWORD_FLOWS,
      pool: {
        Schema: [
          { Name: 'email', Required: true },
          { Name: 'name', Required: true },
        ],
      },
    });
    await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: 'kim',
      TemporaryPassword: 'Temp#1234',
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: 'kim@example.com' }],
    });
    const { Session, ChallengeParameters } = await passwordSignIn(cloud, clientId, 'kim', 'Temp#1234');
    expect(ChallengeParameters['requiredAttributes']).toBe('["userAttributes.name"]');
    await expectAwsError(answer(cloud, clientId, Session!), 'InvalidParameterException', 'Invalid attributes given, name is missing');
    await answer(cloud, clientId, Session!, { 'userAttributes.name': 'Kim Lee' });
    expect(poolsOf(cloud)[userPoolId]!.users['kim']!.attributes['name']).toBe('Kim Lee');
  });

  it('checks SECRET_HASH on the answer for a client with a secret', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS, secret: true });
    const secret = poolsOf(cloud)[userPoolId]!.clients[clientId]!.ClientSecret!;
    const hash = await computeSecretHash(secret, 'kim', clientId);
    await invitedUser(cloud, userPoolId, 'kim');
    const { Session } = await passwordSignIn(cloud, clientId, 'kim', 'Temp#1234', { SECRET_HASH: hash });
    await expectAwsError(
      answer(cloud, clientId, Session!),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    expect((await answer(cloud, clientId, Session!, { SECRET_HASH: hash })).AuthenticationResult).toBeDefined();
  });

  it('says honestly that other challenges are not simulated yet', async () => {
    const cloud = await newCloud();
    const { clientId, session } = await challenged(cloud);
    await expectAwsError(
      cloud.cognitoIdp.respondToAuthChallenge({
        ClientId: clientId,
        ChallengeName: 'SMS_MFA',
        Session: session,
        ChallengeResponses: { USERNAME: 'kim', SMS_MFA_CODE: '123456' },
      }),
      'InvalidParameterException',
      'The SMS_MFA challenge is not simulated yet by this Cognito simulator.',
    );
  });
});
