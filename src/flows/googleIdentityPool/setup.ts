/**
 * The googleIdentityPool flow's vocabulary: a single-page app that signs in with Google in the simulated browser
 * (OpenID Connect's `response_type=id_token`, with a nonce), then hands Google's ID token straight to an identity pool
 * (GetId, then GetCredentialsForIdentity; or the basic flow's GetOpenIdToken and STS), and uses the credentials on S3.
 * No user pool takes part.
 */
import { assign, fromPromise, setup, type PromiseActorLogic } from 'xstate';
import { identityPlaceholders } from '../identityActors';
import type { AppRequest, AssumeRoleWithWebIdentityResponse, GetCredentialsForIdentityResponse, HeldCredentials, SignedAnswer } from '../identityWire';
import { errorOf, type StateMeta } from '../machineKit';
import type { FlowError, ScenarioSetup } from '../types';
import type { AppUrls } from '../hostedUi/oauth';
import type { BrowseOutput, BrowseRequest } from '../hostedUi/setup';
import { callbackIdToken, callbackProblem, planGoogleSignIn, type GoogleApp } from './plans';
import { GOOGLE_APP_URL } from './scenario';

/** The app's one address: Google's redirect back to it ends the browser's part. */
export const APP_URLS: AppUrls = { callbackUrl: GOOGLE_APP_URL, signOutUrl: '' };

/** The session name the app gives its role session in the basic flow. */
export const BASIC_SESSION_NAME = 'photo-notes-app';

/** The app's S3 requests: one its role allows, one it does not. */
export type S3Try = 'putOwn' | 'listAll';

export interface GoogleIdentityPoolContext extends GoogleApp {
  setup: ScenarioSetup;
  form: Record<string, string>;
  browser?: unknown;
  pending?: BrowseRequest;
  /** The URL Google sent the browser back to, as the app received it. */
  callback?: string;
  /** Google's ID token, from the callback's fragment: what the app gives the identity pool as its login. */
  googleIdToken?: string;
  identityId?: string;
  /** The identity pool's OpenID token (the basic flow). */
  openIdToken?: string;
  credentials?: HeldCredentials;
  /** How the credentials came: Cognito assumed the role (enhanced), or the app did at STS (basic). */
  via?: 'enhanced' | 'basic';
  assumedRoleArn?: string;
  request?: AppRequest;
  answer?: SignedAnswer;
  error?: FlowError;
}

export type GoogleIdentityPoolEvent =
  | { type: 'google.signIn' }
  | { type: 'idpool.getId' }
  | { type: 'idpool.getCredentials' }
  | { type: 'idpool.getOpenIdToken' }
  | { type: 'token.exchange' }
  | { type: 'notes.putOwn' }
  | { type: 'notes.listAll' }
  | { type: 'app.signOut' }
  | { type: 'browser.navigate'; url: string }
  | { type: 'browser.submit'; button: string; values?: Record<string, string> }
  | { type: 'browser.back' };

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;
const landedUrl = (event: unknown): string | undefined => (event as { output?: BrowseOutput }).output?.landed;

export type GoogleIdentityPoolActors = { browse: PromiseActorLogic<BrowseOutput, { browser?: unknown; request: BrowseRequest; settings: AppUrls }> };

/** The app's S3 request for a try: its own note (allowed), or a listing of the whole bucket (the role has no s3:ListBucket). */
export function s3Request(context: GoogleIdentityPoolContext, which: S3Try): AppRequest {
  const bucket = context.setup.bucket ?? '';
  if (which === 'listAll') return { action: 'ListObjectsV2', bucket };
  return { action: 'PutObject', bucket, key: `${context.identityId ?? ''}/first-note.txt`, body: 'Signed in with Google, no user pool.' };
}

export const googleIdentityPoolSetup = setup({
  types: {
    context: {} as GoogleIdentityPoolContext,
    events: {} as GoogleIdentityPoolEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: {
    browse: fromPromise<BrowseOutput, { browser?: unknown; request: BrowseRequest; settings: AppUrls }>(async () => {
      throw { code: 'NotProvided', message: 'No actor "browse" was provided to this machine.' } satisfies FlowError;
    }),
    getId: identityPlaceholders.getId,
    getCredentialsForIdentity: identityPlaceholders.getCredentialsForIdentity,
    getOpenIdToken: identityPlaceholders.getOpenIdToken,
    assumeRoleWithWebIdentity: identityPlaceholders.assumeRoleWithWebIdentity,
    signedRequest: identityPlaceholders.signedRequest,
  },
  guards: {
    landed: ({ event }) => landedUrl(event) !== undefined,
    callbackFailed: ({ context, event }) => landedUrl(event) !== undefined && callbackProblem(context, landedUrl(event)!) !== undefined,
    hasGoogleToken: ({ context }) => context.googleIdToken !== undefined,
    hasIdentity: ({ context }) => context.identityId !== undefined,
    hasOpenIdToken: ({ context }) => context.openIdToken !== undefined,
  },
  actions: {
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    // "Sign in with Google": a fresh state and nonce, and Google's authorize URL for the browser.
    planSignIn: assign(({ context }) => planGoogleSignIn(context)),
    planBrowse: assign({
      error: undefined,
      pending: ({ event }) => {
        const e = event as GoogleIdentityPoolEvent;
        if (e.type === 'browser.navigate') return { kind: 'navigate', url: e.url } as const;
        if (e.type === 'browser.submit') return { kind: 'submit', button: e.button, values: e.values ?? {} } as const;
        return { kind: 'back' } as const;
      },
    }),
    keepBrowser: assign(({ event }) => {
      const { browser, landed } = outputOf<BrowseOutput>(event);
      return { browser, pending: undefined, ...(landed ? { callback: landed } : {}) };
    }),
    keepCallbackError: assign(({ context, event }) => ({ error: callbackProblem(context, landedUrl(event) ?? '') })),
    keepGoogleToken: assign(({ event }) => ({ googleIdToken: callbackIdToken(landedUrl(event) ?? '') })),
    keepIdentity: assign({ identityId: ({ event }) => outputOf<{ IdentityId: string }>(event).IdentityId }),
    keepEnhancedCredentials: assign(({ event }) => {
      const { IdentityId, Credentials } = outputOf<GetCredentialsForIdentityResponse>(event);
      return {
        identityId: IdentityId,
        via: 'enhanced' as const,
        assumedRoleArn: undefined,
        credentials: {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
        },
      };
    }),
    keepOpenIdToken: assign(({ event }) => {
      const { IdentityId, Token } = outputOf<{ IdentityId: string; Token: string }>(event);
      return { identityId: IdentityId, openIdToken: Token };
    }),
    keepBasicCredentials: assign(({ event }) => {
      const { Credentials, AssumedRoleUser } = outputOf<AssumeRoleWithWebIdentityResponse>(event);
      return {
        via: 'basic' as const,
        assumedRoleArn: AssumedRoleUser.Arn,
        credentials: {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
        },
      };
    }),
    planS3: assign(({ context }, params: { which: S3Try }) => ({ request: s3Request(context, params.which) })),
    keepAnswer: assign({ answer: ({ event }) => outputOf<SignedAnswer>(event) }),
    // Signing out: the app forgets everything it holds; Google's own session cookie stays in the browser.
    forgetAll: assign({
      googleIdToken: undefined,
      identityId: undefined,
      openIdToken: undefined,
      credentials: undefined,
      via: undefined,
      assumedRoleArn: undefined,
      request: undefined,
      answer: undefined,
      error: undefined,
      callback: undefined,
    }),
  },
});
