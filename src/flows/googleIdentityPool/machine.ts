/**
 * An identity pool with a social token, without a user pool: the app sends the browser to Google, the learner signs in and
 * allows the app, Google sends the browser back to http://localhost with its ID token in the fragment; the app gives that
 * token to the identity pool as the login `accounts.google.com` (GetId, GetCredentialsForIdentity: the enhanced flow, in
 * which Cognito assumes the role at STS itself; or GetOpenIdToken and STS AssumeRoleWithWebIdentity: the basic flow), and
 * signs S3 requests with the credentials: one the role allows, one it does not.
 */
import { screen } from '../machineKit';
import { APP_URLS, BASIC_SESSION_NAME, googleIdentityPoolSetup, type S3Try } from './setup';

const APP = screen('googleSignIn');
const BROWSER = screen('googleBrowser');
const IDENTITY = screen('googleIdentity');

const browserEvents = {
  'browser.navigate': { target: '#googleIdentityPool.browserLoading', actions: 'planBrowse' },
  'browser.submit': { target: '#googleIdentityPool.browserLoading', actions: 'planBrowse' },
  'browser.back': { target: '#googleIdentityPool.browserLoading', actions: 'planBrowse' },
} as const;
const signIn = { 'google.signIn': { target: '#googleIdentityPool.browserLoading', actions: 'planSignIn' } } as const;
const signOut = { 'app.signOut': { target: '#googleIdentityPool.signedOut', actions: 'forgetAll' } } as const;
const tryS3 = (which: S3Try) => ({ target: '#googleIdentityPool.requesting', actions: { type: 'planS3', params: { which } } }) as const;

