/** The sign-in flow's guided actions. */
import { contextOf, newestCode, only, submit, typing, usernameOf } from '../guided';
import { ARTICLE_USER, GUIDED_PASSWORDS, type GuidedAction, type GuidedEnv, type GuidedPlan } from '../types';

const signInWith = (env: GuidedEnv, password: string): GuidedPlan => ({
  events: [...typing({ username: env.setup.username ?? ARTICLE_USER.username, password }), submit],
  appTab: 'app',
});

export const signInGuided: Record<string, GuidedAction> = {
  'signIn.submit': {
    label: 'Sign in',
    plan: (env) => signInWith(env, contextOf(env).currentPassword ?? env.setup.password ?? ARTICLE_USER.password),
  },
  'signIn.submitWrongPassword': { label: 'Sign in with a wrong password', plan: (env) => signInWith(env, GUIDED_PASSWORDS.wrong) },
  'signIn.allowPasswordAuth': { label: 'Allow USER_PASSWORD_AUTH for the app client', plan: () => only('client.allowPasswordAuth') },
  'newPassword.submit': {
    label: 'Choose a new password',
    plan: () => ({ events: [...typing({ newPassword: GUIDED_PASSWORDS.newPassword }), submit], appTab: 'app' }),
  },
  'profile.get': { label: 'Show my profile', plan: () => only('profile.get') },
  'tokens.refresh': { label: 'Refresh the tokens', plan: () => only('tokens.refresh') },
  'signOut.global': { label: 'Sign out everywhere', plan: () => only('signOut.global') },
  'api.call': { label: 'Call your API with the access token', plan: () => ({ ...only('api.call'), appTab: 'app' }) },
  'api.callWithIdToken': { label: 'Call your API with the ID token', plan: () => ({ ...only('api.callWithIdToken'), appTab: 'app' }) },
  'api.callCheckingRevocation': {
    label: 'Call your API, which also asks the pool about revocation',
    plan: () => ({ ...only('api.callCheckingRevocation'), appTab: 'app' }),
  },
  'forgot.start': { label: 'Forgot your password?', plan: () => only('forgot.start') },
  'forgot.request': {
    label: 'Send me a reset code',
    plan: (env) => ({ events: [...typing({ username: env.setup.username ?? ARTICLE_USER.username }), { type: 'forgot.request' }], appTab: 'app' }),
  },
  'forgot.confirm': {
    label: 'Type the reset code and a new password',
    plan: (env) => ({
      events: [...typing({ code: newestCode(env.outbox, usernameOf(env)), newPassword: GUIDED_PASSWORDS.reset }), { type: 'forgot.confirm' }],
      appTab: 'app',
    }),
  },
};
