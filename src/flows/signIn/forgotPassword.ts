/** The forgotten password: ForgotPassword emails a code, ConfirmForgotPassword sets the new password with it. */
import { assign } from 'xstate';
import { screen } from '../machineKit';
import { signInSetup } from './setup';

export const forgotPasswordState = signInSetup.createStateConfig({
  description: 'The user forgot the password and resets it with a code the pool emails.',
  meta: screen('forgotPassword'),
  initial: 'editing',
  entry: assign({ error: undefined, codeDelivery: undefined }),
  on: { 'forgot.cancel': { target: '#signIn.editing' } },
  states: {
    editing: {
      description: 'The app asks for the username whose password to reset.',
      meta: screen('forgotPassword'),
      on: {
        'form.change': { actions: 'changeForm' },
        'forgot.request': { target: 'sendingCode' },
        'form.submit': { target: 'sendingCode' },
      },
    },
    sendingCode: {
      description: "The app calls ForgotPassword; the pool emails a reset code to the user's verified address.",
      meta: screen('forgotPassword'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'forgotPassword',
        src: 'forgotPassword',
        input: ({ context }) => ({ ClientId: context.setup.clientId ?? '', Username: context.form['username'] ?? '' }),
        onDone: { target: 'awaitingCode', actions: assign({ codeDelivery: ({ event }) => event.output.CodeDeliveryDetails ?? {} }) },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    awaitingCode: {
      description: 'The app asks for the emailed code and a new password.',
      meta: screen('resetPassword'),
      on: {
        'form.change': { actions: 'changeForm' },
        'forgot.confirm': { target: 'resetting' },
        'form.submit': { target: 'resetting' },
        'forgot.request': { target: 'sendingCode' },
      },
    },
    resetting: {
      description: 'The app calls ConfirmForgotPassword with the code and the new password; the pool checks both and changes the password.',
      meta: screen('resetPassword'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'confirmForgotPassword',
        src: 'confirmForgotPassword',
        input: ({ context }) => ({
          ClientId: context.setup.clientId ?? '',
          Username: context.form['username'] ?? '',
          ConfirmationCode: context.form['code'] ?? '',
          Password: context.form['newPassword'] ?? '',
        }),
        onDone: {
          target: '#signIn.passwordReset',
          actions: assign({
            currentPassword: ({ context }) => context.form['newPassword'],
            form: ({ context }) => ({ ...context.form, password: '', code: '' }),
          }),
        },
        onError: { target: 'resetFailed', actions: 'keepError' },
      },
    },
    failed: {
      description: 'The pool would not send a code (unknown user, no verified email, too many requests); the learner corrects the username and asks again.',
      meta: screen('forgotPassword'),
      on: {
        'form.change': { target: 'editing', actions: 'changeForm' },
        'forgot.request': { target: 'sendingCode' },
        'form.submit': { target: 'sendingCode' },
      },
    },
    resetFailed: {
      description: 'The pool refused the reset (wrong or expired code, weak password…); the learner corrects the form, tries again or asks for a new code.',
      meta: screen('resetPassword'),
      on: {
        'form.change': { target: 'awaitingCode', actions: 'changeForm' },
        'forgot.confirm': { target: 'resetting' },
        'form.submit': { target: 'resetting' },
        'forgot.request': { target: 'sendingCode' },
      },
    },
  },
});
