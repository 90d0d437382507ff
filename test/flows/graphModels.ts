/**
 * What @xstate/graph may send each flow machine: the learner's events, and for every invoked cloud actor its possible
 * answers (`xstate.done.actor.<id>` with a scripted output, `xstate.error.actor.<id>` with an AWS error).
 */
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { classicMachine } from '../../src/flows/classicFlow/machine';
import { consoleMachine } from '../../src/flows/console/machine';
import { credentialsMachine } from '../../src/flows/credentials/machine';
import { signInMachine } from '../../src/flows/signIn/machine';
import { signUpMachine } from '../../src/flows/signUp/machine';
import { storyMachine } from '../../src/flows/story/machine';
import type { FlowId } from '../../src/flows/types';
import { googleIdentityPoolModel } from './graphModelsGoogle';
import { hostedUiModel } from './graphModelsHostedUi';
import { machineToMachineModel } from './graphModelsMachineToMachine';
import { fourKindsModel, syncDevicesModel } from './graphModelsRolesSync';

const done = (id: string, output: unknown): EventObject => ({ type: `xstate.done.actor.${id}`, output }) as EventObject;
const fail = (id: string, code: string, message: string): EventObject => ({ type: `xstate.error.actor.${id}`, error: { code, message } }) as EventObject;

const tokens = {
  AuthenticationResult: { IdToken: 'id.token', AccessToken: 'access.token', RefreshToken: 'refresh', ExpiresIn: 3600, TokenType: 'Bearer' },
  ChallengeParameters: {},
};
const delivery = { CodeDeliveryDetails: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' } };
const client = { UserPoolClient: { ClientId: 'client', ClientName: 'article-app', UserPoolId: 'pool', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] } };

export interface GraphModel {
  machine: AnyStateMachine;
  events: EventObject[];
  /** States differ by value and by the error they show (guards read the error). */
  serialize: (snapshot: AnyMachineSnapshot) => string;
  /** The `input`s to walk the machine from, when the sign-in scenario's setup does not fit it. */
  inputs?: { setup: Record<string, unknown> }[];
}

const byValueAndError = (snapshot: AnyMachineSnapshot) =>
  JSON.stringify({ value: snapshot.value, error: (snapshot.context as { error?: { code: string } }).error?.code ?? null });

const form = (field: string): EventObject => ({ type: 'form.change', field, value: 'x' }) as EventObject;

const IDENTITY = 'us-east-1:11111111-2222-4333-8444-555555555555';
const OWNER = 'us-east-1:99999999-2222-4333-8444-555555555555';
const credentialsOf = (IdentityId: string) => ({
  IdentityId,
  Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretKey: 'secret', SessionToken: 'session', Expiration: 1768471200 },
});
const answer = (ok: boolean, json?: Record<string, unknown>) => ({
  request: { action: 'ListRecords' },
  method: 'GET',
  url: 'https://example/',
  status: ok ? 200 : 403,
  ok,
  ...(ok ? {} : { code: 'AccessDenied', message: 'User: … is not authorized to perform: s3:GetObject' }),
  ...(json ? { json } : {}),
});
/** Credentials flow states also differ by who holds the identity (guests may sign in and link). */
const byValueErrorAndHolder = (snapshot: AnyMachineSnapshot) => {
  const context = snapshot.context as { error?: { code: string }; holder?: string; tokens?: unknown };
  return JSON.stringify({ value: snapshot.value, error: context.error?.code ?? null, holder: context.holder ?? null, tokens: Boolean(context.tokens) });
};
/** Basic flow states also differ by what the app holds (a token, credentials): the trust edit returns there. */
const byValueErrorAndHeld = (snapshot: AnyMachineSnapshot) => {
  const context = snapshot.context as { error?: { code: string }; token?: string; credentials?: unknown };
  return JSON.stringify({
    value: snapshot.value,
    error: context.error?.code ?? null,
    token: Boolean(context.token),
    credentials: Boolean(context.credentials),
  });
};

