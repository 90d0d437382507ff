/** The sign-up flow's guided actions: what its lesson steps do for the learner. */
import { newestCode, only, submit, typing, usernameOf, wrongCode } from '../guided';
import { ARTICLE_USER, GUIDED_PASSWORDS, type GuidedAction, type GuidedPlan } from '../types';

const signUpWith = (password: string): GuidedPlan => ({
  events: [...typing({ username: ARTICLE_USER.username, password, email: ARTICLE_USER.email }), submit],
  appTab: 'app',
});

export const signUpGuided: Record<string, GuidedAction> = {
  'signUp.submit': { label: `Sign up as ${ARTICLE_USER.username}`, plan: () => signUpWith(ARTICLE_USER.password) },
  'signUp.submitWeakPassword': { label: 'Sign up with the password "abc"', plan: () => signUpWith(GUIDED_PASSWORDS.weak) },
  'confirm.submit': {
    label: 'Type the emailed code and confirm',
    plan: (env) => ({ events: [...typing({ code: newestCode(env.outbox, usernameOf(env)) }), submit], appTab: 'app' }),
  },
  'confirm.submitWrongCode': {
    label: 'Confirm with a wrong code',
    plan: (env) => ({ events: [...typing({ code: wrongCode(newestCode(env.outbox, usernameOf(env))) }), submit], appTab: 'app' }),
  },
  'confirm.resend': { label: 'Ask for a new code', plan: () => ({ ...only('code.resend'), appTab: 'app' }) },
};
