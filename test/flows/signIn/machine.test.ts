import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { signInMachine } from '../../../src/flows/signIn/machine';
import { allowPasswordAuthRequest } from '../../../src/flows/signIn/setup';
import { ARTICLE_USER } from '../../../src/flows/types';
import type { AuthResponse } from '../../../src/flows/wire';
import { HOUR, type ManualClock } from '../../../src/engine';
import { expectAwsError } from '../../support/cloud';
import { newestCodeTo, tick, wire } from '../support';
import { poolsOf } from '../../support/cloud';

const setup = { userPoolId: 'us-east-1_pool', clientId: 'client1' };
const signIn = { username: ARTICLE_USER.username, password: ARTICLE_USER.password };
const tokens = (access: string, refresh?: string) => ({
  AuthenticationResult: { IdToken: `id-${access}`, AccessToken: access, ...(refresh ? { RefreshToken: refresh } : {}), ExpiresIn: 3600, TokenType: 'Bearer' },
  ChallengeParameters: {},
});

describe('signInMachine with provided fake actors', () => {
  it('answers NEW_PASSWORD_REQUIRED with the Session and USER_ID_FOR_SRP as USERNAME', async () => {
    const answers: unknown[] = [];
    const machine = signInMachine.provide({
      actors: {
        initiateAuth: fromPromise(async (): Promise<AuthResponse> => ({
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: 'AYABe123',
          ChallengeParameters: { USER_ID_FOR_SRP: 'real-name' },
        })),
        respondToAuthChallenge: fromPromise(async ({ input }) => {
          answers.push(input);
          return tokens('a1', 'r1');
        }),
      },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    actor.send({ type: 'form.change', field: 'username', value: 'alias@example.com' });
    actor.send({ type: 'form.submit' });
    await tick();
    expect(actor.getSnapshot().value).toBe('newPasswordRequired');
    actor.send({ type: 'form.change', field: 'newPassword', value: '#Newpass123' });
    actor.send({ type: 'form.submit' });
    await tick();
    expect(answers).toEqual([
      {
        ClientId: 'client1',
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: 'AYABe123',
        ChallengeResponses: { USERNAME: 'real-name', NEW_PASSWORD: '#Newpass123' },
      },
    ]);
    expect(actor.getSnapshot().value).toEqual({ signedIn: 'idle' });
    expect(actor.getSnapshot().context.tokens).toEqual({ IdToken: 'id-a1', AccessToken: 'a1', RefreshToken: 'r1' });
    expect(actor.getSnapshot().context.currentPassword).toBe('#Newpass123');
  });

  it('keeps the refresh token when REFRESH_TOKEN_AUTH returns none', async () => {
    const flows: string[] = [];
    const machine = signInMachine.provide({
      actors: {
        initiateAuth: fromPromise(async ({ input }) => {
          flows.push(input.AuthFlow);
          return input.AuthFlow === 'REFRESH_TOKEN_AUTH' ? tokens('a2') : tokens('a1', 'r1');
        }),
      },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    actor.send({ type: 'form.submit' });
    await tick();
    actor.send({ type: 'tokens.refresh' });
    await tick();
    expect(flows).toEqual(['USER_PASSWORD_AUTH', 'REFRESH_TOKEN_AUTH']);
    expect(actor.getSnapshot().context.tokens).toEqual({ IdToken: 'id-a2', AccessToken: 'a2', RefreshToken: 'r1' });
  });

  it('refuses a challenge it cannot answer with UnsupportedChallenge', async () => {
    const machine = signInMachine.provide({
      actors: { initiateAuth: fromPromise(async (): Promise<AuthResponse> => ({ ChallengeName: 'SMS_MFA', Session: 's', ChallengeParameters: {} })) },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    actor.send({ type: 'form.submit' });
    await tick();
    expect(actor.getSnapshot().value).toBe('signInFailed');
    expect(actor.getSnapshot().context.error?.code).toBe('UnsupportedChallenge');
  });

  it('offers the ExplicitAuthFlows fix only for "flow not enabled"', async () => {
    const machine = signInMachine.provide({
      actors: { initiateAuth: fromPromise(async () => Promise.reject({ code: 'NotAuthorizedException', message: 'Incorrect username or password.' })) },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    actor.send({ type: 'form.submit' });
    await tick();
    actor.send({ type: 'client.allowPasswordAuth' });
    expect(actor.getSnapshot().value).toBe('signInFailed');
  });

  it('sends UpdateUserPoolClient the described settings, without read-only members, plus the password flows', () => {
    const request = allowPasswordAuthRequest(
      {
        ClientId: 'c',
        ClientName: 'app',
        UserPoolId: 'p',
        ClientSecret: 's',
        CreationDate: 1,
        LastModifiedDate: 2,
        RefreshTokenValidity: 30,
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      },
      { userPoolId: 'p', clientId: 'c' },
    );
    expect(request).toEqual({
      UserPoolId: 'p',
      ClientId: 'c',
      ClientName: 'app',
      RefreshTokenValidity: 30,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH'],
    });
  });
});

describe('signInMachine wired to a real cloud', () => {
  it('follows the article: flow not enabled, fix the client, sign in, profile, refresh, global sign-out', async () => {
    const app = await wire(signInMachine, 'confirmedUser');
    await app.type(signIn);
    let s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('signInFailed');
    expect(s.context.error).toEqual({ code: 'InvalidParameterException', message: 'USER_PASSWORD_AUTH flow not enabled for this client' });

    s = await app.send({ type: 'client.allowPasswordAuth' });
    expect(s.value).toBe('editing');
    const client = poolsOf(app.cloud)[app.setup.userPoolId!]!.clients[app.setup.clientId!]!;
    expect(client.ExplicitAuthFlows).toEqual(expect.arrayContaining(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']));
    expect(client.ClientName).toBe('article-app');

    s = await app.send({ type: 'form.submit' });
    expect(s.value).toEqual({ signedIn: 'idle' });
    const first = s.context.tokens;
    expect(first.RefreshToken).toBeTruthy();

    s = await app.send({ type: 'profile.get' });
    expect(s.value).toEqual({ signedIn: 'profileShown' });
    expect(s.context.profile.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'email', Value: ARTICLE_USER.email },
        { Name: 'email_verified', Value: 'true' },
      ]),
    );

    s = await app.send({ type: 'tokens.refresh' });
    expect(s.value).toEqual({ signedIn: 'idle' });
    expect(s.context.tokens.RefreshToken).toBe(first.RefreshToken);

    s = await app.send({ type: 'signOut.global' });
    expect(s.value).toEqual({ signedOut: 'idle' });
    expect(s.context.tokens).toBeUndefined();
    await expectAwsError(app.cloud.cognitoIdp.getUser({ AccessToken: first.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
    expect(app.cloud.log.entries.map((e) => e.action).slice(-8)).toEqual([
      'InitiateAuth',
      'DescribeUserPoolClient',
      'UpdateUserPoolClient',
      'InitiateAuth',
      'GetUser',
      'InitiateAuth',
      'GlobalSignOut',
      'GetUser',
    ]);
  });

  it('calls your API: the access token accepted, the ID token refused by token_use, expired after an hour, and after sign-out only the revocation check refuses it', async () => {
    const app = await wire(signInMachine, 'signInReady');
    await app.type(signIn);
    await app.send({ type: 'form.submit' });
    let s = await app.send({ type: 'api.call' });
    expect(s.value).toEqual({ signedIn: 'apiAnswered' });
    expect(s.context.apiAnswer).toMatchObject({
      tokenUse: 'access',
      checkRevocation: false,
      status: 200,
      body: { caller: { 'cognito:groups': ['customers'] } },
    });
    s = await app.send({ type: 'api.callWithIdToken' });
    expect(s.context.apiAnswer).toMatchObject({ tokenUse: 'id', status: 401, body: { error: 'invalid_token' } });
    expect(s.context.apiAnswer.challenge).toContain("token_use is 'id'");
    const access = s.context.tokens.AccessToken;
    s = await app.send({ type: 'signOut.global' });
    expect(s.context.keptAccessToken).toBe(access);
    s = await app.send({ type: 'api.call' });
    expect(s.value).toEqual({ signedOut: 'apiAnswered' });
    expect(s.context.apiAnswer).toMatchObject({ status: 200 });
    s = await app.send({ type: 'api.callCheckingRevocation' });
    expect(s.context.apiAnswer).toMatchObject({
      checkRevocation: true,
      status: 401,
      body: { error_description: 'The user pool refused the token: NotAuthorizedException: Access Token has been revoked' },
    });
    expect(s.can({ type: 'api.callWithIdToken' })).toBe(false);
    s = await app.send({ type: 'signIn.restart' });
    expect(s.context.keptAccessToken).toBeUndefined();
    expect(s.context.apiAnswer).toBeUndefined();
  });

  it('says your API refuses the access token once the simulated hour has passed', async () => {
    const app = await wire(signInMachine, 'signInReady');
    await app.type(signIn);
    await app.send({ type: 'form.submit' });
    (app.cloud.clock as ManualClock).advance(HOUR);
    const s = await app.send({ type: 'api.call' });
    expect(s.context.apiAnswer).toMatchObject({ status: 401, body: { error_description: expect.stringMatching(/^The token expired at /) } });
  });

  it('shows NotAuthorizedException for a wrong password', async () => {
    const app = await wire(signInMachine, 'signInReady');
    await app.type({ ...signIn, password: '#Wrong9999' });
    const s = await app.send({ type: 'form.submit' });
    expect(s.context.error).toEqual({ code: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('shows UserNotConfirmedException for an unconfirmed user once the flow is allowed', async () => {
    const app = await wire(signInMachine, 'unconfirmedUser');
    await app.type(signIn);
    await app.send({ type: 'form.submit' }, { type: 'client.allowPasswordAuth' }, { type: 'form.submit' });
    expect(app.snapshot().context.error).toEqual({ code: 'UserNotConfirmedException', message: 'User is not confirmed.' });
  });

  it('makes an admin-created user choose a new password, then signs them in', async () => {
    const app = await wire(signInMachine, 'adminCreatedUser');
    await app.type({ username: ARTICLE_USER.username, password: 'Temp#Pass1' });
    let s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('newPasswordRequired');
    expect(s.context.challenge.name).toBe('NEW_PASSWORD_REQUIRED');
    await app.type({ newPassword: 'short' });
    s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('newPasswordFailed');
    expect(s.context.error.code).toBe('InvalidPasswordException');
    await app.type({ newPassword: '#Newpass123' });
    s = await app.send({ type: 'form.submit' });
    expect(s.value).toEqual({ signedIn: 'idle' });
    expect(Object.values(poolsOf(app.cloud)[app.setup.userPoolId!]!.users)[0]!.status).toBe('CONFIRMED');
  });

  it('resets a forgotten password with the emailed code and signs in with the new one', async () => {
    const app = await wire(signInMachine, 'signInReady');
    let s = await app.send({ type: 'forgot.start' });
    expect(s.value).toEqual({ forgotPassword: 'editing' });
    await app.type({ username: ARTICLE_USER.username });
    s = await app.send({ type: 'forgot.request' });
    expect(s.value).toEqual({ forgotPassword: 'awaitingCode' });
    const code = newestCodeTo(app.cloud, ARTICLE_USER.email);
    await app.type({ code: code === '000000' ? '111111' : '000000', newPassword: '#Reset5678' });
    s = await app.send({ type: 'forgot.confirm' });
    expect(s.value).toEqual({ forgotPassword: 'resetFailed' });
    expect(s.context.error.code).toBe('CodeMismatchException');
    await app.type({ code });
    s = await app.send({ type: 'forgot.confirm' });
    expect(s.value).toBe('passwordReset');
    await app.type({ password: '#Reset5678' });
    s = await app.send({ type: 'form.submit' });
    expect(s.value).toEqual({ signedIn: 'idle' });
  });

  it('shows UserNotFoundException when asking a reset code for an unknown user', async () => {
    const app = await wire(signInMachine, 'signInReady');
    await app.send({ type: 'forgot.start' });
    await app.type({ username: 'nobody@example.com' });
    const s = await app.send({ type: 'forgot.request' });
    expect(s.value).toEqual({ forgotPassword: 'failed' });
    expect(s.context.error.code).toBe('UserNotFoundException');
  });
});
