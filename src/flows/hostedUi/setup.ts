/**
 * The hosted UI flow's vocabulary: the app's App integration settings, the simulated browser the learner signs in with,
 * and what the app keeps from the redirect to its callback (the implicit grant's tokens, or a code it exchanges).
 */
import { assign, fromPromise, setup, type PromiseActorLogic } from 'xstate';
import { errorOf, changedForm, type StateMeta } from '../machineKit';
import type { FlowError, FormChangeEvent, ScenarioSetup } from '../types';
import { callbackParams, type AppSettings, type Pkce, type ServerCredentials } from './oauth';
import { planSignIn, planSignOut } from './plans';

/** What the browser is asked to do: open a URL, submit the current page's form (found by its button), or go back. */
export type BrowseRequest = { kind: 'navigate'; url: string } | { kind: 'submit'; button: string; values: Record<string, string> } | { kind: 'back' };

/** The browser after a request: its whole state (JSON, for replay and Previous step) and, if it got there, the app's URL. */
export interface BrowseOutput {
  browser: unknown;
  /** The app's callback or sign-out URL the last redirect led to (the browser does not fetch it: the app takes over). */
  landed?: string;
}

/** The token endpoint's answer to the code exchange. */
export interface TokenAnswer {
  id_token?: string;
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: string;
}

/** What App integration's Save gives back: the settings as saved, and a confidential client's credentials. */
export interface SavedIntegration extends AppSettings {
  clientId: string;
  /** Only a confidential client has one; AWS generated it when the client was created. */
  clientSecret?: string;
}

/** What the app sends to the token endpoint for the code it received. */
export interface CodeExchange {
  clientId: string;
  code: string;
  /** The PKCE verifier, when the sign-in sent a challenge. */
  verifier?: string;
  /** A confidential client's secret, which its server sends in `Authorization: Basic` (never through the browser). */
  clientSecret?: string;
}

/** The tokens the app holds, named as the other flows name them (the Tokens tab reads them). */
export interface HostedUiTokens {
  IdToken?: string;
  AccessToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  /** Which grant brought them. */
  grant: 'implicit' | 'code';
}

export interface HostedUiContext {
  setup: ScenarioSetup;
  form: Record<string, string>;
  /** The settings last saved to the pool (CreateUserPoolDomain, UpdateUserPoolClient or CreateUserPoolClient). */
  settings?: AppSettings;
  /** The confidential client the console created (GenerateSecret), once App integration saved that type of client. */
  server?: ServerCredentials;
  browser?: unknown;
  pending?: BrowseRequest;
  /** How many times the app has launched the hosted UI (its values for `state` and PKCE derive from it). */
  launches?: number;
  /** The `state` the app sent with this sign-in, and the PKCE pair of a code grant. */
  oauthState?: string;
  pkce?: Pkce;
  /**
   * What the app's next redirect back will be: the end of a sign-in (its callback) or of a sign-out (its sign-out URL).
   * `/logout`'s second form (`hostedUi.switchUser`) expects a sign-in: the browser stops on `/login` (browsing), and the
   * redirect that follows is a callback, never the sign-out URL, so `signingOut` does not take it to signedOut.
   */
  expecting?: 'signIn' | 'signOut';
  /** The callback URL the browser was sent to, as the app received it. */
  callback?: string;
  tokens?: HostedUiTokens;
  /** The administrator's link being made: AdminLinkProviderForUser alone, or after deleting the account's own user. */
  linking?: 'link' | 'replace';
  error?: FlowError;
}

export type HostedUiEvent =
  | FormChangeEvent
  | { type: 'integration.save' }
  /**
   * `identityProvider`: the app's own button for that provider (`identity_provider` on /oauth2/authorize); `idpIdentifier`:
   * a provider picked by one of its identifiers (`idp_identifier`).
   */
  | { type: 'hostedUi.launch'; identityProvider?: string; idpIdentifier?: string }
  | { type: 'hostedUi.logout' }
  | { type: 'hostedUi.switchUser' }
  | { type: 'users.link' }
  | { type: 'users.replaceWithLink' }
  | { type: 'browser.navigate'; url: string }
  | { type: 'browser.submit'; button: string; values?: Record<string, string> }
  | { type: 'browser.back' };

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;
interface HostedUiCalls {
  saveIntegration: [{ setup: ScenarioSetup; settings: AppSettings; server?: ServerCredentials }, SavedIntegration];
  browse: [{ browser?: unknown; request: BrowseRequest; settings: AppSettings }, BrowseOutput];
  exchangeCode: [{ setup: ScenarioSetup; settings: AppSettings; exchange: CodeExchange }, TokenAnswer];
  linkUser: [{ setup: ScenarioSetup; replace: boolean }, void];
}
export type HostedUiActors = { [K in keyof HostedUiCalls]: PromiseActorLogic<HostedUiCalls[K][1], HostedUiCalls[K][0]> };

