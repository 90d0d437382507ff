/** Small pieces every flow machine shares: the form, errors, and the shape of `meta`. */
import type { FlowError, FormChangeEvent, ScreenId } from './types';
import { toFlowError } from './cloudActors';

export interface StateMeta {
  screen: ScreenId;
}

/** `meta` for a state: which app screen shows it. */
export const screen = (id: ScreenId): StateMeta => ({ screen: id });

/** The form after a `form.change` event. */
export function changedForm(form: Record<string, string>, event: FormChangeEvent): Record<string, string> {
  return { ...form, [event.field]: event.value };
}

/** The error an `xstate.error.actor.*` event carries, as `{ code, message }`. */
export function errorOf(event: { error?: unknown }): FlowError {
  return toFlowError(event.error);
}

/** The screen of the deepest active state (the one whose `meta.screen` was declared last). */
export function screenOf(snapshot: { getMeta(): Record<string, unknown> }): ScreenId | undefined {
  let found: ScreenId | undefined;
  for (const meta of Object.values(snapshot.getMeta())) {
    const s = (meta as Partial<StateMeta> | undefined)?.screen;
    if (s) found = s;
  }
  return found;
}
