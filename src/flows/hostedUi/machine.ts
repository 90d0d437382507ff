/**
 * The hosted UI from the app's side, as the article sets it up: the developer saves App integration (a domain, the app
 * client's callback and sign-out URLs, OAuth flows and scopes), then "Launch Hosted UI" opens `/oauth2/authorize` in the
 * simulated browser. The learner signs in on the pool's own pages; the hosted UI redirects to the app's callback with the
 * implicit grant's tokens in the fragment, or with a code the app exchanges at `/oauth2/token` (with its PKCE verifier).
 */
import { screen } from '../machineKit';
import { settingsFromForm, type AppSettings } from './oauth';
import { exchangeOf } from './plans';
import { hostedUiSetup } from './setup';
import { ARTICLE_CALLBACK } from './scenario';
import type { ScenarioSetup } from '../types';

const APP_INTEGRATION = screen('appIntegration');
const BROWSER = screen('hostedUiBrowser');

/** What the browser may be asked while it shows a page. */
const browserEvents = {
  'browser.navigate': { target: '#hostedUi.browserLoading', actions: 'planBrowse' },
  'browser.submit': { target: '#hostedUi.browserLoading', actions: 'planBrowse' },
  'browser.back': { target: '#hostedUi.browserLoading', actions: 'planBrowse' },
} as const;

/** The form as App integration opens, and the settings a scenario already saved (the federation scenarios save them). */
function startOf(setup: ScenarioSetup): { form: Record<string, string>; settings?: AppSettings } {
  const form = {
    domain: '',
    callbackUrl: ARTICLE_CALLBACK,
    signOutUrl: ARTICLE_CALLBACK,
    flows: 'implicit',
    scopes: 'openid email phone',
    clientType: 'public',
    pkce: 'on',
  };
  const saved = setup.integration;
  if (!saved) return { form };
  return {
    form: {
      ...form,
      domain: saved.domain,
      callbackUrl: saved.callbackUrl,
      signOutUrl: saved.signOutUrl,
      flows: saved.flows.join(' '),
      scopes: saved.scopes.join(' '),
    },
    settings: { ...saved, clientType: 'public', ...(setup.clientId ? { clientId: setup.clientId } : {}) },
  };
}

/** The administrator's AdminLinkProviderForUser, from the signed-in app's console. */
const linkEvents = {
  'users.link': { target: '#hostedUi.linkingUser', actions: 'planLink' },
  'users.replaceWithLink': { target: '#hostedUi.linkingUser', actions: 'planLink' },
} as const;