/** Stand-ins until the session provides the flow's actors (actors.ts). */
const placeholders = Object.fromEntries(
  (['saveIntegration', 'browse', 'exchangeCode', 'linkUser'] as const).map((name) => [
    name,
    fromPromise(async () => {
      throw { code: 'NotProvided', message: `No actor "${name}" was provided to this machine.` } satisfies FlowError;
    }),
  ]),
) as unknown as HostedUiActors;

/** The app URL a browse answer came back to, if any. */
const landedUrl = (event: unknown): string | undefined => (event as { output?: BrowseOutput }).output?.landed;

/** An error the app finds in its callback's query: `?error=…&error_description=…`, as the hosted UI sends it. */
function callbackError(url: string): FlowError | undefined {
  const params = callbackParams(url);
  return params['error'] ? { code: params['error'], message: params['error_description'] ?? '' } : undefined;
}

export const hostedUiSetup = setup({
  types: {
    context: {} as HostedUiContext,
    events: {} as HostedUiEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: placeholders,
  guards: {
    hasSettings: ({ context }) => context.settings !== undefined,
    // The browse actor's answer: did the browser come back to the app, and with what?
    landed: ({ event }) => landedUrl(event) !== undefined,
    signingOut: ({ context, event }) => landedUrl(event) !== undefined && context.expecting === 'signOut',
    callbackFailed: ({ event }) => callbackError(landedUrl(event) ?? '') !== undefined,
    stateMismatch: ({ context, event }) => landedUrl(event) !== undefined && callbackParams(landedUrl(event)!)['state'] !== context.oauthState,
    hasCode: ({ event }) => callbackParams(landedUrl(event) ?? '')['code'] !== undefined,
  },
  actions: {
    changeForm: assign({ form: ({ context, event }) => changedForm(context.form, event as FormChangeEvent) }),
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    // The settings as saved; a confidential client's secret goes to the app's server (its `serverSecret`), not to the settings.
    keepSettings: assign(({ context, event }) => {
      const { clientSecret, ...settings } = outputOf<SavedIntegration>(event);
      if (clientSecret === undefined || context.server) return { settings };
      return { settings, server: { clientId: settings.clientId, clientSecret }, form: { ...context.form, serverSecret: clientSecret } };
    }),
    // "Launch Hosted UI": a fresh state (and PKCE pair, for the code grant), and the authorize URL for the browser.
    planLaunch: assign(({ context, event }) => planSignIn(context, 'authorize', event as { identityProvider?: string; idpIdentifier?: string })),
    // "Sign out and sign in as someone else": the app forgets its tokens and sends the browser to /logout's second form.
    planSwitchUser: assign(({ context }) => planSignIn(context, 'logout')),
    planLogout: assign(({ context }) => planSignOut(context)),
    planBrowse: assign({
      error: undefined,
      pending: ({ event }) => {
        const e = event as HostedUiEvent;
        if (e.type === 'browser.navigate') return { kind: 'navigate', url: e.url } as const;
        if (e.type === 'browser.submit') return { kind: 'submit', button: e.button, values: e.values ?? {} } as const;
        return { kind: 'back' } as const;
      },
    }),
    keepBrowser: assign(({ event }) => {
      const { browser, landed } = outputOf<BrowseOutput>(event);
      return { browser, pending: undefined, ...(landed ? { callback: landed } : {}) };
    }),
    keepCallbackError: assign(({ event }) => ({ error: callbackError(landedUrl(event) ?? '') })),
    keepStateMismatch: assign(({ event }) => ({
      error: {
        code: 'StateMismatch',
        message: `The callback's state ${callbackParams(landedUrl(event) ?? '')['state'] ?? '(none)'} is not the one the app sent.`,
      },
    })),
    keepImplicitTokens: assign(({ event }) => {
      const params = callbackParams(landedUrl(event) ?? '');
      const tokens: HostedUiTokens = { AccessToken: params['access_token'] ?? '', ExpiresIn: Number(params['expires_in'] ?? 0), grant: 'implicit' };
      if (params['id_token']) tokens.IdToken = params['id_token'];
      return { tokens };
    }),
    keepExchangedTokens: assign(({ event }) => {
      const answer = outputOf<TokenAnswer>(event);
      const tokens: HostedUiTokens = { AccessToken: answer.access_token, ExpiresIn: answer.expires_in, grant: 'code' };
      if (answer.id_token) tokens.IdToken = answer.id_token;
      if (answer.refresh_token) tokens.RefreshToken = answer.refresh_token;
      return { tokens };
    }),
    forgetSignIn: assign({ tokens: undefined, oauthState: undefined, pkce: undefined }),
    planLink: assign(({ event }) => ({
      error: undefined,
      linking: (event as HostedUiEvent).type === 'users.replaceWithLink' ? ('replace' as const) : ('link' as const),
    })),
  },
});
