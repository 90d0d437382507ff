/**
 * Passwords a learner typed, replaced for a share link by stand-ins: the same length and, position by position, the same
 * kind of character (lowercase, uppercase, digit, symbol), so the pool's password policy answers the stand-in as it
 * answered the real one. The same password always gets the same stand-in and different ones different stand-ins, so a
 * sign-in with the password signed up with still succeeds and a wrong one still fails. The lesson's own passwords (the
 * article's `#Abc1234`, the guided wrong and new ones) are printed in the lesson, so they stay: a guided step that types
 * one later still finds what the learner set.
 */
import { ARTICLE_USER, GUIDED_PASSWORDS } from '../types';
import type { ScriptEvent } from './persistence';

const LESSON_PASSWORDS = new Set<string>([ARTICLE_USER.password, ...Object.values(GUIDED_PASSWORDS)]);

/** The form fields that hold passwords (`password`, `newPassword`…). */
export const isPasswordField = (field: unknown): boolean => typeof field === 'string' && /password/i.test(field);

const KINDS = ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789', '#!$%&*+-=?@^_'];

function standIn(password: string, index: number): string {
  return [...password]
    .map((char, position) => {
      const kind = KINDS.find((k) => k.includes(char)) ?? KINDS[3]!;
      // Shifted by the password's index: two passwords of the same shape differ in their first character already.
      return kind[(position + index * 7 + 1) % kind.length];
    })
    .join('');
}

type Step = { events?: ScriptEvent[] };

/** The steps with every typed password replaced by its stand-in. */
export function standInPasswords<S extends Step>(steps: S[]): S[] {
  const seen = new Map<string, string>();
  const replace = (value: string) => {
    if (LESSON_PASSWORDS.has(value) || value === '') return value;
    if (!seen.has(value)) seen.set(value, standIn(value, seen.size));
    return seen.get(value)!;
  };
  return steps.map((step) => {
    if (!step.events) return step;
    const events = step.events.map((event): ScriptEvent => {
      if (!('send' in event) || !isPasswordField(event.send['field']) || typeof event.send['value'] !== 'string') return event;
      return { send: { ...event.send, value: replace(event.send['value']) } };
    });
    return { ...step, events };
  });
}

/** Whether any step has a password the learner typed (the dialog offers to include them only then). */
export const typedPasswords = (steps: Step[]): boolean =>
  steps.some((step) =>
    step.events?.some(
      (event) =>
        'send' in event &&
        isPasswordField(event.send['field']) &&
        typeof event.send['value'] === 'string' &&
        !LESSON_PASSWORDS.has(event.send['value']) &&
        event.send['value'] !== '',
    ),
  );
