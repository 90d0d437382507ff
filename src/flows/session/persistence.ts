/**
 * Saving the session between visits, as a replay script under `cognito-simulator/session/v2`: the seed, the signing keys,
 * the lesson and, per step in order, the step performed (its action, in which mode) and every free-mode event, clock
 * advance and tab change that followed. The engine is deterministic, so replaying the script against a fresh cloud gives
 * the same ids, codes and token bytes; snapshots for "Previous step" are rebuilt then and live only in memory.
 * `cognito-simulator/progress/v1` keeps the table of contents' progress. Reading never throws: a record that cannot be
 * used comes back as a problem to tell the learner about; a record of the snapshot format (v1) comes back as outdated.
 */
import type { SigningKeyInput } from '../../engine';
import { isFlowId } from '../registry';
import type { AppEvent, FlowId, ScenarioId } from '../types';
import { isDeveloperAction, type DeveloperAction } from './developer';

export const SESSION_KEY = 'cognito-simulator/session/v2';
/** The snapshot-per-step format of earlier versions: read once to keep the learner's lesson, then removed. */
export const OUTDATED_SESSION_KEY = 'cognito-simulator/session/v1';
export const PROGRESS_KEY = 'cognito-simulator/progress/v1';

/** The part of the Web Storage API the session uses; `localStorage` fits, and so does a Map-backed fake in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type AppTab = 'app' | 'inbox';
export type SessionMode = 'guided' | 'free';

/** What the learner did after a step, in order: in the app (free mode), the clock, the tab, or as the developer (developer.ts). */
export type ScriptEvent = { send: AppEvent } | { clock: number } | { tab: AppTab } | { developer: DeveloperAction };

/** One step as it was performed: the lesson's step (its action, a story's message), the mode then, and what followed. */
export interface ScriptStep {
  action?: string;
  message?: string;
  label?: string;
  cast?: string;
  mode: SessionMode;
  /** cloud.log length once the step and its events were done: replaying must arrive at the same. */
  log: number;
  events?: ScriptEvent[];
}

export interface SavedSession {
  version: 2;
  seed: string | null;
  /** The private JWKs the session signed with (none until a lesson needed them). */
  keys: SigningKeyInput[];
  lesson: { lessonId: string | null; flow: FlowId; scenario: ScenarioId; stepCount: number };
  mode: SessionMode;
  /** steps[i]: step i; the session is at the last one. */
  steps: ScriptStep[];
}

export interface Progress {
  version: 1;
  lessons: Record<string, { lastStep: number; completed: boolean }>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a parsed value is not a usable saved session, or undefined when it is. */
export function sessionProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'the saved data is not a session record';
  if (value['version'] !== 2) return `it was saved by a different version of the simulator (version ${String(value['version'])})`;
  const { seed, keys, lesson, mode, steps } = value;
  if (seed !== null && typeof seed !== 'string') return 'the seed is missing';
  if (!Array.isArray(keys) || !keys.every((key) => isObject(key) && isObject(key['privateJwk']))) return 'the signing keys are damaged';
  if (!isObject(lesson)) return 'the lesson is missing';
  const { lessonId, flow, scenario, stepCount } = lesson;
  if (lessonId !== null && typeof lessonId !== 'string') return 'the lesson id is missing';
  if (typeof flow !== 'string' || !isFlowId(flow)) return `the flow "${String(flow)}" is unknown`;
  if (typeof scenario !== 'string') return 'the scenario is missing';
  if (typeof stepCount !== 'number' || stepCount < 0) return 'the step count is missing';
  if (mode !== 'guided' && mode !== 'free') return 'the mode is neither guided nor free';
  if (!Array.isArray(steps) || steps.length === 0) return 'the step script is empty';
  for (const step of steps) if (stepProblem(step)) return `a step in the script is damaged (${stepProblem(step)})`;
  return undefined;
}

function stepProblem(step: unknown): string | undefined {
  if (!isObject(step)) return 'not a step';
  if (step['mode'] !== 'guided' && step['mode'] !== 'free') return 'no mode';
  if (typeof step['log'] !== 'number') return 'no log length';
  for (const name of ['action', 'message', 'label', 'cast']) if (step[name] !== undefined && typeof step[name] !== 'string') return `its ${name} is not text`;
  const events = step['events'] ?? [];
  if (!Array.isArray(events)) return 'its events are not a list';
  for (const event of events) {
    const ok =
      isObject(event) &&
      (isObject(event['send'])
        ? typeof event['send']['type'] === 'string'
        : typeof event['clock'] === 'number' || event['tab'] === 'app' || event['tab'] === 'inbox' || isDeveloperAction(event['developer']));
    if (!ok) return 'an event is unknown';
  }
  return undefined;
}

export type ReadResult = { record: SavedSession } | { problem: string } | { outdated: { lessonId: string | null } } | { empty: true };

/** The saved session, what is wrong with it, or the lesson of an outdated (v1) record, which is removed once read. */
export function readSession(storage: StorageLike): ReadResult {
  let text: string | null;
  let outdated: string | null;
  try {
    text = storage.getItem(SESSION_KEY);
    outdated = text === null ? storage.getItem(OUTDATED_SESSION_KEY) : null;
  } catch (error) {
    return { problem: `the browser would not let us read it (${messageOf(error)})` };
  }
  if (text === null && outdated !== null) {
    remove(storage, OUTDATED_SESSION_KEY);
    let lessonId: unknown = null;
    try {
      lessonId = (JSON.parse(outdated) as { lessonId?: unknown } | null)?.lessonId;
    } catch {
      // Unreadable: the course starts at its beginning.
    }
    return { outdated: { lessonId: typeof lessonId === 'string' ? lessonId : null } };
  }
  if (text === null) return { empty: true };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'the saved data is not valid JSON' };
  }
  const problem = sessionProblem(value);
  return problem ? { problem } : { record: value as SavedSession };
}

/** Saves the session; returns what went wrong (a full storage quota…) instead of throwing. */
export function writeSession(storage: StorageLike, record: SavedSession): string | undefined {
  try {
    storage.setItem(SESSION_KEY, JSON.stringify(record));
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}

export function clearSession(storage: StorageLike): void {
  remove(storage, SESSION_KEY);
}

function remove(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more to do: the next write replaces it anyway.
  }
}

/** Lessons completed and the last step reached in each; an unreadable record counts as no progress. */
export function readProgress(storage: StorageLike): Progress {
  try {
    const value: unknown = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null');
    if (isObject(value) && value['version'] === 1 && isObject(value['lessons'])) {
      const lessons: Progress['lessons'] = {};
      for (const [id, entry] of Object.entries(value['lessons'])) {
        if (isObject(entry) && typeof entry['lastStep'] === 'number') lessons[id] = { lastStep: entry['lastStep'], completed: entry['completed'] === true };
      }
      return { version: 1, lessons };
    }
  } catch {
    // Unreadable progress is no progress.
  }
  return { version: 1, lessons: {} };
}

/** Progress after reaching `stepIndex` of a lesson with `stepCount` steps (the last step completes it). */
export function withProgress(progress: Progress, lessonId: string, stepIndex: number, stepCount: number): Progress {
  const before = progress.lessons[lessonId] ?? { lastStep: 0, completed: false };
  const lastStep = Math.max(before.lastStep, stepIndex);
  const completed = before.completed || (stepCount > 0 && stepIndex >= stepCount - 1);
  return { version: 1, lessons: { ...progress.lessons, [lessonId]: { lastStep, completed } } };
}

export function writeProgress(storage: StorageLike, progress: Progress): string | undefined {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
