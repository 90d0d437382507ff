/**
 * What every flow's guided actions share: typing, the newest code in the inbox, and the actions every flow offers.
 * A flow's own actions live in its folder (`signUp/guided.ts`…): each plans the events the app's forms would send,
 * typing the article's values, so the UI can show them being typed.
 */
import { DAY, HOUR, MINUTE } from '../engine';
import type { OutboxMessage } from '../engine';
import { ARTICLE_USER, type FormChangeEvent, type GuidedAction, type GuidedEnv, type GuidedPlan } from './types';

/** `form.change` events typing each field, in order. */
export function typing(fields: Record<string, string>): FormChangeEvent[] {
  return Object.entries(fields).map(([field, value]) => ({ type: 'form.change', field, value }));
}

/** Presses the form's button. */
export const submit = { type: 'form.submit' } as const;
/** A plan of one event. */
export const only = (type: string): GuidedPlan => ({ events: [{ type }] });

/** The fields and password the flow's machine holds. */
export function contextOf(env: GuidedEnv): { form?: Record<string, string>; currentPassword?: string } {
  return (env.snapshot.context ?? {}) as { form?: Record<string, string>; currentPassword?: string };
}

/** Who the app is working for: the username in the form, else the scenario's, else the article's. */
export function usernameOf(env: GuidedEnv): string {
  return contextOf(env).form?.['username'] || env.setup.username || ARTICLE_USER.username;
}

/** The code in the newest email or SMS the cloud sent to this user (by username or address). */
export function newestCode(outbox: readonly OutboxMessage[], username: string): string {
  const key = username.toLowerCase();
  const message = [...outbox].reverse().find((m) => m.code && (m.username.toLowerCase() === key || m.to.toLowerCase() === key));
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
