import { describe, expect, it } from 'vitest';
import {
  AdminDisableUserCommand,
  AdminGetUserCommand,
  ConfirmSignUpCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { computeSecretHash, DAY, DEFAULT_START_TIME, MINUTE, SECOND, type Cloud } from '../../src/engine';
import { ARTICLE_USER, articlePool, lastCodeFor, newCloud, type PoolSetup } from '../support/cloud';
import { expectSdkError } from '../support/compat';
import { sdkClient } from '../support/sdkHandler';

const { username, password } = ARTICLE_USER;
const PASSWORD_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** A pool whose client allows USER_PASSWORD_AUTH, the real SDK pointed at it, and helpers for the article's user. */
async function setup(poolSetup: PoolSetup = {}) {
  const cloud = await newCloud();
  const pool = await articlePool(cloud, { ...poolSetup, client: { ExplicitAuthFlows: PASSWORD_FLOWS, ...poolSetup.client } });
  const sdk = sdkClient(cloud);
  const secretHash = async (name: string = username) => (pool.clientSecret ? computeSecretHash(pool.clientSecret, name, pool.clientId) : undefined);
  const signUp = async () =>
    sdk.send(
      new SignUpCommand({
        ClientId: pool.clientId,
        Username: username,
        Password: password,
        SecretHash: await secretHash(),
        UserAttributes: [{ Name: 'email', Value: username }],
      }),
    );
  const confirm = async () =>
    sdk.send(
      new ConfirmSignUpCommand({ ClientId: pool.clientId, Username: username, ConfirmationCode: lastCodeFor(cloud, username), SecretHash: await secretHash() }),
    );
  const signIn = async (user: string = username, pass: string = password) =>
    sdk.send(
      new InitiateAuthCommand({
        ClientId: pool.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: user, PASSWORD: pass, ...(pool.clientSecret ? { SECRET_HASH: (await secretHash(user))! } : {}) },
      }),
    );
  return { cloud, sdk, ...pool, signUp, confirm, signIn };
}

async function signedIn(poolSetup: PoolSetup = {}) {
  const s = await setup(poolSetup);
  await s.signUp();
  await s.confirm();
  const { AuthenticationResult } = await s.signIn();
  return { ...s, tokens: AuthenticationResult! };
}

