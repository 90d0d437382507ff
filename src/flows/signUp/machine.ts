/**
 * Sign-up as the article's app does it: SignUp with username, password and email, then ConfirmSignUp with the emailed code
 * (or ResendConfirmationCode for a fresh one).
 */
import { assign, setup } from 'xstate';
import { placeholders } from '../cloudActors';
import { changedForm, errorOf, screen, type StateMeta } from '../machineKit';
import type { FlowError, FormChangeEvent, ScenarioSetup } from '../types';
import type { CodeDeliveryDetails } from '../wire';

export interface SignUpContext {
  setup: ScenarioSetup;
  /** Fields: `username`, `password`, `email`, `code`. */
  form: Record<string, string>;
  error?: FlowError;
  codeDelivery?: CodeDeliveryDetails;
  userSub?: string;
}

/** `signUp.startOver`: back to the sign-up form from the code screen, keeping what was typed (to send it again, or change it). */
export type SignUpEvent = FormChangeEvent | { type: 'form.submit' } | { type: 'code.resend' } | { type: 'signUp.startOver' };

export const signUpMachine = setup({
  types: {
    context: {} as SignUpContext,
    events: {} as SignUpEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: {
    signUp: placeholders.signUp,
    confirmSignUp: placeholders.confirmSignUp,
    resendConfirmationCode: placeholders.resendConfirmationCode,
  },
  guards: {
    hasUserAwaitingCode: ({ context }) => context.setup.pendingConfirmation === true,
  },
  actions: {
    changeForm: assign({ form: ({ context, event }) => (event.type === 'form.change' ? changedForm(context.form, event) : context.form) }),
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    startOver: assign({ error: undefined, codeDelivery: undefined, userSub: undefined, form: ({ context }) => ({ ...context.form, code: '' }) }),
  },
}).createMachine({
  id: 'signUp',
  description: 'A new user signs up with username, password and email, then confirms the code the pool emails.',
  context: ({ input }) => ({
    setup: input.setup,
    // A scenario that starts with a signed-up user (unconfirmedUser) opens on the code screen for that user.
    form: { username: input.setup.username ?? '', password: '', email: '', code: '' },
  }),
  initial: 'starting',
  states: {
    starting: {
      description: 'The app opens on the sign-up form, or on the code screen when the user has already signed up and awaits a code.',
      meta: screen('signUp'),
      always: [{ guard: 'hasUserAwaitingCode', target: 'awaitingCode' }, { target: 'editing' }],
    },
    editing: {
      description: 'The sign-up form: the learner types a username, a password and an email address.',
      meta: screen('signUp'),
      on: {
        'form.change': { actions: 'changeForm' },
        'form.submit': { target: 'signingUp' },
      },
    },
    signingUp: {
      description: 'The app calls SignUp; the pool checks the password policy and the required attributes, stores the user as UNCONFIRMED and emails a code.',
      meta: screen('signUp'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'signUp',
        src: 'signUp',
        input: ({ context }) => ({
          ClientId: context.setup.clientId ?? '',
          Username: context.form['username'] ?? '',
          Password: context.form['password'] ?? '',
          UserAttributes: [{ Name: 'email', Value: context.form['email'] ?? '' }],
        }),
        onDone: {
          target: 'awaitingCode',
          actions: assign({ codeDelivery: ({ event }) => event.output.CodeDeliveryDetails, userSub: ({ event }) => event.output.UserSub }),
        },
        onError: { target: 'signUpFailed', actions: 'keepError' },
      },
    },
    signUpFailed: {
      description: 'The pool refused the sign-up (a weak password, a taken username…); the form shows the AWS error and can be corrected and sent again.',
      meta: screen('signUp'),
      on: {
        'form.change': { target: 'editing', actions: 'changeForm' },
        'form.submit': { target: 'signingUp' },
      },
    },
    awaitingCode: {
      description: 'The user exists as UNCONFIRMED; the app asks for the code the pool emailed.',
      meta: screen('confirm'),
      on: {
        'form.change': { actions: 'changeForm' },
        'form.submit': { target: 'confirming' },
        'code.resend': { target: 'resendingCode' },
        'signUp.startOver': { target: 'editing', actions: 'startOver' },
      },
    },
    resendingCode: {
      description: 'The app calls ResendConfirmationCode; the pool emails a new code.',
      meta: screen('confirm'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'resendConfirmationCode',
        src: 'resendConfirmationCode',
        input: ({ context }) => ({ ClientId: context.setup.clientId ?? '', Username: context.form['username'] ?? '' }),
        onDone: { target: 'awaitingCode', actions: assign({ codeDelivery: ({ event }) => event.output.CodeDeliveryDetails }) },
        onError: { target: 'confirmFailed', actions: 'keepError' },
      },
    },
    confirming: {
      description: 'The app calls ConfirmSignUp with the code; the pool marks the user CONFIRMED and the email verified.',
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
        onDone: { target: 'confirmed' },
        onError: { target: 'confirmFailed', actions: 'keepError' },
      },
    },
    confirmFailed: {
      description: 'The pool refused the code (wrong, expired, too many tries); the learner can type it again or ask for a new one.',
      meta: screen('confirm'),
      on: {
        'form.change': { target: 'awaitingCode', actions: 'changeForm' },
        'form.submit': { target: 'confirming' },
        'code.resend': { target: 'resendingCode' },
        'signUp.startOver': { target: 'editing', actions: 'startOver' },
      },
    },
    confirmed: {
      description: 'The user is CONFIRMED and can sign in.',
      meta: screen('confirmed'),
    },
  },
});
