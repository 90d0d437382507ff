import { describe, expect, it } from 'vitest';
import { computeSecretHash, DAY, HOUR } from '../../../../src/engine';
import { ARTICLE_USER, expectAwsError, lastCodeFor, newCloud } from '../../../support/cloud';
import { ARTICLE, signedUp, userPool } from '../../../support/userActions';
import { poolsOf } from '../../../support/cloud';

describe('ConfirmSignUp', () => {
  it('confirms the user and verifies the email the code went to', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    const result = await cloud.cognitoIdp.confirmSignUp({
      ClientId: clientId,
      Username: ARTICLE.username,
      ConfirmationCode: lastCodeFor(cloud, ARTICLE.email),
    });
    expect(result).toEqual({});
    const user = poolsOf(cloud)[userPoolId]!.users[ARTICLE.username]!;
    expect(user.status).toBe('CONFIRMED');
    expect(user.attributes['email_verified']).toBe('true');
  });

  it('rejects a wrong code with CodeMismatchException', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    const wrong = lastCodeFor(cloud, ARTICLE.email) === '000000' ? '111111' : '000000';
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: wrong }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('accepts the code until 24 hours have passed', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    cloud.clock.advance(DAY - HOUR);
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE.email) });
  });

  it('rejects the code after 24 hours with ExpiredCodeException', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    cloud.clock.advance(DAY + 1000);
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE.email) }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });

  it('uses a code only once: a second confirmation is refused because the user is CONFIRMED', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await userPool(cloud);
    await signedUp(cloud, clientId);
    const request = { ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE.email) };
    await cloud.cognitoIdp.confirmSignUp(request);
    expect(poolsOf(cloud)[userPoolId]!.users[ARTICLE.username]!.signUpCode).toBeUndefined();
    await expectAwsError(cloud.cognitoIdp.confirmSignUp(request), 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
  });

  it('answers an unknown user with UserNotFoundException', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456' }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('hides an unknown user behind CodeMismatchException when PreventUserExistenceErrors is ENABLED', async () => {
    const cloud = await newCloud();
    const { clientId } = await userPool(cloud, { client: { PreventUserExistenceErrors: 'ENABLED' } });
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456' }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  describe('for a client with a secret', () => {
    async function setup() {
      const cloud = await newCloud();
      const { clientId, clientSecret } = await userPool(cloud, { client: { GenerateSecret: true } });
      await signedUp(cloud, clientId, ARTICLE, clientSecret);
      return { cloud, clientId, clientSecret: clientSecret!, code: lastCodeFor(cloud, ARTICLE.email) };
    }

    it('requires the SecretHash', async () => {
      const { cloud, clientId, code } = await setup();
      await expectAwsError(
        cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code }),
        'NotAuthorizedException',
        `Client ${clientId} is configured for secret but secret was not received`,
      );
    });

    it('rejects a SecretHash computed with the wrong secret', async () => {
      const { cloud, clientId, code } = await setup();
      await expectAwsError(
        cloud.cognitoIdp.confirmSignUp({
          ClientId: clientId,
          Username: ARTICLE.username,
          ConfirmationCode: code,
          SecretHash: await computeSecretHash('not-the-secret', ARTICLE_USER.username, clientId),
        }),
        'NotAuthorizedException',
        `Unable to verify secret hash for client ${clientId}`,
      );
    });

    it('confirms with the right SecretHash', async () => {
      const { cloud, clientId, clientSecret, code } = await setup();
      const SecretHash = await computeSecretHash(clientSecret, ARTICLE.username, clientId);
      await expect(cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE.username, ConfirmationCode: code, SecretHash })).resolves.toEqual({});
    });
  });
});
