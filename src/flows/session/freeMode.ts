/**
 * Free mode: the learner drives the app's forms, so the session performs only the steps' actions that never touch them.
 * What the learner does (an event to the flow, a clock advance, a tab change) is folded into the current step: its
 * history entry is captured again and the event joins that step's script, so a reload replays it.
 */
import type { AppTab, ScriptEvent, SessionMode } from './persistence';
import { settle, type Timeline } from './timeline';
import { runDeveloperAction } from './developer';
import type { LessonScriptStep } from './view';

/** Actions that never touch the app's forms, so free mode still performs them. */
const FREE_MODE_ACTIONS = /^(clock\.|story\.|inbox\.open$|app\.open$)/;

/** The step's action when the mode lets the session perform it (guided: all; free: those that never touch the forms). */
export function actionToPerform(step: LessonScriptStep | undefined, mode: SessionMode): string | undefined {
  return step?.action && (mode === 'guided' || FREE_MODE_ACTIONS.test(step.action)) ? step.action : undefined;
}

/**
 * Whether a lesson left the guided run's path: a step whose action free mode skipped, or an event or clock move of the
 * learner's. (A tab change does not count: it changes nothing in the cloud or the flow. Nor does a policy the developer
 * saved in the Policies inspector: lessons ask for that edit in either mode, and the step's text tells what it changed.)
 */
export function leftThePath(steps: readonly { action?: string; mode: SessionMode; events: readonly ScriptEvent[] }[]): boolean {
  return steps.some((step) => (step.mode === 'free' && step.action !== actionToPerform(step, 'free')) || step.events.some((e) => 'send' in e || 'clock' in e));
}

/**
 * Replays one recorded free-mode event and returns the app's tab after it. The live session accepts an event only while
 * no cloud call is in flight, so letting each one settle before the next is the order the learner saw.
 */
export async function replayEvent(timeline: Timeline, event: ScriptEvent, appTab: AppTab): Promise<AppTab> {
  if ('send' in event) {
    timeline.actor.send(event.send);
    await settle(timeline);
  } else if ('clock' in event) timeline.clock.increment(event.clock);
  else if ('developer' in event) await runDeveloperAction(timeline.cloud, event.developer);
  else return event.tab;
  return appTab;
}
