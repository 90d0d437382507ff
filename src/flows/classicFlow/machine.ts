/**
 * The basic (classic) flow, step by step: GetId, GetOpenIdToken (the identity pool's token for the identity), then STS
 * AssumeRoleWithWebIdentity with the role the app names. STS evaluates the role's trust policy against the token, so a
 * trust policy whose `aud` or `amr` does not match is refused; the developer can break and restore it
 * (UpdateAssumeRolePolicy). The pool allows the classic flow and has no RoleMappings: the app chooses the role.
 */
import { screen } from '../machineKit';
import { CLASSIC_SESSION_NAME, classicSetup, trustRequest, type TrustEdit } from './setup';

export type { ClassicContext, ClassicEvent } from './setup';

const edit = (which: TrustEdit) => ({ target: '#classicFlow.editingTrust', actions: { type: 'planTrust', params: { edit: which } } }) as const;
/** The developer may edit the trust policy whenever the app waits. */
const trustEvents = { 'trust.wrongAmr': edit('wrongAmr'), 'trust.wrongAud': edit('wrongAud'), 'trust.restore': edit('restore') } as const;

export const classicMachine = classicSetup.createMachine({
  id: 'classicFlow',
  description: 'The basic flow: the app gets an OpenID token from the identity pool and exchanges it at STS for the role’s credentials.',
  context: ({ input }) => ({ setup: input.setup, form: {} }),
  initial: 'idle',
  states: {
    idle: {
      description: 'The app has no identity yet.',
      meta: screen('classicFlow'),
      on: { 'classic.getId': { target: 'gettingId' }, ...trustEvents },
    },
    gettingId: {
      description: 'GetId without Logins: the identity pool hands the app a guest IdentityId.',
      meta: screen('classicFlow'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getId',
        src: 'getId',
        input: ({ context }) => ({ IdentityPoolId: context.setup.identityPoolId ?? '' }),
        onDone: { target: 'identified', actions: 'keepIdentity' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    identified: {
      description: 'The app holds an IdentityId; next it asks for the identity’s OpenID token.',
      meta: screen('classicFlow'),
      on: { 'classic.getOpenIdToken': { target: 'gettingToken' }, ...trustEvents },
    },
    gettingToken: {
      description:
        'GetOpenIdToken: the identity pool signs an OpenID token for the identity (aud the pool, sub the identity, amr unauthenticated), valid ten minutes.',
      meta: screen('classicFlow'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'getOpenIdToken',
        src: 'getOpenIdToken',
        input: ({ context }) => ({ IdentityId: context.identityId ?? '' }),
        onDone: { target: 'tokenHeld', actions: 'keepToken' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    tokenHeld: {
      description: 'The app holds the OpenID token; it chooses the role itself and asks STS for its credentials.',
      meta: screen('classicFlow'),
      on: { 'classic.assumeRole': { target: 'assumingRole' }, ...trustEvents },
    },
    assumingRole: {
      description:
        'STS AssumeRoleWithWebIdentity (unsigned): STS verifies the token and evaluates the role’s trust policy, whose conditions compare the token’s aud and amr.',
      meta: screen('classicFlow'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'assumeRoleWithWebIdentity',
        src: 'assumeRoleWithWebIdentity',
        input: ({ context }) => ({ RoleArn: context.setup.guestRoleArn ?? '', RoleSessionName: CLASSIC_SESSION_NAME, WebIdentityToken: context.token ?? '' }),
        onDone: { target: 'credentialsHeld', actions: 'keepCredentials' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    credentialsHeld: {
      description: 'STS issued credentials for the role session (assumed-role/<role>/article-app); no scope-down is added in the basic flow.',
      meta: screen('classicFlow'),
      on: {
        'classic.syncList': { target: 'syncListing' },
        'classic.assumeRole': { target: 'assumingRole' },
        'classic.restart': { target: 'idle', actions: 'forgetAll' },
        ...trustEvents,
      },
    },
    syncListing: {
      description: 'The app signs Cognito Sync ListRecords with the credentials; the article’s guest policy allows cognito-sync:*.',
      meta: screen('classicFlow'),
      tags: ['busy'],
      invoke: {
        id: 'signedRequest',
        src: 'signedRequest',
        input: ({ context }) => ({
          credentials: context.credentials!,
          request: { action: 'ListRecords', identityPoolId: context.setup.identityPoolId ?? '', identityId: context.identityId ?? '', dataset: 'settings' },
        }),
        onDone: { target: 'credentialsHeld', actions: 'keepAnswer' },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    editingTrust: {
      description: 'The developer replaces the guest role’s trust policy with IAM UpdateAssumeRolePolicy.',
      meta: screen('developer'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'updateAssumeRolePolicy',
        src: 'updateAssumeRolePolicy',
        input: ({ context }) => trustRequest(context.setup, context.trustEdit ?? 'restore'),
        onDone: [
          { guard: 'hasCredentials', target: 'credentialsHeld', actions: 'keepTrust' },
          { guard: 'hasToken', target: 'tokenHeld', actions: 'keepTrust' },
          { target: 'idle', actions: 'keepTrust' },
        ],
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    failed: {
      description: 'The identity pool or STS refused (a trust policy that does not match the token: AccessDenied); the app shows the AWS error.',
      meta: screen('classicFlow'),
      on: {
        'classic.assumeRole': { guard: 'hasToken', target: 'assumingRole' },
        'classic.restart': { target: 'idle', actions: 'forgetAll' },
        ...trustEvents,
      },
    },
  },
});
