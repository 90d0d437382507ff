/**
 * Guided actions: what a lesson step does for the learner (`action=<id>`). Each plans the events the app's forms would
 * send, typing the article's values, so the UI can show them being typed.
 */
import { DAY, HOUR, MINUTE } from '../engine';
import type { Cloud } from '../engine';
import { ARTICLE_USER, GUIDED_PASSWORDS, type FormChangeEvent, type GuidedAction, type GuidedEnv, type GuidedPlan } from './types';

/** `form.change` events typing each field, in order. */
export function typing(fields: Record<string, string>): FormChangeEvent[] {
  return Object.entries(fields).map(([field, value]) => ({ type: 'form.change', field, value }));
}

const submit = { type: 'form.submit' } as const;
const only = (type: string): GuidedPlan => ({ events: [{ type }] });

function contextOf(env: GuidedEnv): { form?: Record<string, string>; currentPassword?: string } {
  return (env.snapshot.context ?? {}) as { form?: Record<string, string>; currentPassword?: string };
}

/** Who the app is working for: the username in the form, else the scenario's, else the article's. */
export function usernameOf(env: GuidedEnv): string {
  return contextOf(env).form?.['username'] || env.setup.username || ARTICLE_USER.username;
}

/** The code in the newest email or SMS the cloud sent to this user (by username or address). */
export function newestCode(cloud: Cloud, username: string): string {
  const key = username.toLowerCase();
  const message = [...cloud.outbox.entries].reverse().find((m) => m.code && (m.username.toLowerCase() === key || m.to.toLowerCase() === key));
  if (!message?.code) throw new Error(`No code has been sent to ${username} yet, so there is nothing to type.`);
  return message.code;
}

/** A code that is certainly wrong: every digit of the right one moved by one. */
export function wrongCode(code: string): string {
  return code.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
}

/** Actions every flow offers: switching the app's tabs and moving the simulated clock. */
export const commonGuided: Record<string, GuidedAction> = {
  'inbox.open': { label: 'Open the inbox', plan: () => ({ events: [], appTab: 'inbox' }) },
  'app.open': { label: 'Back to the app', plan: () => ({ events: [], appTab: 'app' }) },
  'clock.advance5m': { label: 'Wait 5 minutes', plan: () => ({ events: [], clockAdvanceMs: 5 * MINUTE }) },
  'clock.advanceHour': { label: 'Wait an hour', plan: () => ({ events: [], clockAdvanceMs: HOUR }) },
  'clock.advanceDay': { label: 'Wait a day', plan: () => ({ events: [], clockAdvanceMs: DAY }) },
};

const signUpWith = (password: string): GuidedPlan => ({
  events: [...typing({ username: ARTICLE_USER.username, password, email: ARTICLE_USER.email }), submit],
  appTab: 'app',
});

export const signUpGuided: Record<string, GuidedAction> = {
  'signUp.submit': { label: `Sign up as ${ARTICLE_USER.username}`, plan: () => signUpWith(ARTICLE_USER.password) },
  'signUp.submitWeakPassword': { label: 'Sign up with the password "abc"', plan: () => signUpWith(GUIDED_PASSWORDS.weak) },
  'confirm.submit': {
    label: 'Type the emailed code and confirm',
    plan: (env) => ({ events: [...typing({ code: newestCode(env.cloud, usernameOf(env)) }), submit], appTab: 'app' }),
  },
  'confirm.submitWrongCode': {
    label: 'Confirm with a wrong code',
    plan: (env) => ({ events: [...typing({ code: wrongCode(newestCode(env.cloud, usernameOf(env))) }), submit], appTab: 'app' }),
  },
  'confirm.resend': { label: 'Ask for a new code', plan: () => ({ ...only('code.resend'), appTab: 'app' }) },
};

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
  'forgot.start': { label: 'Forgot your password?', plan: () => only('forgot.start') },
  'forgot.request': {
    label: 'Send me a reset code',
    plan: (env) => ({ events: [...typing({ username: env.setup.username ?? ARTICLE_USER.username }), { type: 'forgot.request' }], appTab: 'app' }),
  },
  'forgot.confirm': {
    label: 'Type the reset code and a new password',
    plan: (env) => ({
      events: [...typing({ code: newestCode(env.cloud, usernameOf(env)), newPassword: GUIDED_PASSWORDS.reset }), { type: 'forgot.confirm' }],
      appTab: 'app',
    }),
  },
};

export const consoleGuided: Record<string, GuidedAction> = {
  'console.describePool': { label: 'Describe the user pool', plan: () => only('console.describePool') },
  'console.describeClient': { label: 'Describe the app client', plan: () => only('console.describeClient') },
};

export const storyGuided: Record<string, GuidedAction> = {
  'story.tell': {
    label: 'Next message',
    plan: (env) => {
      if (!env.step?.message) throw new Error('This story step has no message to tell.');
      const label = env.step.label === 'authentication' || env.step.label === 'authorization' ? env.step.label : undefined;
      return { events: [{ type: 'story.tell', message: env.step.message, ...(label ? { label } : {}) }] };
    },
  },
};
