/**
 * The sign-in flow's vocabulary: context, events, actors, guards and actions, shared by `signInMachine.ts` and its
 * parts (`signInSignedIn.ts` for the signed-in app, `signInForgotPassword.ts` for the forgotten password).
 */
import { assign, setup } from 'xstate';
import { USER_POOL_MESSAGES as M } from '../../engine';
import { placeholders } from '../cloudActors';
import { changedForm, errorOf, type StateMeta } from '../machineKit';
import type { FlowError, FormChangeEvent, ScenarioSetup } from '../types';
import type {
  AuthResponse,
  CodeDeliveryDetails,
  GetUserResponse,
  Tokens,
  UpdateUserPoolClientRequest,
  UserPoolClientDescription,
  YourApiAnswer,
  YourApiCall,
} from '../wire';

export interface SignInContext {
  setup: ScenarioSetup;
  /** Fields: `username`, `password`, `newPassword`, `code`. */
  form: Record<string, string>;
  error?: FlowError;
  tokens?: Tokens;
  profile?: GetUserResponse;
  /** A challenge the pool asked the app to answer (NEW_PASSWORD_REQUIRED), with its Session. */
  challenge?: { name: string; session?: string; parameters: Record<string, string> };
  codeDelivery?: CodeDeliveryDetails;
  /** The app client as DescribeUserPoolClient/UpdateUserPoolClient last returned it. */
  client?: UserPoolClientDescription;
  /** The password this flow last set (new password or reset), so guided sign-ins type the right one. */
  currentPassword?: string;
  /** The call to your API being made: which token, and whether the API checks revocation. */
  apiCall?: YourApiCall;
  /** Your API's last answer. */
  apiAnswer?: YourApiAnswer;
  /**
   * A copy of the access token from before GlobalSignOut, as a cache, a log or a thief might keep one: the app has dropped
   * its tokens, and the lesson calls your API with this copy to show what it is still worth.
   */
  keptAccessToken?: string;
}

export type SignInEvent =
  | FormChangeEvent
  | { type: 'form.submit' }
  | { type: 'client.allowPasswordAuth' }
  | { type: 'profile.get' }
  | { type: 'tokens.refresh' }
  | { type: 'signOut.global' }
  | { type: 'signIn.restart' }
  | { type: 'forgot.start' }
  | { type: 'forgot.request' }
  | { type: 'forgot.confirm' }
  | { type: 'forgot.cancel' }
  | { type: 'api.call' }
  | { type: 'api.callWithIdToken' }
  | { type: 'api.callCheckingRevocation' };

/** The flows an app client needs for this app: password sign-in and refresh, plus what it already had. */
export const PASSWORD_AUTH_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

/** The members UpdateUserPoolClient accepts besides UserPoolId and ClientId (AWS's request shape). */
const UPDATABLE = [
  'ClientName',
  'RefreshTokenValidity',
  'AccessTokenValidity',
  'IdTokenValidity',
  'TokenValidityUnits',
  'ReadAttributes',
  'WriteAttributes',
  'SupportedIdentityProviders',
  'CallbackURLs',
  'LogoutURLs',
  'DefaultRedirectURI',
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
  'AllowedOAuthFlowsUserPoolClient',
  'AnalyticsConfiguration',
  'PreventUserExistenceErrors',
  'EnableTokenRevocation',
  'EnablePropagateAdditionalUserContextData',
  'AuthSessionValidity',
];

/**
 * UpdateUserPoolClient resets every setting it is not sent to its default, so the fix sends the client's current settings
 * (as DescribeUserPoolClient returned them) with the password and refresh flows added to ExplicitAuthFlows.
 */
export function allowPasswordAuthRequest(client: UserPoolClientDescription | undefined, ids: ScenarioSetup): UpdateUserPoolClientRequest {
  const settings = Object.fromEntries(UPDATABLE.filter((name) => client?.[name] !== undefined).map((name) => [name, client?.[name]]));
  const flows = new Set([...(client?.ExplicitAuthFlows ?? []), ...PASSWORD_AUTH_FLOWS]);
  return { UserPoolId: ids.userPoolId ?? '', ClientId: ids.clientId ?? '', ...settings, ExplicitAuthFlows: [...flows] };
}