describe('AWS errors as the real SDK for JavaScript v3 reports them', () => {
  it('rejects a weak password with InvalidPasswordException', async () => {
    const { sdk, clientId } = await setup();
    await expectSdkError(
      sdk.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: 'abc12345', UserAttributes: [{ Name: 'email', Value: username }] })),
      'InvalidPasswordException',
      'Password did not conform with policy: Password must have uppercase characters',
    );
  });

  it('rejects a wrong confirmation code with CodeMismatchException', async () => {
    const { sdk, clientId, signUp } = await setup();
    await signUp();
    await expectSdkError(
      sdk.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: '000000' })),
      'CodeMismatchException',
      'Invalid verification code provided, please try again.',
    );
  });

  it('rejects a confirmation code older than 24 hours with ExpiredCodeException', async () => {
    const { cloud, signUp, confirm } = await setup();
    await signUp();
    cloud.clock.advance(DAY + SECOND);
    await expectSdkError(confirm(), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
  });

  it('requires SECRET_HASH from a client with a secret, and rejects a wrong one', async () => {
    const { sdk, clientId, signUp, confirm, signIn } = await setup({ client: { GenerateSecret: true } });
    const request = { ClientId: clientId, Username: username, Password: password, UserAttributes: [{ Name: 'email', Value: username }] };
    await expectSdkError(
      sdk.send(new SignUpCommand(request)),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    await expectSdkError(
      sdk.send(new SignUpCommand({ ...request, SecretHash: 'd3JvbmcgaGFzaA==' })),
      'NotAuthorizedException',
      `Unable to verify secret hash for client ${clientId}`,
    );
    await signUp();
    await confirm();
    await expectSdkError(
      sdk.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } })),
      'NotAuthorizedException',
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    expect((await signIn()).AuthenticationResult?.AccessToken).toBeDefined();
  });

  it('answers an unknown user with UserNotFoundException when PreventUserExistenceErrors is LEGACY', async () => {
    const { signIn } = await setup({ client: { PreventUserExistenceErrors: 'LEGACY' } });
    await expectSdkError(signIn('nobody@example.com'), 'UserNotFoundException', 'User does not exist.');
  });

  it('answers an unknown user like a wrong password when PreventUserExistenceErrors is ENABLED', async () => {
    const { signIn } = await setup({ client: { PreventUserExistenceErrors: 'ENABLED' } });
    await expectSdkError(signIn('nobody@example.com'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('refuses an unconfirmed user with UserNotConfirmedException', async () => {
    const { signUp, signIn } = await setup();
    await signUp();
    await expectSdkError(signIn(), 'UserNotConfirmedException', 'User is not confirmed.');
  });

  it('refuses a disabled user with NotAuthorizedException', async () => {
    const { sdk, userPoolId, signUp, confirm, signIn } = await setup();
    await signUp();
    await confirm();
    await sdk.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username }));
    await expectSdkError(signIn(), 'NotAuthorizedException', 'User is disabled.');
  });

  it('locks the user after 5 wrong passwords: "Password attempts exceeded", even for the right one, until the lock passes', async () => {
    const { cloud, signUp, confirm, signIn } = await setup();
    await signUp();
    await confirm();
    for (let i = 0; i < 5; i++) await expectSdkError(signIn(username, 'Wrong#123'), 'NotAuthorizedException', 'Incorrect username or password.');
    await expectSdkError(signIn(), 'NotAuthorizedException', 'Password attempts exceeded');
    cloud.clock.advance(2 * SECOND);
    expect((await signIn()).AuthenticationResult?.AccessToken).toBeDefined();
  });

  it('refreshes tokens without handing out a new refresh token', async () => {
    const { sdk, clientId, tokens } = await signedIn();
    const { AuthenticationResult } = await sdk.send(
      new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken! } }),
    );
    expect(AuthenticationResult).toMatchObject({ TokenType: 'Bearer', ExpiresIn: 3600 });
    expect(AuthenticationResult?.AccessToken).toBeDefined();
    expect(AuthenticationResult?.IdToken).toBeDefined();
    expect(AuthenticationResult?.RefreshToken).toBeUndefined();
  });

  it('rejects the access token after GlobalSignOut: "Access Token has been revoked"', async () => {
    const { sdk, tokens } = await signedIn();
    const AccessToken = tokens.AccessToken!;
    expect((await sdk.send(new GetUserCommand({ AccessToken }))).Username).toBe(username);
    await sdk.send(new GlobalSignOutCommand({ AccessToken }));
    await expectSdkError(sdk.send(new GetUserCommand({ AccessToken })), 'NotAuthorizedException', 'Access Token has been revoked');
  });

  it('sends timestamps the SDK parses into Dates at the simulated time', async () => {
    const { cloud, sdk, userPoolId, signUp } = await setup();
    cloud.clock.advance(90 * MINUTE);
    await signUp();
    const user = await sdk.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
    expect(user.UserCreateDate).toBeInstanceOf(Date);
    expect(user.UserCreateDate).toEqual(new Date(DEFAULT_START_TIME + 90 * MINUTE));
    expect(user.UserLastModifiedDate).toEqual(new Date(DEFAULT_START_TIME + 90 * MINUTE));
    expect(user.UserStatus).toBe('UNCONFIRMED');
  });
});

