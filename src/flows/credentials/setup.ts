/**
 * The credentials flow's vocabulary: context, events, actors, guards and actions, shared by `machine.ts` and the
 * held-credentials part (`held.ts`). The app gets an identity from the identity pool (as a guest, or signed in to the
 * user pool), exchanges it for AWS credentials, and signs requests to S3, Cognito Sync and IAM with them.
 */
import { assign, setup } from 'xstate';
import { placeholders } from '../cloudActors';
import { identityPlaceholders } from '../identityActors';
import type { AppRequest, GetCredentialsForIdentityResponse, HeldCredentials, Logins, SignedAnswer } from '../identityWire';
import { changedForm, errorOf, type StateMeta } from '../machineKit';
import type { FlowError, FormChangeEvent, ScenarioSetup } from '../types';
import type { AuthResponse, CodeDeliveryDetails, Tokens } from '../wire';
import { appRequest, DEVELOPER_CHANGES, SYNC_RECORD, type DeveloperChange, type PlannedRequest } from './requests';

/** What became of the guest's identity when they signed in: the login linked to it, or merged into the login's owner. */
export interface LinkOutcome {
  kind: 'linked' | 'merged';
  guestIdentityId: string;
  /** The identity the app now holds: the guest's own when linked, the login's owner when merged. */
  survivor: string;
}

export interface CredentialsContext {
  setup: ScenarioSetup;
  /** Fields: `username`, `password`, `code` (a sign-up's confirmation code). */
  form: Record<string, string>;
  error?: FlowError;
  /** Where SignUp sent the confirmation code. */
  codeDelivery?: CodeDeliveryDetails;
  /** The user pool's tokens once signed in. */
  tokens?: Tokens;
  identityId?: string;
  credentials?: HeldCredentials;
  /** Whose credentials the app holds: a guest's (the unauthenticated role) or a signed-in user's. */
  holder?: 'guest' | 'signedIn';
  link?: LinkOutcome;
  /** The request being sent, and the last answer. */
  request?: AppRequest;
  answer?: SignedAnswer;
  /** The IAM change the developer is making, then the last one made, in words. */
  pendingChange?: DeveloperChange;
  developerChange?: string;
}

export type CredentialsEvent =
  | FormChangeEvent
  | { type: 'form.submit' }
  | { type: 'signUp.submit' }
  | { type: 'guest.start' }
  | { type: 'signIn.start' }
  | { type: 'signIn.cancel' }
  | { type: 'notes.put' }
  | { type: 'notes.get' }
  | { type: 'notes.list' }
  | { type: 'notes.putOther' }
  | { type: 'notes.getOther' }
  | { type: 'sync.write' }
  | { type: 'roles.list' }
  | { type: 'credentials.refresh' }
  | { type: 'developer.allowOwnNotes' }
  | { type: 'developer.allowIamForGuests' }
  | { type: 'developer.freezeNotes' }
  | { type: 'app.signOut' };

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;

/** The ID token under the user pool's provider name, once signed in. */
export function loginsOf(context: CredentialsContext): Logins | undefined {
  return context.tokens && context.setup.providerName ? { [context.setup.providerName]: context.tokens.IdToken } : undefined;
}

function tokensFrom(response: AuthResponse, previous?: Tokens): Tokens | undefined {
  const result = response.AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken) return previous;
  const refresh = result.RefreshToken ?? previous?.RefreshToken;
  return { IdToken: result.IdToken, AccessToken: result.AccessToken, ...(refresh ? { RefreshToken: refresh } : {}) };
}

export const credentialsSetup = setup({
  types: {
    context: {} as CredentialsContext,
    events: {} as CredentialsEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: {
    initiateAuth: placeholders.initiateAuth,
    signUp: placeholders.signUp,
    confirmSignUp: placeholders.confirmSignUp,
    getId: identityPlaceholders.getId,
    getCredentialsForIdentity: identityPlaceholders.getCredentialsForIdentity,
    putRolePolicy: identityPlaceholders.putRolePolicy,
    signedRequest: identityPlaceholders.signedRequest,
  },
  guards: {
    /** Signed in to the user pool: fresh credentials need fresh tokens first (the ID token lasts an hour). */
    isSignedIn: ({ context }) => context.tokens !== undefined,
    /** The app already holds a guest identity, whose login the sign-in will link (or merge). */
    hasGuestIdentity: ({ context }) => context.holder === 'guest' && context.identityId !== undefined,
    hasNoIdentity: ({ context }) => context.identityId === undefined,
    isGuest: ({ context }) => context.holder === 'guest',
    /** The last signed request was answered 2xx (ListRecords before UpdateRecords). */
    answeredOk: ({ event }) => outputOf<SignedAnswer>(event).ok,
  },
  actions: {
    changeForm: assign({ form: ({ context, event }) => (event.type === 'form.change' ? changedForm(context.form, event) : context.form) }),
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    keepTokens: assign({ tokens: ({ context, event }) => tokensFrom(outputOf<AuthResponse>(event), context.tokens) }),
    keepIdentity: assign({ identityId: ({ event }) => outputOf<{ IdentityId: string }>(event).IdentityId }),
    keepCredentials: assign(({ context, event }) => {
      const { IdentityId, Credentials } = outputOf<GetCredentialsForIdentityResponse>(event);
      const signedIn = context.tokens !== undefined;
      const wasGuest = context.holder === 'guest' && context.identityId !== undefined;
      return {
        identityId: IdentityId,
        credentials: {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
        },
        holder: signedIn ? ('signedIn' as const) : ('guest' as const),
        link:
          signedIn && wasGuest
            ? {
                kind: IdentityId === context.identityId ? ('linked' as const) : ('merged' as const),
                guestIdentityId: context.identityId!,
                survivor: IdentityId,
              }
            : context.link,
      };
    }),
    planRequest: assign(({ context }, params: PlannedRequest) => ({ request: appRequest(context, params), answer: undefined })),
    keepAnswer: assign({ answer: ({ event }) => outputOf<SignedAnswer>(event) }),
    /** After ListRecords, UpdateRecords with its SyncSessionToken and the record's current SyncCount. */
    planSyncUpdate: assign(({ context, event }) => {
      const json = outputOf<SignedAnswer>(event).json ?? {};
      const records = (json['Records'] ?? []) as { Key?: string; SyncCount?: number }[];
      const syncCount = records.find((r) => r.Key === SYNC_RECORD)?.SyncCount ?? 0;
      return { request: appRequest(context, { kind: 'syncUpdate', syncSessionToken: String(json['SyncSessionToken'] ?? ''), syncCount }) };
    }),
    planChange: assign((_, params: { change: DeveloperChange }) => ({ pendingChange: params.change })),
    keepChange: assign(({ context }) => ({
      developerChange: context.pendingChange ? DEVELOPER_CHANGES[context.pendingChange] : undefined,
      pendingChange: undefined,
    })),
    forgetAll: assign({
      tokens: undefined,
      identityId: undefined,
      credentials: undefined,
      holder: undefined,
      link: undefined,
      request: undefined,
      answer: undefined,
      error: undefined,
    }),
  },
});
