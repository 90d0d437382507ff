/**
 * The article's four kinds of user (administrator, premium user, authenticated user, guest) as one app: the learner picks
 * a kind; the app signs that user in to the user pool (InitiateAuth; a guest skips it), asks the identity pool for an
 * identity (GetId) and credentials (GetCredentialsForIdentity, whose role the pool's role mapping chooses), then tries the
 * same requests with them, keeping each answer.
 */
import { screen } from '../machineKit';
import { FOUR_KINDS_ACTIONS } from './actionList';
import { fourKindsSetup, loginsOf } from './setup';

export type { FourKindsContext, FourKindsEvent } from './setup';

const backToChoosing = { 'kind.change': { target: '#fourKinds.choosing', actions: 'forgetKind' } } as const;

export const fourKindsMachine = fourKindsSetup.createMachine({
  id: 'fourKinds',
  description: 'Four kinds of user get four roles from one identity pool, and try the same requests with the credentials.',
  context: ({ input }) => ({ setup: input.setup, cursor: 0, results: {} }),
  initial: 'choosing',
  states: {
    choosing: {
      description: 'The learner picks who uses the app: an administrator, a premium user, an authenticated user or a guest.',
      meta: screen('fourKindsChoose'),
      on: {
        'kind.choose': [
          { guard: 'isGuest', target: 'gettingId', actions: 'chooseKind' },
          { target: 'signingIn', actions: 'chooseKind' },
        ],
      },
    },
    signingIn: {
      description: "The app signs the user in to the user pool (InitiateAuth, USER_PASSWORD_AUTH); the ID token carries the user's groups and roles.",
      meta: screen('fourKindsChoose'),
      tags: ['busy'],
      invoke: {
        id: 'initiateAuth',
        src: 'initiateAuth',
        input: ({ context }) => {
          const user = context.kind && context.kind !== 'guest' ? context.setup.users[context.kind] : undefined;
          return {
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: context.setup.clientId,
            AuthParameters: { USERNAME: user?.username ?? '', PASSWORD: user?.password ?? '' },
          };
        },
        onDone: { target: 'gettingId', actions: 'keepIdToken' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    gettingId: {
      description: 'GetId: the identity pool gives the user (or the guest, without Logins) an identity id.',
      meta: screen('fourKindsChoose'),
      tags: ['busy'],
      invoke: {
        id: 'getId',
        src: 'getId',
        input: ({ context }) => {
          const Logins = loginsOf(context);
          return { IdentityPoolId: context.setup.identityPoolId, ...(Logins ? { Logins } : {}) };
        },
        onDone: { target: 'gettingCredentials', actions: 'keepIdentityId' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    gettingCredentials: {
      description:
        "GetCredentialsForIdentity: the pool's role mapping picks the role (by the token's cognito:preferred_role, or by rules on its claims), and Cognito assumes it.",
      meta: screen('fourKindsChoose'),
      tags: ['busy'],
      invoke: {
        id: 'getCredentialsForIdentity',
        src: 'getCredentialsForIdentity',
        input: ({ context }) => {
          const Logins = loginsOf(context);
          return { IdentityId: context.identityId ?? '', ...(Logins ? { Logins } : {}) };
        },
        onDone: { target: 'ready', actions: 'keepCredentials' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    ready: {
      description: "The app holds the role's credentials; the same requests wait to be tried.",
      meta: screen('fourKindsActions'),
      on: { 'actions.run': { target: 'running', actions: 'startRun' }, ...backToChoosing },
    },
    running: {
      description: 'The app signs one request after another with the credentials; each answer is the role’s real decision.',
      meta: screen('fourKindsActions'),
      tags: ['busy'],
      invoke: {
        id: 'signedRequest',
        src: 'signedRequest',
        input: ({ context }) => {
          const action = FOUR_KINDS_ACTIONS[context.cursor]!;
          return { credentials: context.credentials!, request: action.request(context.setup, context.identityId ?? ''), region: context.setup.region };
        },
        onDone: [
          { guard: 'isLastAction', target: 'ran', actions: 'keepResult' },
          { target: 'running', reenter: true, actions: 'keepResult' },
        ],
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    ran: {
      description: 'Every request has its answer: allowed, or denied with AWS’s code and the reason in its message.',
      meta: screen('fourKindsActions'),
      on: { 'actions.run': { target: 'running', actions: 'startRun' }, ...backToChoosing },
    },
    failed: {
      description: 'A call failed (the sign-in, the identity pool, or a request that got no answer); the app shows the AWS error.',
      meta: screen('fourKindsChoose'),
      on: {
        'kind.choose': [
          { guard: 'isGuest', target: 'gettingId', actions: 'chooseKind' },
          { target: 'signingIn', actions: 'chooseKind' },
        ],
        ...backToChoosing,
      },
    },
  },
});
