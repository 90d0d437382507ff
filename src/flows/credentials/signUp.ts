/**
 * A guest who signs up: SignUp in the user pool (the username is the email address), ConfirmSignUp with the emailed code,
 * then the app signs in with the same password, and GetCredentialsForIdentity links the new login to the guest's identity.
 */
import { assign } from 'xstate';
import { screen } from '../machineKit';
import type { SignUpResponse } from '../wire';
import { credentialsSetup } from './setup';

export const signUpStates = {
  signingUp: credentialsSetup.createStateConfig({
    description: 'The app calls SignUp on the user pool with the username (an email address, also sent as the email attribute) and the password.',
    meta: screen('identityStart'),
    tags: ['busy'],
    entry: 'clearError',
    invoke: {
      id: 'signUp',
      src: 'signUp',
      input: ({ context }) => ({
        ClientId: context.setup.clientId ?? '',
        Username: context.form['username'] ?? '',
        Password: context.form['password'] ?? '',
        UserAttributes: [{ Name: 'email', Value: context.form['username'] ?? '' }],
      }),
      onDone: { target: 'awaitingCode', actions: assign({ codeDelivery: ({ event }) => (event.output as SignUpResponse).CodeDeliveryDetails }) },
      onError: { target: 'signInFailed', actions: 'keepError' },
    },
  }),
  awaitingCode: credentialsSetup.createStateConfig({
    description: 'The user pool emailed a confirmation code; the learner types it.',
    meta: screen('confirm'),
    on: {
      'form.change': { actions: 'changeForm' },
      'form.submit': { target: 'confirming' },
    },
  }),
  confirming: credentialsSetup.createStateConfig({
    description: 'ConfirmSignUp with the code; once confirmed, the app signs in with the same username and password.',
    meta: screen('confirm'),
    tags: ['busy'],
    entry: 'clearError',
    invoke: {
      id: 'confirmSignUp',
      src: 'confirmSignUp',
      input: ({ context }) => ({
        ClientId: context.setup.clientId ?? '',
        Username: context.form['username'] ?? '',
        ConfirmationCode: context.form['code'] ?? '',
      }),
      onDone: { target: 'signingIn' },
      onError: { target: 'confirmFailed', actions: 'keepError' },
    },
  }),
  confirmFailed: credentialsSetup.createStateConfig({
    description: 'The user pool refused the code (wrong or expired); the screen shows the AWS error.',
    meta: screen('confirm'),
    on: {
      'form.change': { target: 'awaitingCode', actions: 'changeForm' },
      'form.submit': { target: 'confirming' },
    },
  }),
};
