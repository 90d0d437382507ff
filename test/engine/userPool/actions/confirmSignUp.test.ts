import { describe, expect, it } from 'vitest';
import { computeSecretHash, DAY, HOUR } from '../../../../src/engine';
import { ARTICLE_USER, articlePool, expectAwsError, lastCodeFor, newCloud, poolsOf, USER_FLOWS } from '../../../support/cloud';
import { unconfirmedUser } from '../../../support/users';

describe('ConfirmSignUp', () => {
  it('confirms the user and verifies the email the code went to', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    const result = await cloud.cognitoIdp.confirmSignUp({
      ClientId: clientId,
      Username: ARTICLE_USER.username,
      ConfirmationCode: lastCodeFor(cloud, ARTICLE_USER.email),
    });
    expect(result).toEqual({});
    const user = poolsOf(cloud)[userPoolId]!.users[ARTICLE_USER.username]!;
    expect(user.status).toBe('CONFIRMED');
    expect(user.attributes['email_verified']).toBe('true');
  });

  it('rejects a wrong code with CodeMismatchException', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    const wrong = lastCodeFor(cloud, ARTICLE_USER.email) === '000000' ? '111111' : '000000';
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: wrong }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('accepts the code until 24 hours have passed', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    cloud.clock.advance(DAY - HOUR);
    await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE_USER.email) });
  });

  it('rejects the code after 24 hours with ExpiredCodeException', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    cloud.clock.advance(DAY + 1000);
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE_USER.email) }),
      'ExpiredCodeException',
      'Invalid code provided, please request a code again.',
    );
  });

  it('uses a code only once: a second confirmation is refused because the user is CONFIRMED', async () => {
    const cloud = await newCloud();
    const { clientId, userPoolId } = await articlePool(cloud, { flows: USER_FLOWS });
    await unconfirmedUser(cloud, clientId, ARTICLE_USER);
    const request = { ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: lastCodeFor(cloud, ARTICLE_USER.email) };
    await cloud.cognitoIdp.confirmSignUp(request);
    expect(poolsOf(cloud)[userPoolId]!.users[ARTICLE_USER.username]!.signUpCode).toBeUndefined();
    await expectAwsError(cloud.cognitoIdp.confirmSignUp(request), 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
  });

  it('answers an unknown user with UserNotFoundException', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS });
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456' }),
      'UserNotFoundException',
      'Username/client id combination not found.',
    );
  });

  it('hides an unknown user behind CodeMismatchException when PreventUserExistenceErrors is ENABLED', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { flows: USER_FLOWS, client: { PreventUserExistenceErrors: 'ENABLED' } });
    await expectAwsError(
      cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: 'nobody', ConfirmationCode: '123456' }),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  describe('for a client with a secret', () => {
    async function setup() {
      const cloud = await newCloud();
      const { clientId, clientSecret } = await articlePool(cloud, { flows: USER_FLOWS, secret: true });
      await unconfirmedUser(cloud, clientId, ARTICLE_USER, { clientSecret });
      return { cloud, clientId, clientSecret: clientSecret!, code: lastCodeFor(cloud, ARTICLE_USER.email) };
    }

    it('requires the SecretHash', async () => {
      const { cloud, clientId, code } = await setup();
      await expectAwsError(
        cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code }),
        'NotAuthorizedException',
        `Client ${clientId} is configured for secret but secret was not received`,
      );
    });

    it('rejects a SecretHash computed with the wrong secret', async () => {
      const { cloud, clientId, code } = await setup();
      await expectAwsError(
        cloud.cognitoIdp.confirmSignUp({
          ClientId: clientId,
          Username: ARTICLE_USER.username,
          ConfirmationCode: code,
          SecretHash: await computeSecretHash('not-the-secret', ARTICLE_USER.username, clientId),
        }),
        'NotAuthorizedException',
        `Unable to verify secret hash for client ${clientId}`,
      );
    });

    it('confirms with the right SecretHash', async () => {
      const { cloud, clientId, clientSecret, code } = await setup();
      const SecretHash = await computeSecretHash(clientSecret, ARTICLE_USER.username, clientId);
      await expect(
        cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code, SecretHash }),
      ).resolves.toEqual({});
    });
  });
});
