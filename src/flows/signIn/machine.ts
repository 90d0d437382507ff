/**
 * Sign-in as the article's app does it: InitiateAuth with USER_PASSWORD_AUTH, the fix when the app client does not allow
 * that flow, an admin-created user's NEW_PASSWORD_REQUIRED challenge, then the signed-in app (`signInSignedIn.ts`) and the
 * forgotten password (`signInForgotPassword.ts`).
 */
import { assign } from 'xstate';
import { screen } from '../machineKit';
import { forgotPasswordState } from './forgotPassword';
import { signedInState } from './signedIn';
import { allowPasswordAuthRequest, signInSetup } from './setup';
import { apiStates, signedOutApiEvents } from './yourApi';

export type { SignInContext, SignInEvent } from './setup';

export const signInMachine = signInSetup.createMachine({
  id: 'signIn',
  description: 'A confirmed user signs in with username and password and uses the tokens the pool issues.',
  context: ({ input }) => ({
    setup: input.setup,
    form: { username: '', password: '', newPassword: '', code: '' },
  }),
  initial: 'editing',
  states: {
    editing: {
      description: 'The sign-in form: the learner types a username and a password.',
      meta: screen('signIn'),
      on: {
        'form.change': { actions: 'changeForm' },
        'form.submit': { target: 'signingIn' },
        'forgot.start': { target: 'forgotPassword' },
      },
    },
    signingIn: {
      description: 'The app calls InitiateAuth with USER_PASSWORD_AUTH; the pool checks the client allows that flow, then the password.',
      meta: screen('signIn'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'initiateAuth',
        src: 'initiateAuth',
        input: ({ context }) => ({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: context.setup.clientId ?? '',
          AuthParameters: { USERNAME: context.form['username'] ?? '', PASSWORD: context.form['password'] ?? '' },
        }),
        onDone: [
          { guard: 'isNewPasswordRequired', target: 'newPasswordRequired', actions: 'keepChallenge' },
          { guard: 'isOtherChallenge', target: 'signInFailed', actions: 'rejectChallenge' },
          { target: 'signedIn', actions: [assign({ currentPassword: ({ context }) => context.form['password'] }), 'keepTokens'] },
        ],
        onError: { target: 'signInFailed', actions: 'keepError' },
      },
    },
    signInFailed: {
      description: 'The pool refused the sign-in (wrong password, unconfirmed user, flow not enabled…); the form shows the AWS error.',
      meta: screen('signIn'),
      on: {
        'form.change': { target: 'editing', actions: 'changeForm' },
        'form.submit': { target: 'signingIn' },
        'client.allowPasswordAuth': { guard: 'isFlowNotEnabled', target: 'allowingPasswordAuth' },
        'forgot.start': { target: 'forgotPassword' },
      },
    },
    allowingPasswordAuth: {
      description:
        'The developer fixes the app client: DescribeUserPoolClient, then UpdateUserPoolClient with ALLOW_USER_PASSWORD_AUTH added to its ExplicitAuthFlows.',
      meta: screen('poolSettings'),
      tags: ['busy'],
      entry: 'clearError',
      initial: 'describingClient',
      states: {
        describingClient: {
          description: "DescribeUserPoolClient reads the client's current settings, because an update resets whatever it leaves out.",
          meta: screen('poolSettings'),
          tags: ['busy'],
          invoke: {
            id: 'describeUserPoolClient',
            src: 'describeUserPoolClient',
            input: ({ context }) => ({ UserPoolId: context.setup.userPoolId ?? '', ClientId: context.setup.clientId ?? '' }),
            onDone: { target: 'updatingClient', actions: 'keepClient' },
            onError: { target: '#signIn.signInFailed', actions: 'keepError' },
          },
        },
        updatingClient: {
          description: 'UpdateUserPoolClient sends those settings back with ALLOW_USER_PASSWORD_AUTH and ALLOW_REFRESH_TOKEN_AUTH allowed.',
          meta: screen('poolSettings'),
          tags: ['busy'],
          invoke: {
            id: 'updateUserPoolClient',
            src: 'updateUserPoolClient',
            input: ({ context }) => allowPasswordAuthRequest(context.client, context.setup),
            onDone: { target: '#signIn.editing', actions: 'keepClient' },
            onError: { target: '#signIn.signInFailed', actions: 'keepError' },
          },
        },
      },
    },
    newPasswordRequired: {
      description: 'The pool answered NEW_PASSWORD_REQUIRED: the user signed in with a temporary password and must choose a new one.',
      meta: screen('newPassword'),
      on: {
        'form.change': { actions: 'changeForm' },
        'form.submit': { target: 'settingNewPassword' },
      },
    },
    settingNewPassword: {
      description: 'The app calls RespondToAuthChallenge with the Session and NEW_PASSWORD; the pool sets the password, confirms the user and issues tokens.',
      meta: screen('newPassword'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'respondToAuthChallenge',
        src: 'respondToAuthChallenge',
        input: ({ context }) => ({
          ClientId: context.setup.clientId ?? '',
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          ...(context.challenge?.session ? { Session: context.challenge.session } : {}),
          ChallengeResponses: {
            USERNAME: context.challenge?.parameters['USER_ID_FOR_SRP'] ?? context.form['username'] ?? '',
            NEW_PASSWORD: context.form['newPassword'] ?? '',
          },
        }),
        onDone: { target: 'signedIn', actions: [assign({ currentPassword: ({ context }) => context.form['newPassword'] }), 'keepTokens'] },
        onError: { target: 'newPasswordFailed', actions: 'keepError' },
      },
    },
    newPasswordFailed: {
      description: 'The pool refused the new password (policy, expired or reused Session); fix it, or sign in again for a fresh Session.',
      meta: screen('newPassword'),
      on: {
        'form.change': { target: 'newPasswordRequired', actions: 'changeForm' },
        'form.submit': { target: 'settingNewPassword' },
        'signIn.restart': { target: 'editing' },
      },
    },
    signedIn: signedInState,
    signedOut: {
      description: 'GlobalSignOut succeeded: the app dropped its tokens, and the pool no longer accepts them.',
      meta: screen('signedOut'),
      initial: 'idle',
      on: {
        'signIn.restart': { target: 'editing', actions: 'forgetCopyOfAccessToken' },
        'form.change': { target: 'editing', actions: ['forgetCopyOfAccessToken', 'changeForm'] },
        ...signedOutApiEvents,
      },
      states: {
        idle: {
          description: 'Signed out; a copy of the old access token is all that is left, to try on your API.',
          meta: screen('signedOut'),
        },
        ...apiStates('signedOut', '#signIn.signedOut.failed'),
        failed: {
          description: 'The call to your API could not be made at all (no answer came back).',
          meta: screen('signedOut'),
        },
      },
    },
    forgotPassword: forgotPasswordState,
    passwordReset: {
      description: 'The password was changed with the reset code; the user signs in with the new one.',
      meta: screen('signIn'),
      on: {
        'form.change': { target: 'editing', actions: 'changeForm' },
        'form.submit': { target: 'signingIn' },
      },
    },
  },
});
