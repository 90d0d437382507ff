/** The signed-in app: reading the profile with GetUser, refreshing tokens, calling your API, signing out everywhere with GlobalSignOut. */
import { assign } from 'xstate';
import { screen } from '../machineKit';
import { signInSetup } from './setup';
import { apiEvents, apiStates } from './yourApi';

const accessToken = ({ context }: { context: { tokens?: { AccessToken: string } } }) => ({ AccessToken: context.tokens?.AccessToken ?? '' });

/** What the signed-in screens offer: every one of them can load the profile, refresh, call your API or sign out. */
const actions = {
  'profile.get': { target: '.loadingProfile' },
  'tokens.refresh': { target: '.refreshing' },
  'signOut.global': { target: '.signingOut' },
  ...apiEvents,
} as const;

export const signedInState = signInSetup.createStateConfig({
  description: 'The app holds ID, access and refresh tokens for the user.',
  meta: screen('profile'),
  initial: 'idle',
  on: actions,
  states: {
    idle: {
      description: 'Signed in; the app has not asked the pool for anything yet.',
      meta: screen('profile'),
    },
    loadingProfile: {
      description: "The app calls GetUser with the access token; the pool checks the token and answers with the user's attributes.",
      meta: screen('profile'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getUser',
        src: 'getUser',
        input: accessToken,
        onDone: { target: 'profileShown', actions: assign({ profile: ({ event }) => event.output }) },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    profileShown: {
      description: 'The app shows the attributes GetUser returned.',
      meta: screen('profile'),
    },
    refreshing: {
      description: 'The app calls InitiateAuth with REFRESH_TOKEN_AUTH; the pool answers with new ID and access tokens (and no new refresh token).',
      meta: screen('profile'),
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
        onDone: { target: 'idle', actions: 'keepTokens' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    signingOut: {
      description: 'The app calls GlobalSignOut; the pool revokes every refresh token of the user and stops accepting their access tokens.',
      meta: screen('profile'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'globalSignOut',
        src: 'globalSignOut',
        input: accessToken,
        onDone: { target: '#signIn.signedOut', actions: ['keepCopyOfAccessToken', 'signedOut'] },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    ...apiStates('profile', '#signIn.signedIn.failed'),
    failed: {
      description: 'The pool refused the token (expired, revoked…); the app can try again or sign in afresh.',
      meta: screen('profile'),
      on: { 'signIn.restart': { target: '#signIn.editing', actions: 'signedOut' } },
    },
  },
});
