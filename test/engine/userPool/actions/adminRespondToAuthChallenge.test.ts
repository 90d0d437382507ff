import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND, type Cloud } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS } from '../../../support/cloud';
import { invitedUser } from '../../../support/users';

async function adminChallenged(cloud: Cloud) {
  const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
  await invitedUser(cloud, userPoolId, 'kim');
  const { Session } = await cloud.cognitoIdp.adminInitiateAuth({
    UserPoolId: userPoolId,
    ClientId: clientId,
    AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: 'kim', PASSWORD: 'Temp#1234' },
  });
  const answer = (responses: Record<string, string> = {}, poolId = userPoolId) =>
    cloud.cognitoIdp.adminRespondToAuthChallenge({
      UserPoolId: poolId,
      ClientId: clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: Session!,
      ChallengeResponses: { USERNAME: 'kim', NEW_PASSWORD: 'Chosen#5678', ...responses },
    });
  return { clientId, userPoolId, answer };
}

describe('AdminRespondToAuthChallenge', () => {
  it('completes NEW_PASSWORD_REQUIRED and returns tokens', async () => {
    const cloud = await newCloud();
    const { userPoolId, answer } = await adminChallenged(cloud);
    const result = await answer();
    expect(result.ChallengeParameters).toEqual({});
    expect(result.AuthenticationResult?.RefreshToken).toBeDefined();
    const user = await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'kim' });
    expect(user.UserStatus).toBe('CONFIRMED');
  });

  it('holds the new password to the pool’s policy', async () => {
    const cloud = await newCloud();
    const { answer } = await adminChallenged(cloud);
    await expectAwsError(
      answer({ NEW_PASSWORD: 'chosen#5678' }),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have uppercase characters',
    );
  });

  it('accepts a session only once', async () => {
    const cloud = await newCloud();
    const { answer } = await adminChallenged(cloud);
    await answer();
    await expectAwsError(answer(), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');
  });

  it('expires the session after the client’s AuthSessionValidity', async () => {
    const cloud = await newCloud();
    const { answer } = await adminChallenged(cloud);
    cloud.clock.advance(3 * MINUTE + SECOND);
    await expectAwsError(answer(), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { answer } = await adminChallenged(cloud);
    await expectAwsError(answer({}, 'us-east-1_nosuchpol'), 'ResourceNotFoundException', 'User pool us-east-1_nosuchpol does not exist.');
  });
});