const tokensFrom = (response: AuthResponse, previous?: Tokens): Tokens | undefined => {
  const result = response.AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken) return previous;
  const refresh = result.RefreshToken ?? previous?.RefreshToken;
  return { IdToken: result.IdToken, AccessToken: result.AccessToken, ...(refresh ? { RefreshToken: refresh } : {}) };
};

/** The output of the invoke whose done event is being handled (XState types guards and named actions with the machine's own events). */
const outputOf = <T>(event: unknown): T => (event as { output: T }).output;

export const signInSetup = setup({
  types: {
    context: {} as SignInContext,
    events: {} as SignInEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: {
    initiateAuth: placeholders.initiateAuth,
    respondToAuthChallenge: placeholders.respondToAuthChallenge,
    describeUserPoolClient: placeholders.describeUserPoolClient,
    updateUserPoolClient: placeholders.updateUserPoolClient,
    getUser: placeholders.getUser,
    globalSignOut: placeholders.globalSignOut,
    forgotPassword: placeholders.forgotPassword,
    confirmForgotPassword: placeholders.confirmForgotPassword,
    callYourApi: placeholders.callYourApi,
  },
  guards: {
    /** InitiateAuth answered with NEW_PASSWORD_REQUIRED (an admin-created user's first sign-in). */
    isNewPasswordRequired: ({ event }) => outputOf<AuthResponse | undefined>(event)?.ChallengeName === 'NEW_PASSWORD_REQUIRED',
    /** InitiateAuth answered with a challenge this app cannot answer (MFA, custom…). */
    isOtherChallenge: ({ event }) => Boolean(outputOf<AuthResponse | undefined>(event)?.ChallengeName),
    /** The last error was "USER_PASSWORD_AUTH flow not enabled for this client": the app client needs ALLOW_USER_PASSWORD_AUTH. */
    isFlowNotEnabled: ({ context }) =>
      context.error?.code === 'InvalidParameterException' && [M.passwordFlowNotEnabled, M.adminFlowNotEnabled].includes(context.error.message as never),
  },
  actions: {
    changeForm: assign({ form: ({ context, event }) => (event.type === 'form.change' ? changedForm(context.form, event) : context.form) }),
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    keepTokens: assign({
      tokens: ({ context, event }) => tokensFrom(outputOf<AuthResponse>(event), context.tokens),
      challenge: undefined,
    }),
    keepChallenge: assign({
      challenge: ({ event }) => {
        const output = outputOf<AuthResponse>(event);
        return { name: output.ChallengeName ?? '', ...(output.Session ? { session: output.Session } : {}), parameters: output.ChallengeParameters ?? {} };
      },
    }),
    rejectChallenge: assign({
      error: ({ event }) => ({
        code: 'UnsupportedChallenge',
        message: `The pool asked for ${outputOf<AuthResponse>(event).ChallengeName ?? 'a challenge'}, which this app does not answer.`,
      }),
    }),
    keepClient: assign({ client: ({ event }) => outputOf<{ UserPoolClient: UserPoolClientDescription }>(event).UserPoolClient }),
    signedOut: assign({ tokens: undefined, profile: undefined, challenge: undefined, apiCall: undefined, apiAnswer: undefined }),
    keepCopyOfAccessToken: assign({ keptAccessToken: ({ context }) => context.tokens?.AccessToken }),
    forgetCopyOfAccessToken: assign({ keptAccessToken: undefined, apiCall: undefined, apiAnswer: undefined }),
    planApiCall: assign((_, params: YourApiCall) => ({ apiCall: params })),
    keepApiAnswer: assign({ apiAnswer: ({ event }) => outputOf<YourApiAnswer>(event) }),
  },
});