export const googleIdentityPoolMachine = googleIdentityPoolSetup.createMachine({
  id: 'googleIdentityPool',
  description: 'A browser app signs in with Google and trades Google’s ID token at an identity pool for AWS credentials: no user pool involved.',
  context: ({ input }) => ({ setup: input.setup, form: {} }),
  initial: 'signedOut',
  states: {
    signedOut: {
      description: 'The app has no token and no credentials; it offers “Sign in with Google”.',
      meta: APP,
      on: signIn,
    },
    browserLoading: {
      description: 'The browser sends the request and follows the redirects hop by hop, keeping the cookies Google sets.',
      meta: BROWSER,
      tags: ['busy'],
      invoke: {
        id: 'browse',
        src: 'browse',
        input: ({ context }) => ({ browser: context.browser, request: context.pending ?? { kind: 'back' }, settings: APP_URLS }),
        onDone: [
          { guard: 'callbackFailed', target: 'callbackRefused', actions: ['keepBrowser', 'keepCallbackError'] },
          { guard: 'landed', target: 'googleTokenHeld', actions: ['keepBrowser', 'keepGoogleToken'] },
          { target: 'browsing', actions: 'keepBrowser' },
        ],
        onError: { target: 'browsing', actions: 'keepError' },
      },
    },
    browsing: {
      description: 'The browser shows one of Google’s pages: the sign-in page, then the consent page.',
      meta: BROWSER,
      on: { ...browserEvents, ...signIn },
    },
    callbackRefused: {
      description: 'Google sent the browser back with an error (or with a state or nonce the app never sent): the app shows it and holds no token.',
      meta: BROWSER,
      on: { ...browserEvents, ...signIn },
    },
    googleTokenHeld: {
      description:
        'The app read Google’s ID token from the fragment of http://localhost (iss accounts.google.com, aud the app’s Google client id, sub the Google account) and checked its state and nonce.',
      meta: IDENTITY,
      on: { 'idpool.getId': { target: 'gettingId' }, ...signIn, ...signOut },
    },
    gettingId: {
      description:
        'GetId with Logins {"accounts.google.com": the ID token}: the identity pool verifies the token against Google’s keys, and its aud against SupportedLoginProviders, then finds or makes the identity for that Google account.',
      meta: IDENTITY,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getId',
        src: 'getId',
        input: ({ context }) => ({ IdentityPoolId: context.setup.identityPoolId ?? '', Logins: { 'accounts.google.com': context.googleIdToken ?? '' } }),
        onDone: { target: 'identified', actions: 'keepIdentity' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    identified: {
      description: 'The app holds the IdentityId; it asks for credentials (the enhanced flow) or for the identity pool’s OpenID token (the basic flow).',
      meta: IDENTITY,
      on: { 'idpool.getCredentials': { target: 'gettingCredentials' }, 'idpool.getOpenIdToken': { target: 'gettingOpenIdToken' }, ...signOut },
    },
    gettingCredentials: {
      description:
        'GetCredentialsForIdentity with the same login: the identity pool picks the authenticated role and assumes it at STS with its own OpenID token (amr authenticated, accounts.google.com), so the role’s trust policy decides.',
      meta: IDENTITY,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getCredentialsForIdentity',
        src: 'getCredentialsForIdentity',
        input: ({ context }) => ({ IdentityId: context.identityId ?? '', Logins: { 'accounts.google.com': context.googleIdToken ?? '' } }),
        onDone: { target: 'credentialsHeld', actions: 'keepEnhancedCredentials' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    gettingOpenIdToken: {
      description: 'The basic flow: GetOpenIdToken with the login; the identity pool signs a token for the identity (aud the pool, amr authenticated).',
      meta: IDENTITY,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getOpenIdToken',
        src: 'getOpenIdToken',
        input: ({ context }) => ({ IdentityId: context.identityId ?? '', Logins: { 'accounts.google.com': context.googleIdToken ?? '' } }),
        onDone: { target: 'openIdTokenHeld', actions: 'keepOpenIdToken' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    openIdTokenHeld: {
      description: 'The app holds the identity pool’s OpenID token; it names the role itself at STS.',
      meta: IDENTITY,
      on: { 'token.exchange': { target: 'assumingRole' }, 'idpool.getCredentials': { target: 'gettingCredentials' }, ...signOut },
    },
    assumingRole: {
      description:
        'STS AssumeRoleWithWebIdentity (unsigned) with the OpenID token: STS checks it and the role’s trust policy (aud the pool, amr authenticated).',
      meta: IDENTITY,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'assumeRoleWithWebIdentity',
        src: 'assumeRoleWithWebIdentity',
        input: ({ context }) => ({
          RoleArn: context.setup.authRoleArn ?? '',
          RoleSessionName: BASIC_SESSION_NAME,
          WebIdentityToken: context.openIdToken ?? '',
        }),
        onDone: { target: 'credentialsHeld', actions: 'keepBasicCredentials' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    credentialsHeld: {
      description: 'The app holds temporary AWS credentials for the role; it signs S3 requests with them, and IAM judges each by the role’s policy.',
      meta: IDENTITY,
      on: { 'notes.putOwn': tryS3('putOwn'), 'notes.listAll': tryS3('listAll'), ...signOut },
    },
    requesting: {
      description: 'The app signs the S3 request with SigV4 and the session token; S3 checks the signature, then IAM evaluates the role’s policy.',
      meta: IDENTITY,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'signedRequest',
        src: 'signedRequest',
        input: ({ context }) => ({
          credentials: context.credentials!,
          request: context.request!,
          ...(context.setup.region ? { region: context.setup.region } : {}),
        }),
        onDone: { target: 'credentialsHeld', actions: 'keepAnswer' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    failed: {
      description: 'The identity pool, STS or S3 refused, or gave no answer: the app shows the AWS error.',
      meta: IDENTITY,
      on: {
        'idpool.getId': { guard: 'hasGoogleToken', target: 'gettingId' },
        'idpool.getCredentials': { guard: 'hasIdentity', target: 'gettingCredentials' },
        ...signIn,
        ...signOut,
      },
    },
  },
});
