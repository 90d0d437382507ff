/**
 * From identity to AWS credentials, the enhanced flow: a guest (GetId without Logins, GetCredentialsForIdentity), or the
 * article's three steps (InitiateAuth to the user pool, GetId with the ID token in Logins, GetCredentialsForIdentity);
 * a guest who signs up (`signUp.ts`) or signs in later (GetCredentialsForIdentity with the guest's IdentityId and the new Logins: linked, or merged
 * when the login already has an identity); and fresh credentials once the old ones expire (`held.ts` uses them).
 */
import { screen } from '../machineKit';
import { heldState } from './held';
import { signUpStates } from './signUp';
import { credentialsSetup, loginsOf } from './setup';

export type { CredentialsContext, CredentialsEvent } from './setup';

export const credentialsMachine = credentialsSetup.createMachine({
  id: 'credentials',
  description: 'The app turns an identity (a guest, or a user signed in to the user pool) into temporary AWS credentials and uses them.',
  context: ({ input }) => ({ setup: input.setup, form: { username: '', password: '', code: '' } }),
  initial: 'start',
  states: {
    start: {
      description: 'The app has no credentials yet (or holds a guest identity and offers to sign in): continue as a guest, or sign in.',
      meta: screen('identityStart'),
      on: {
        'form.change': { actions: 'changeForm' },
        'form.submit': { target: 'signingIn' },
        'signUp.submit': { target: 'signingUp' },
        'guest.start': { guard: 'hasNoIdentity', target: 'gettingId' },
        'signIn.cancel': { guard: 'isGuest', target: 'held' },
      },
    },
    signingIn: {
      description: 'Step 1: the app signs in to the user pool with InitiateAuth (USER_PASSWORD_AUTH) and receives ID, access and refresh tokens.',
      meta: screen('identityStart'),
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
          { guard: 'hasGuestIdentity', target: 'gettingCredentials', actions: 'keepTokens' },
          { target: 'gettingId', actions: 'keepTokens' },
        ],
        onError: { target: 'signInFailed', actions: 'keepError' },
      },
    },
    signInFailed: {
      description: 'The user pool refused the sign-in or the sign-up; the form shows the AWS error.',
      meta: screen('identityStart'),
      on: {
        'form.change': { target: 'start', actions: 'changeForm' },
        'form.submit': { target: 'signingIn' },
        'signUp.submit': { target: 'signingUp' },
        'signIn.cancel': { guard: 'isGuest', target: 'held' },
      },
    },
    ...signUpStates,
    gettingId: {
      description:
        'Step 2: GetId asks the identity pool for an IdentityId: with the ID token in Logins under the user pool’s provider name, or with no Logins for a guest.',
      meta: screen('identityStart'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getId',
        src: 'getId',
        input: ({ context }) => {
          const logins = loginsOf(context);
          return { IdentityPoolId: context.setup.identityPoolId ?? '', ...(logins ? { Logins: logins } : {}) };
        },
        onDone: { target: 'gettingCredentials', actions: 'keepIdentity' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    gettingCredentials: {
      description:
        'Step 3: GetCredentialsForIdentity: the identity pool checks the Logins, chooses the role, and calls STS AssumeRoleWithWebIdentity itself; a guest’s session is scoped down by session policies. A guest identity given new Logins is linked to the login, or merged into the identity that already owns it.',
      meta: screen('identityStart'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getCredentialsForIdentity',
        src: 'getCredentialsForIdentity',
        input: ({ context }) => {
          const logins = loginsOf(context);
          return { IdentityId: context.identityId ?? '', ...(logins ? { Logins: logins } : {}) };
        },
        onDone: { target: 'held', actions: 'keepCredentials' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    refreshingTokens: {
      description:
        'Before fresh credentials, fresh tokens: the ID token in Logins lasts an hour too, so the app first calls InitiateAuth with REFRESH_TOKEN_AUTH.',
      meta: screen('identity'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'initiateAuth',
        src: 'initiateAuth',
        input: ({ context }) => ({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: context.setup.clientId ?? '',
          AuthParameters: { REFRESH_TOKEN: context.tokens?.RefreshToken ?? '' },
        }),
        onDone: { target: 'gettingCredentials', actions: 'keepTokens' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    held: heldState,
    failed: {
      description:
        'The identity pool, STS or the user pool refused (guests not allowed, a role that does not trust the pool, an invalid login…); the app shows the AWS error.',
      meta: screen('identityStart'),
      on: { 'app.signOut': { target: 'start', actions: 'forgetAll' } },
    },
  },
});
