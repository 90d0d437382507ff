/** The hosted UI flow's guided actions: App integration as the article fills it in, Launch, and the learner's moves in the browser. */
import { only, typing } from '../guided';
import { ARTICLE_USER, GUIDED_PASSWORDS, type GuidedAction } from '../types';
import { ARTICLE_CALLBACK, ARTICLE_DOMAIN } from './scenario';

const settings = (fields: Record<string, string>) => ({ events: [...typing(fields), { type: 'integration.save' }] });
const signIn = (password: string) => ({
  events: [{ type: 'browser.submit', button: 'Sign in', values: { username: ARTICLE_USER.username, password } }],
});

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
  'hostedUi.launch': { label: 'Launch Hosted UI', plan: () => only('hostedUi.launch') },
  'hostedUi.signIn': { label: 'Sign in on the hosted UI as abc.xyz@gmail.com', plan: () => signIn(ARTICLE_USER.password) },
  'hostedUi.signInWrong': { label: 'Sign in on the hosted UI with a wrong password', plan: () => signIn(GUIDED_PASSWORDS.wrong) },
  'hostedUi.back': { label: 'Press Back in the browser', plan: () => ({ events: [{ type: 'browser.back' }] }) },
  'hostedUi.logout': { label: 'Sign out through the hosted UI (/logout)', plan: () => only('hostedUi.logout') },
};
