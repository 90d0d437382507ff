/**
 * The four-kinds flow's vocabulary: context, events, actors, guards and actions. The learner picks a kind of user; the
 * app signs that user in (a guest does not), gets an identity and its credentials, and tries the same list of requests.
 */
import { decodeJwt } from 'jose';
import { assign, setup } from 'xstate';
import { placeholders } from '../cloudActors';
import { identityPlaceholders } from '../identityActors';
import type { GetCredentialsForIdentityResponse, GetIdResponse, HeldCredentials, Logins, SignedAnswer } from '../identityWire';
import { errorOf, type StateMeta } from '../machineKit';
import type { FlowError } from '../types';
import type { AuthResponse } from '../wire';
import { FOUR_KINDS_ACTIONS, resultOf, type ActionResult } from './actionList';
import type { FourKindsSetup, Kind } from './kinds';

/** What the ID token says about roles: read by the identity pool's role mapping. */
export interface RoleClaims {
  preferredRole?: string;
  roles?: string[];
  groups?: string[];
  plan?: string;
}

export interface FourKindsContext {
  setup: FourKindsSetup;
  kind?: Kind;
  idToken?: string;
  claims?: RoleClaims;
  identityId?: string;
  credentials?: HeldCredentials;
  /** Which action of FOUR_KINDS_ACTIONS is being tried. */
  cursor: number;
  /** The answer to each action tried, by its id. */
  results: Record<string, ActionResult>;
  error?: FlowError;
}

export type FourKindsEvent = { type: 'kind.choose'; kind: Kind } | { type: 'actions.run' } | { type: 'kind.change' };

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;

/** The role claims of an ID token; nothing when the token cannot be decoded. */
export function roleClaimsOf(token: string | undefined): RoleClaims {
  if (!token) return {};
  try {
    const claims = decodeJwt(token);
    const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : undefined);
    const out: RoleClaims = {};
    if (typeof claims['cognito:preferred_role'] === 'string') out.preferredRole = claims['cognito:preferred_role'];
    const roles = list(claims['cognito:roles']);
    if (roles) out.roles = roles;
    const groups = list(claims['cognito:groups']);
    if (groups) out.groups = groups;
    if (typeof claims['custom:plan'] === 'string') out.plan = claims['custom:plan'];
    return out;
  } catch {
    return {};
  }
}

/** The Logins the identity pool needs: the user pool's ID token under its provider name; none for a guest. */
export const loginsOf = (context: FourKindsContext): Logins | undefined => (context.idToken ? { [context.setup.providerName]: context.idToken } : undefined);

export const fourKindsSetup = setup({
  types: {
    context: {} as FourKindsContext,
    events: {} as FourKindsEvent,
    input: {} as { setup: FourKindsSetup },
    meta: {} as StateMeta,
  },
  actors: {
    initiateAuth: placeholders.initiateAuth,
    getId: identityPlaceholders.getId,
    getCredentialsForIdentity: identityPlaceholders.getCredentialsForIdentity,
    signedRequest: identityPlaceholders.signedRequest,
  },
  guards: {
    isGuest: ({ event }) => event.type === 'kind.choose' && event.kind === 'guest',
    isLastAction: ({ context }) => context.cursor >= FOUR_KINDS_ACTIONS.length - 1,
  },
  actions: {
    chooseKind: assign({
      kind: ({ event }) => (event.type === 'kind.choose' ? event.kind : undefined),
      idToken: undefined,
      claims: undefined,
      identityId: undefined,
      credentials: undefined,
      results: () => ({}),
      cursor: 0,
      error: undefined,
    }),
    forgetKind: assign({
      kind: undefined,
      idToken: undefined,
      claims: undefined,
      identityId: undefined,
      credentials: undefined,
      results: () => ({}),
      cursor: 0,
      error: undefined,
    }),
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    keepIdToken: assign(({ event }) => {
      const token = outputOf<AuthResponse>(event).AuthenticationResult?.IdToken;
      return { idToken: token, claims: roleClaimsOf(token) };
    }),
    keepIdentityId: assign({ identityId: ({ event }) => outputOf<GetIdResponse>(event).IdentityId }),
    keepCredentials: assign({
      credentials: ({ event }) => {
        const { Credentials } = outputOf<GetCredentialsForIdentityResponse>(event);
        return {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
        };
      },
    }),
    startRun: assign({ cursor: 0, results: () => ({}) }),
    keepResult: assign(({ context, event }) => {
      const action = FOUR_KINDS_ACTIONS[context.cursor]!;
      return { results: { ...context.results, [action.id]: resultOf(action.id, outputOf<SignedAnswer>(event)) }, cursor: context.cursor + 1 };
    }),
  },
});