export const hostedUiMachine = hostedUiSetup.createMachine({
  id: 'hostedUi',
  description: 'An app signs its users in through the pool’s hosted UI: OAuth 2.0 redirects in a browser, tokens at the callback.',
  context: ({ input }) => ({ setup: input.setup, ...startOf(input.setup) }),
  initial: 'appIntegration',
  states: {
    appIntegration: {
      description: 'The developer fills in App integration: the domain, and the app client’s callback and sign-out URLs, OAuth flows and scopes.',
      meta: APP_INTEGRATION,
      // A scenario that saved App integration already (the federation lessons') opens ready to launch.
      always: { guard: 'hasSettings', target: 'integrated' },
      on: {
        'form.change': { actions: 'changeForm' },
        'integration.save': { target: 'savingIntegration' },
      },
    },
    savingIntegration: {
      description: 'The console calls CreateUserPoolDomain (the first time) and UpdateUserPoolClient with the OAuth settings.',
      meta: APP_INTEGRATION,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'saveIntegration',
        src: 'saveIntegration',
        input: ({ context }) => ({
          setup: context.setup,
          settings: settingsFromForm(context.form),
          ...(context.server ? { server: context.server } : {}),
        }),
        onDone: { target: 'integrated', actions: 'keepSettings' },
        // A refused save changes nothing: settings saved before still apply.
        onError: [
          { guard: 'hasSettings', target: 'integrated', actions: 'keepError' },
          { target: 'appIntegration', actions: 'keepError' },
        ],
      },
    },
    integrated: {
      description: 'The settings are saved: the pool’s hosted UI answers at its domain for this client.',
      meta: APP_INTEGRATION,
      on: {
        'form.change': { actions: 'changeForm' },
        'integration.save': { target: 'savingIntegration' },
        'hostedUi.launch': { target: 'browserLoading', actions: 'planLaunch' },
      },
    },
    browserLoading: {
      description: 'The browser sends the request and follows the redirects hop by hop, keeping the cookies the hosted UI sets.',
      meta: BROWSER,
      tags: ['busy'],
      invoke: {
        id: 'browse',
        src: 'browse',
        input: ({ context }) => ({ browser: context.browser, request: context.pending ?? { kind: 'back' }, settings: context.settings! }),
        // Back at the app's own URL, the app reads what the hosted UI put in it; otherwise the browser shows a page.
        onDone: [
          { guard: 'signingOut', target: 'signedOut', actions: ['keepBrowser', 'forgetSignIn'] },
          { guard: 'callbackFailed', target: 'callbackRefused', actions: ['keepBrowser', 'keepCallbackError'] },
          { guard: 'stateMismatch', target: 'callbackRefused', actions: ['keepBrowser', 'keepStateMismatch'] },
          { guard: 'hasCode', target: 'exchangingCode', actions: 'keepBrowser' },
          { guard: 'landed', target: 'signedIn', actions: ['keepBrowser', 'keepImplicitTokens'] },
          { target: 'browsing', actions: 'keepBrowser' },
        ],
        onError: { target: 'browsing', actions: 'keepError' },
      },
    },
    browsing: {
      description: 'The browser shows a hosted UI page: the learner signs in, signs up or follows a link.',
      meta: BROWSER,
      on: browserEvents,
    },
    callbackRefused: {
      description: 'The callback carried an error (or a state the app never sent): the app shows it and stays signed out.',
      meta: BROWSER,
      on: {
        ...browserEvents,
        'form.change': { actions: 'changeForm' },
        'hostedUi.launch': { target: 'browserLoading', actions: 'planLaunch' },
      },
    },
    exchangingCode: {
      description:
        'The app posts the code, its callback and its PKCE verifier to /oauth2/token (a confidential client’s server authenticating with its secret) and receives the tokens.',
      meta: BROWSER,
      tags: ['busy'],
      invoke: {
        id: 'exchangeCode',
        src: 'exchangeCode',
        input: ({ context }) => ({ setup: context.setup, settings: context.settings!, exchange: exchangeOf(context) }),
        onDone: { target: 'signedIn', actions: 'keepExchangedTokens' },
        onError: { target: 'callbackRefused', actions: 'keepError' },
      },
    },
    signedIn: {
      description:
        'The app holds the hosted UI’s tokens; the browser keeps the hosted UI’s session cookie for an hour. Signing out ends it: /logout with the sign-out URL, or with a callback and response_type to sign in again.',
      meta: screen('hostedUiSignedIn'),
      on: {
        ...browserEvents,
        // The app's own settings (its server's secret, PKCE) apply to the next sign-in.
        'form.change': { actions: 'changeForm' },
        'hostedUi.logout': { target: 'browserLoading', actions: 'planLogout' },
        'hostedUi.switchUser': { target: 'browserLoading', actions: ['forgetSignIn', 'planSwitchUser'] },
        'hostedUi.launch': { target: 'browserLoading', actions: 'planLaunch' },
        ...linkEvents,
      },
    },
    linkingUser: {
      description:
        'The administrator links a Google account to an existing user (AdminLinkProviderForUser), after deleting the account’s own user if it signed in before.',
      meta: screen('hostedUiSignedIn'),
      tags: ['busy'],
      invoke: {
        id: 'linkUser',
        src: 'linkUser',
        input: ({ context }) => ({ setup: context.setup, replace: context.linking === 'replace' }),
        onDone: { target: 'signedIn' },
        onError: { target: 'signedIn', actions: 'keepError' },
      },
    },
    signedOut: {
      description: 'The hosted UI ended its session and sent the browser to the app’s sign-out URL.',
      meta: APP_INTEGRATION,
      on: {
        'form.change': { actions: 'changeForm' },
        'integration.save': { target: 'savingIntegration' },
        'hostedUi.launch': { target: 'browserLoading', actions: 'planLaunch' },
      },
    },
  },
});
