import { describe, expect, it } from 'vitest';
import {
  ConfirmSignUpCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ARTICLE_USER, articlePool, lastCodeFor, newCloud } from '../support/cloud';
import { expectSdkError } from '../support/compat';
import { sdkClient } from '../support/sdkHandler';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the article journey through the real AWS SDK for JavaScript v3', () => {
  it('signs up, confirms with the emailed code, is refused USER_PASSWORD_AUTH until the client allows it, then signs in and reads the user', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    const sdk = sdkClient(cloud);
    const signIn = new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: ARTICLE_USER.username, PASSWORD: ARTICLE_USER.password },
    });

    const signUp = await sdk.send(
      new SignUpCommand({
        ClientId: clientId,
        Username: ARTICLE_USER.username,
        Password: ARTICLE_USER.password,
        UserAttributes: [{ Name: 'email', Value: ARTICLE_USER.username }],
      }),
    );
    expect(signUp.$metadata.httpStatusCode).toBe(200);
    expect(signUp.UserConfirmed).toBe(false);
    expect(signUp.CodeDeliveryDetails).toEqual({ Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    expect(signUp.UserSub).toMatch(UUID);

    const code = lastCodeFor(cloud, ARTICLE_USER.username);
    const confirmed = await sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code }));
    expect(confirmed.$metadata.httpStatusCode).toBe(200);

    await expectSdkError(sdk.send(signIn), 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client', 400);

    await sdk.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientId: clientId,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    const { AuthenticationResult, ChallengeName } = await sdk.send(signIn);
    expect(ChallengeName).toBeUndefined();
    expect(AuthenticationResult).toMatchObject({ TokenType: 'Bearer', ExpiresIn: 3600 });
    expect(AuthenticationResult?.AccessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(AuthenticationResult?.IdToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(AuthenticationResult?.RefreshToken?.split('.')).toHaveLength(5);

    const user = await sdk.send(new GetUserCommand({ AccessToken: AuthenticationResult!.AccessToken! }));
    expect(user.Username).toBe(ARTICLE_USER.username);
    expect(Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]))).toEqual({
      sub: signUp.UserSub,
      email_verified: 'true',
      email: ARTICLE_USER.username,
    });
  });
});
