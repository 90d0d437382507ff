/**
 * Moving between a lesson's steps: starting a lesson, performing a step (when the mode allows its action) and travelling
 * back to a captured step. The live session and the replay of a saved script use the same functions, so both arrive at
 * the same cloud.
 */
import type { AppTab, SessionMode } from './persistence';
import { actionToPerform } from './freeMode';
import { performAction, restoreTimeline, startTimeline, type HistoryEntry, type KeySource, type Timeline } from './timeline';
import type { LessonScript, LessonScriptStep, RunningLesson, SessionView } from './view';

export interface StepOutcome {
  appTab: AppTab;
  lastAction: SessionView['lastAction'];
  notice?: string;
}

/** A new timeline with the lesson's scenario built; `logStart` is where the lesson's own messages begin. */
export async function startLesson(lesson: RunningLesson, keys: KeySource, seed: string | undefined): Promise<{ timeline: Timeline; logStart: number }> {
  const timeline = await startTimeline(lesson.flow, lesson.scenario, keys, seed);
  return { timeline, logStart: timeline.cloud.log.entries.length };
}

/** Performs the step's action when the mode allows; the app's tab and the action performed come back. */
export async function performStep(timeline: Timeline, step: LessonScriptStep | undefined, mode: SessionMode, appTab: AppTab): Promise<StepOutcome> {
  const action = actionToPerform(step, mode);
  if (!step || !action) return { appTab, lastAction: undefined };
  const outcome = await performAction(timeline, action, step);
  return { appTab: outcome.appTab ?? appTab, lastAction: outcome.lastAction, ...(outcome.notice ? { notice: outcome.notice } : {}) };
}

/** The timeline exactly as it was after an earlier step. */
export function travelBack(timeline: Timeline, entry: HistoryEntry, keys: KeySource): Promise<Timeline> {
  return restoreTimeline(timeline.flowId, entry, timeline.setup, keys);
}

export function clamp(index: number, count: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));
}

/** The step as a script records it: what the lesson asked, without undefined members (they do not survive JSON). */
export function stepOf(step: LessonScriptStep | undefined): LessonScriptStep {
  const { action, message, label, cast } = step ?? {};
  return { ...(action ? { action } : {}), ...(message ? { message } : {}), ...(label ? { label } : {}), ...(cast ? { cast } : {}) };
}

/** Whether the lesson still asks, for every step performed so far, what those steps did. */
export function sameSteps(performed: LessonScriptStep[], steps: LessonScriptStep[]): boolean {
  return performed.every((step, i) => step.action === steps[i]?.action && step.message === steps[i]?.message);
}

/** The same lesson, flow, scenario and number of steps. */
export function sameLesson(a: RunningLesson, b: RunningLesson): boolean {
  return a.lessonId === b.lessonId && a.flow === b.flow && a.scenario === b.scenario && a.stepCount === b.stepCount;
}

/** Already open at that step, with its steps known (the app opens the addressed lesson before its first render). */
export function isOpenAt(open: RunningLesson, script: LessonScript, stepIndex: number, current: number): boolean {
  const known = open.steps.length > 0 && open.steps.length === script.steps.length;
  return known && sameLesson(open, { ...script, stepCount: script.steps.length }) && clamp(stepIndex, open.stepCount) === current;
}
