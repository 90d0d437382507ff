/**
 * The basic (classic) flow's vocabulary: the app itself exchanges the identity pool's OpenID token for a role's
 * credentials at STS, so the role's trust policy decides (`aud` the identity pool, `amr` authenticated or unauthenticated).
 */
import { assign, setup } from 'xstate';
import { cognitoTrustPolicy } from '../../engine';
import { identityPlaceholders } from '../identityActors';
import type { AssumeRoleWithWebIdentityResponse, HeldCredentials, SignedAnswer, UpdateAssumeRolePolicyRequest } from '../identityWire';
import { errorOf, type StateMeta } from '../machineKit';
import type { FlowError, ScenarioSetup } from '../types';

/** How the developer leaves the guest role's trust policy: Cognito's own, or one that no guest token matches. */
export type TrustEdit = 'restore' | 'wrongAmr' | 'wrongAud';

/** An identity pool id that is not this one: the trust policy's `aud` then matches no token of this pool. */
export const OTHER_POOL_ID = 'us-east-1:00000000-0000-4000-8000-000000000000';
/** The session name the app gives its role session. */
export const CLASSIC_SESSION_NAME = 'article-app';

export interface ClassicContext {
  setup: ScenarioSetup;
  form: Record<string, string>;
  error?: FlowError;
  identityId?: string;
  /** The identity pool's OpenID token (GetOpenIdToken). */
  token?: string;
  credentials?: HeldCredentials;
  assumedRoleArn?: string;
  trustEdit?: TrustEdit;
  /** The trust policy the developer last set, in words. */
  trust?: string;
  answer?: SignedAnswer;
}

export type ClassicEvent =
  | { type: 'classic.getId' }
  | { type: 'classic.getOpenIdToken' }
  | { type: 'classic.assumeRole' }
  | { type: 'classic.syncList' }
  | { type: 'classic.restart' }
  | { type: 'trust.wrongAmr' }
  | { type: 'trust.wrongAud' }
  | { type: 'trust.restore' };

const TRUST_WORDS: Record<TrustEdit, string> = {
  restore: 'Cognito’s trust policy: aud is this identity pool, amr is unauthenticated.',
  wrongAmr: 'amr must be authenticated: a guest’s token (amr unauthenticated) no longer matches.',
  wrongAud: `aud must be ${OTHER_POOL_ID}: a token of this identity pool no longer matches.`,
};

/** UpdateAssumeRolePolicy on the guest role, as the developer. */
export function trustRequest(setup: ScenarioSetup, edit: TrustEdit): UpdateAssumeRolePolicyRequest {
  const pool = setup.identityPoolId ?? '';
  const document =
    edit === 'wrongAmr' ? cognitoTrustPolicy(pool, 'authenticated') : cognitoTrustPolicy(edit === 'wrongAud' ? OTHER_POOL_ID : pool, 'unauthenticated');
  return { RoleName: setup.guestRoleName ?? '', PolicyDocument: JSON.stringify(document) };
}

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;

export const classicSetup = setup({
  types: {
    context: {} as ClassicContext,
    events: {} as ClassicEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: {
    getId: identityPlaceholders.getId,
    getOpenIdToken: identityPlaceholders.getOpenIdToken,
    assumeRoleWithWebIdentity: identityPlaceholders.assumeRoleWithWebIdentity,
    updateAssumeRolePolicy: identityPlaceholders.updateAssumeRolePolicy,
    signedRequest: identityPlaceholders.signedRequest,
  },
  guards: {
    hasToken: ({ context }) => context.token !== undefined,
    hasCredentials: ({ context }) => context.credentials !== undefined,
  },
  actions: {
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    keepIdentity: assign({ identityId: ({ event }) => outputOf<{ IdentityId: string }>(event).IdentityId }),
    keepToken: assign({ token: ({ event }) => outputOf<{ Token: string }>(event).Token }),
    keepCredentials: assign(({ event }) => {
      const { Credentials, AssumedRoleUser } = outputOf<AssumeRoleWithWebIdentityResponse>(event);
      return {
        credentials: {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
        },
        assumedRoleArn: AssumedRoleUser.Arn,
      };
    }),
    planTrust: assign((_, params: { edit: TrustEdit }) => ({ trustEdit: params.edit })),
    keepTrust: assign(({ context }) => ({ trust: TRUST_WORDS[context.trustEdit ?? 'restore'], trustEdit: undefined })),
    keepAnswer: assign({ answer: ({ event }) => outputOf<SignedAnswer>(event) }),
    forgetAll: assign({ identityId: undefined, token: undefined, credentials: undefined, assumedRoleArn: undefined, answer: undefined, error: undefined }),
  },
});