describe('protocol errors on the wire (raw cloud.fetch)', () => {
  async function post(cloud: Cloud, target: string, body: string, host = `cognito-idp.${cloud.region}.amazonaws.com`) {
    const response = await cloud.fetch(`https://${host}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
      body,
    });
    return {
      status: response.status,
      errorType: response.headers.get('x-amzn-ErrorType'),
      contentType: response.headers.get('content-type'),
      body: (await response.json()) as { __type: string; message: string },
    };
  }

  it('answers a real action the simulator does not simulate with 501 NotImplemented, naming the action', async () => {
    const cloud = await newCloud();
    const answer = await post(
      cloud,
      'AWSCognitoIdentityProviderService.CreateUserImportJob',
      '{"JobName":"import","UserPoolId":"us-east-1_abc","CloudWatchLogsRoleArn":"arn:aws:iam::123456789012:role/import"}',
    );
    expect(answer).toMatchObject({ status: 501, errorType: 'NotImplemented' });
    expect(answer.body.message).toBe('CreateUserImportJob is a real cognito-idp action, but this simulator does not simulate it yet.');
  });

  it('answers an unknown action with UnknownOperationException', async () => {
    const cloud = await newCloud();
    const answer = await post(cloud, 'AWSCognitoIdentityProviderService.MakeCoffee', '{}');
    expect(answer).toMatchObject({ status: 400, errorType: 'UnknownOperationException', body: { __type: 'UnknownOperationException' } });
    expect(typeof answer.body.message).toBe('string');
  });

  it('answers an unparsable body with SerializationException', async () => {
    const cloud = await newCloud();
    const answer = await post(cloud, 'AWSCognitoIdentityProviderService.SignUp', '{"ClientId": ');
    expect(answer).toMatchObject({ status: 400, errorType: 'SerializationException', contentType: 'application/x-amz-json-1.1' });
    expect(answer.body).toEqual({ __type: 'SerializationException', message: 'Start of structure or map found where not expected.' });
  });

  it('answers a member of the wrong type with InvalidParameterException naming the member', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud);
    const answer = await post(cloud, 'AWSCognitoIdentityProviderService.SignUp', JSON.stringify({ ClientId: clientId, Username: 123, Password: password }));
    expect(answer).toMatchObject({ status: 400, errorType: 'InvalidParameterException' });
    expect(answer.body).toEqual({
      __type: 'InvalidParameterException',
      // Username is a sensitive member in AWS's model, so its value is not echoed.
      message: "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must be a string",
    });
  });

  it('answers a host in no AWS region with 404 UnknownEndpoint and a message naming the host', async () => {
    const cloud = await newCloud();
    const answer = await post(cloud, 'AWSCognitoIdentityProviderService.SignUp', '{}', 'cognito-idp.eu-west-9.amazonaws.com');
    expect(answer.status).toBe(404);
    expect(answer.errorType).toBe('UnknownEndpoint');
    expect(answer.body.message).toContain('cognito-idp.eu-west-9.amazonaws.com');
  });

  it('serves every region at once: a pool made in ap-south-1 lives there, not in the default region', async () => {
    const cloud = await newCloud();
    const made = await post(cloud, 'AWSCognitoIdentityProviderService.CreateUserPool', '{"PoolName":"mumbai"}', 'cognito-idp.ap-south-1.amazonaws.com');
    expect(made.status).toBe(200);
    const id = (made.body as unknown as { UserPool: { Id: string } }).UserPool.Id;
    expect(id).toMatch(/^ap-south-1_[0-9a-zA-Z]{9}$/);
    const here = await post(
      cloud,
      'AWSCognitoIdentityProviderService.DescribeUserPool',
      JSON.stringify({ UserPoolId: id }),
      'cognito-idp.ap-south-1.amazonaws.com',
    );
    expect(here.status).toBe(200);
    const elsewhere = await post(
      cloud,
      'AWSCognitoIdentityProviderService.DescribeUserPool',
      JSON.stringify({ UserPoolId: id }),
      'cognito-idp.us-east-1.amazonaws.com',
    );
    expect(elsewhere.body).toEqual({ __type: 'ResourceNotFoundException', message: `User pool ${id} does not exist.` });
  });
});
