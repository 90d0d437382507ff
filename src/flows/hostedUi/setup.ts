/**
 * The hosted UI flow's vocabulary: the app's App integration settings, the simulated browser the learner signs in with,
 * and what the app keeps from the redirect to its callback (the implicit grant's tokens, or a code it exchanges).
 */
import { assign, fromPromise, setup, type PromiseActorLogic } from 'xstate';
import { errorOf, changedForm, type StateMeta } from '../machineKit';
import type { FlowError, FormChangeEvent, ScenarioSetup } from '../types';
import { authorizeUrl, callbackParams, hostedUiBase, logoutUrl, nonceFor, pkceFor, settingsFromForm, stateFor, type AppSettings, type Pkce } from './oauth';

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
  /** The settings last saved to the pool (CreateUserPoolDomain, UpdateUserPoolClient). */
  settings?: AppSettings;
  browser?: unknown;
  pending?: BrowseRequest;
  /** How many times the app has launched the hosted UI (its values for `state` and PKCE derive from it). */
  launches?: number;
  /** The `state` the app sent with this sign-in, and the PKCE pair of a code grant. */
  oauthState?: string;
  pkce?: Pkce;
  /** What the app's next redirect back will be: the end of a sign-in (its callback) or of a sign-out (its sign-out URL). */
  expecting?: 'signIn' | 'signOut';
  /** The callback URL the browser was sent to, as the app received it. */
  callback?: string;
  tokens?: HostedUiTokens;
  error?: FlowError;
}

export type HostedUiEvent =
  | FormChangeEvent
  | { type: 'integration.save' }
  | { type: 'hostedUi.launch' }
  | { type: 'hostedUi.logout' }
  | { type: 'browser.navigate'; url: string }
  | { type: 'browser.submit'; button: string; values?: Record<string, string> }
  | { type: 'browser.back' };

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;
interface HostedUiCalls {
  saveIntegration: [{ setup: ScenarioSetup; settings: AppSettings }, AppSettings];
  browse: [{ browser?: unknown; request: BrowseRequest; settings: AppSettings }, BrowseOutput];
  exchangeCode: [{ setup: ScenarioSetup; settings: AppSettings; code: string; verifier?: string }, TokenAnswer];
}
export type HostedUiActors = { [K in keyof HostedUiCalls]: PromiseActorLogic<HostedUiCalls[K][1], HostedUiCalls[K][0]> };

/** Stand-ins until the session provides the flow's actors (actors.ts). */
const placeholders = Object.fromEntries(
  (['saveIntegration', 'browse', 'exchangeCode'] as const).map((name) => [
    name,
    fromPromise(async () => {
      throw { code: 'NotProvided', message: `No actor "${name}" was provided to this machine.` } satisfies FlowError;
    }),
  ]),
) as unknown as HostedUiActors;

/** The app URL a browse answer came back to, if any. */
const landedUrl = (event: unknown): string | undefined => (event as { output?: BrowseOutput }).output?.landed;

/** Where the pool's hosted UI answers, for the saved settings. */
const baseOf = (context: HostedUiContext) => hostedUiBase(context.settings?.domain ?? '', context.setup.region ?? '');

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
    keepSettings: assign({ settings: ({ event }) => outputOf<AppSettings>(event) }),
    // "Launch Hosted UI": a fresh state (and PKCE pair, for the code grant), and the authorize URL for the browser.
    planLaunch: assign(({ context }) => {
      const settings = context.settings ?? settingsFromForm(context.form);
      const launches = (context.launches ?? 0) + 1;
      const clientId = context.setup.clientId ?? '';
      const pkce = settings.flows[0] === 'code' ? pkceFor(clientId, launches) : undefined;
      const oauthState = stateFor(clientId, launches);
      const nonce = settings.scopes.includes('openid') ? nonceFor(clientId, launches) : undefined;
      const url = authorizeUrl(baseOf(context), context.setup.clientId ?? '', settings, oauthState, pkce, nonce);
      return {
        launches,
        oauthState,
        pkce,
        tokens: undefined,
        callback: undefined,
        error: undefined,
        expecting: 'signIn' as const,
        pending: { kind: 'navigate', url } as const,
      };
    }),
    planLogout: assign(({ context }) => ({
      expecting: 'signOut' as const,
      pending: { kind: 'navigate', url: logoutUrl(baseOf(context), context.setup.clientId ?? '', context.settings ?? settingsFromForm(context.form)) } as const,
    })),
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
  },
});
