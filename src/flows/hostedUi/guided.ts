/** The hosted UI flow's guided actions: App integration as the article fills it in, Launch, and the learner's moves in the browser. */
import { newestCode, only, typing } from '../guided';
import { ARTICLE_USER, GUIDED_PASSWORDS, type GuidedAction, type GuidedEnv } from '../types';
import type { BrowserState } from './browse';
import { linkByText } from './forms';
import { ARTICLE_CALLBACK, ARTICLE_DOMAIN, NEW_USER } from './scenario';
import type { HostedUiContext } from './setup';

const settings = (fields: Record<string, string>) => ({ events: [...typing(fields), { type: 'integration.save' }] });
const submit = (button: string, values: Record<string, string>) => ({ events: [{ type: 'browser.submit', button, values }] });
const signIn = (password: string) => submit('Sign in', { username: ARTICLE_USER.username, password });
const signUp = (password: string) => submit('Sign up', { username: NEW_USER.username, email: NEW_USER.email, password });
const contextOf = (env: GuidedEnv) => env.snapshot.context as HostedUiContext;

/** The secret the console generated for the confidential client (the one its server must send). */
function consoleSecret(env: GuidedEnv): string {
  const secret = contextOf(env).server?.clientSecret;
  if (!secret) throw new Error('The app has no confidential client yet: save App integration with the confidential client type first.');
  return secret;
}

/** The server's secret typed into its configuration, then a new sign-in (which the hosted UI's session skips to the callback). */
const serverSecretThenLaunch = (secret: string) => ({ events: [...typing({ serverSecret: secret }), { type: 'hostedUi.launch' }] });

/** Follows the link of the browser's current page that reads `text`, as a click on it would. */
function follow(env: GuidedEnv, text: string) {
  const browser = contextOf(env).browser as BrowserState | undefined;
  const page = browser?.history[browser.index];
  const url = page ? linkByText(page.body, page.url, text) : undefined;
  if (!url) throw new Error(`The browser's page has no link "${text}".`);
  return { events: [{ type: 'browser.navigate', url }] };
}

export const hostedUiGuided: Record<string, GuidedAction> = {
  'integration.article': {
    label: 'Fill in App integration as the article does (a domain, http://localhost, the implicit grant, scopes) and save',
    plan: () =>
      settings({ domain: ARTICLE_DOMAIN, callbackUrl: ARTICLE_CALLBACK, signOutUrl: ARTICLE_CALLBACK, flows: 'implicit', scopes: 'openid email phone' }),
  },
  'integration.wrongCallback': {
    label: 'Save a callback over plain http on a real host (https://… is required outside localhost)',
    plan: () => settings({ callbackUrl: 'http://shop.example.com/callback' }),
  },
  'integration.codeFlow': {
    label: 'Switch the app to the authorization code grant (with PKCE) and save',
    plan: () => settings({ domain: ARTICLE_DOMAIN, callbackUrl: ARTICLE_CALLBACK, signOutUrl: ARTICLE_CALLBACK, flows: 'code', scopes: 'openid email phone' }),
  },
  'integration.confidential': {
    label: 'Choose a confidential app client (a server-side web app) with the code grant and save: the console creates it with a secret',
    plan: () =>
      settings({
        domain: ARTICLE_DOMAIN,
        callbackUrl: ARTICLE_CALLBACK,
        signOutUrl: ARTICLE_CALLBACK,
        flows: 'code',
        scopes: 'openid email phone',
        clientType: 'confidential',
      }),
  },
  'server.wrongSecret': {
    label: 'Mistype the client secret in the app’s server, then launch the hosted UI again',
    // The secret with its last character changed: one typo.
    plan: (env) => {
      const secret = consoleSecret(env);
      return serverSecretThenLaunch(`${secret.slice(0, -1)}${secret.endsWith('x') ? 'y' : 'x'}`);
    },
  },
  'server.rightSecret': {
    label: 'Copy the client secret from the console into the app’s server again, then launch the hosted UI',
    plan: (env) => serverSecretThenLaunch(consoleSecret(env)),
  },
  'server.withoutPkce': {
    label: 'Let the app’s server use the code grant without PKCE (its secret alone proves who exchanges the code)',
    plan: () => ({ events: typing({ pkce: 'off' }) }),
  },
  'hostedUi.launch': { label: 'Launch Hosted UI', plan: () => only('hostedUi.launch') },
  'hostedUi.signIn': { label: 'Sign in on the hosted UI as abc.xyz@gmail.com', plan: () => signIn(ARTICLE_USER.password) },
  'hostedUi.signInWrong': { label: 'Sign in on the hosted UI with a wrong password', plan: () => signIn(GUIDED_PASSWORDS.wrong) },
  'hostedUi.openSignUp': { label: 'Follow the hosted UI’s “Sign up” link', plan: (env) => follow(env, 'Sign up') },
  'hostedUi.signUpWeak': {
    label: `Sign up on the hosted UI as ${NEW_USER.username} with the password “${GUIDED_PASSWORDS.weak}”`,
    plan: () => signUp(GUIDED_PASSWORDS.weak),
  },
  'hostedUi.signUp': { label: `Sign up on the hosted UI as ${NEW_USER.username}`, plan: () => signUp(NEW_USER.password) },
  'hostedUi.confirmSignUp': {
    label: `Type the code from ${NEW_USER.email}’s newest email on the hosted UI’s confirmation page`,
    plan: (env) => submit('Confirm account', { code: newestCode(env.outbox, NEW_USER.username) }),
  },
  'hostedUi.back': { label: 'Press Back in the browser', plan: () => ({ events: [{ type: 'browser.back' }] }) },
  'hostedUi.logout': { label: 'Sign out through the hosted UI (/logout)', plan: () => only('hostedUi.logout') },
  'hostedUi.switchUser': {
    label: 'Sign out and sign in as someone else (/logout with the callback and response_type)',
    plan: () => only('hostedUi.switchUser'),
  },
};