export const graphModels: Record<FlowId, GraphModel> = {
  signUp: {
    machine: signUpMachine,
    serialize: byValueAndError,
    events: [
      form('username'),
      { type: 'form.submit' },
      { type: 'code.resend' },
      { type: 'signUp.startOver' },
      done('signUp', { UserConfirmed: false, UserSub: 'sub', ...delivery }),
      fail('signUp', 'InvalidPasswordException', 'Password did not conform with policy: Password not long enough'),
      done('confirmSignUp', {}),
      fail('confirmSignUp', 'CodeMismatchException', 'Invalid verification code provided, please try again.'),
      done('resendConfirmationCode', delivery),
      fail('resendConfirmationCode', 'LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    ],
  },
  signIn: {
    machine: signInMachine,
    serialize: byValueAndError,
    events: [
      form('username'),
      { type: 'form.submit' },
      { type: 'client.allowPasswordAuth' },
      { type: 'profile.get' },
      { type: 'tokens.refresh' },
      { type: 'signOut.global' },
      { type: 'signIn.restart' },
      { type: 'forgot.start' },
      { type: 'forgot.request' },
      { type: 'forgot.confirm' },
      { type: 'forgot.cancel' },
      { type: 'api.call' },
      { type: 'api.callWithIdToken' },
      { type: 'api.callCheckingRevocation' },
      done('callYourApi', { tokenUse: 'access', checkRevocation: false, status: 200, body: { orders: [] } }),
      fail('callYourApi', 'ClientError', 'Failed to fetch'),
      done('initiateAuth', tokens),
      done('initiateAuth', { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'AYABe-session', ChallengeParameters: { USER_ID_FOR_SRP: 'abc.xyz@gmail.com' } }),
      done('initiateAuth', { ChallengeName: 'SMS_MFA', Session: 'AYABe-session', ChallengeParameters: {} }),
      fail('initiateAuth', 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client'),
      fail('initiateAuth', 'NotAuthorizedException', 'Incorrect username or password.'),
      done('describeUserPoolClient', client),
      fail('describeUserPoolClient', 'ResourceNotFoundException', 'User pool client client does not exist.'),
      done('updateUserPoolClient', client),
      fail('updateUserPoolClient', 'InvalidParameterException', 'Invalid auth flow'),
      done('respondToAuthChallenge', tokens),
      fail('respondToAuthChallenge', 'InvalidPasswordException', 'Password does not conform to policy: Password not long enough'),
      done('getUser', { Username: 'abc.xyz@gmail.com', UserAttributes: [{ Name: 'email', Value: 'abc.xyz@gmail.com' }] }),
      fail('getUser', 'NotAuthorizedException', 'Access Token has been revoked'),
      done('globalSignOut', {}),
      fail('globalSignOut', 'NotAuthorizedException', 'Access Token has been revoked'),
      done('forgotPassword', delivery),
      fail('forgotPassword', 'UserNotFoundException', 'Username/client id combination not found.'),
      done('confirmForgotPassword', {}),
      fail('confirmForgotPassword', 'CodeMismatchException', 'Invalid verification code provided, please try again.'),
    ],
  },
  console: {
    machine: consoleMachine,
    serialize: byValueAndError,
    events: [
      { type: 'console.describePool' },
      { type: 'console.describeClient' },
      done('describeUserPool', { UserPool: { Id: 'pool', Name: 'article-pool' } }),
      fail('describeUserPool', 'ResourceNotFoundException', 'User pool pool does not exist.'),
      done('describeUserPoolClient', client),
      fail('describeUserPoolClient', 'ResourceNotFoundException', 'User pool client client does not exist.'),
    ],
  },
  story: {
    machine: storyMachine,
    // The story only grows; one message is enough to walk it.
    serialize: (snapshot) => JSON.stringify({ value: snapshot.value, told: Math.min(1, (snapshot.context as { messages: unknown[] }).messages.length) }),
    events: [{ type: 'story.tell', message: 'Moviegoer->>Ticket site: pays and proves who they are', label: 'authentication' } as EventObject],
  },
  credentials: {
    machine: credentialsMachine,
    serialize: byValueErrorAndHolder,
    events: [
      form('username'),
      ...[
        'form.submit',
        'guest.start',
        'signUp.submit',
        'signIn.start',
        'signIn.cancel',
        'notes.put',
        'notes.get',
        'notes.list',
        'notes.putOther',
        'notes.getOther',
        'sync.write',
        'roles.list',
        'credentials.refresh',
        'developer.allowOwnNotes',
        'developer.allowIamForGuests',
        'developer.freezeNotes',
        'app.signOut',
      ].map((type) => ({ type })),
      done('initiateAuth', tokens),
      fail('initiateAuth', 'NotAuthorizedException', 'Incorrect username or password.'),
      done('signUp', { UserConfirmed: false, UserSub: 'sub', ...delivery }),
      fail('signUp', 'UsernameExistsException', 'User already exists'),
      done('confirmSignUp', {}),
      fail('confirmSignUp', 'CodeMismatchException', 'Invalid verification code provided, please try again.'),
      done('getId', { IdentityId: IDENTITY }),
      fail('getId', 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.'),
      done('getCredentialsForIdentity', credentialsOf(IDENTITY)),
      done('getCredentialsForIdentity', credentialsOf(OWNER)),
      fail(
        'getCredentialsForIdentity',
        'InvalidIdentityPoolConfigurationException',
        'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
      ),
      done('signedRequest', answer(true, { SyncSessionToken: 'sync-token', Records: [] })),
      done('signedRequest', answer(false)),
      fail('signedRequest', 'ClientError', 'Failed to fetch'),
      done('putRolePolicy', {}),
      fail('putRolePolicy', 'NoSuchEntity', 'The role with name Cognito_articleAuth_Role cannot be found.'),
    ],
  },
  classicFlow: {
    machine: classicMachine,
    serialize: byValueErrorAndHeld,
    events: [
      ...[
        'classic.getId',
        'classic.getOpenIdToken',
        'classic.assumeRole',
        'classic.syncList',
        'classic.restart',
        'trust.wrongAmr',
        'trust.wrongAud',
        'trust.restore',
      ].map((type) => ({ type })),
      done('getId', { IdentityId: IDENTITY }),
      fail('getId', 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.'),
      done('getOpenIdToken', { IdentityId: IDENTITY, Token: 'open.id.token' }),
      fail('getOpenIdToken', 'NotAuthorizedException', 'Invalid login token.'),
      done('assumeRoleWithWebIdentity', {
        Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 'secret', SessionToken: 'session', Expiration: 1768471200 },
        AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/Cognito_articleUnauth_Role/article-app', AssumedRoleId: 'AROA:article-app' },
      }),
      fail('assumeRoleWithWebIdentity', 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
      done('updateAssumeRolePolicy', {}),
      fail('updateAssumeRolePolicy', 'MalformedPolicyDocument', 'Syntax errors in policy.'),
      done('signedRequest', answer(true, { Records: [] })),
      fail('signedRequest', 'ClientError', 'Failed to fetch'),
    ],
  },
  fourKinds: fourKindsModel,
  syncDevices: syncDevicesModel,
  hostedUi: hostedUiModel,
  machineToMachine: machineToMachineModel,
  googleIdentityPool: googleIdentityPoolModel,
};

/** True for the answer of an invoked actor rather than something the learner does. */
export const isActorAnswer = (event: EventObject): boolean => /^xstate\.(done|error)\.actor\./.test(event.type);
