/**
 * Saving the session between visits as a replay script under `cognito-simulator/session/v2`: the seed, the signing keys,
 * the lesson, and what happened at each step (the guided action performed, the learner's own events, clock moves, tab
 * changes). Loading replays it against a fresh cloud, which is deterministic, so the whole history of snapshots that
 * "Previous step" needs is rebuilt in memory and never stored. `cognito-simulator/progress/v1` keeps the table of contents.
 * Reading never throws: a record that cannot be used comes back as a problem to tell the learner about.
 */
import type { CloudSnapshot, SigningKeyInput } from '../engine';
import { isFlowId } from './registry';
import type { AppEvent, FlowId, ScenarioId } from './types';

export const SESSION_KEY = 'cognito-simulator/session/v2';
/** Where the previous version kept a session (whole cloud snapshots per step): read once to say the course was updated. */
export const LEGACY_SESSION_KEY = 'cognito-simulator/session/v1';
export const PROGRESS_KEY = 'cognito-simulator/progress/v1';

/** The part of the Web Storage API the session uses; `localStorage` fits, and so does a Map-backed fake in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type AppTab = 'app' | 'inbox';
export type SessionMode = 'guided' | 'free';

/** Everything "Previous step" returns to: the cloud, the flow's actor and the app's tab, as they were after a step. Kept in memory only. */
export interface HistoryEntry {
  cloud: CloudSnapshot;
  /** `actor.getPersistedSnapshot()`, always taken while the actor waits for the learner (no call in flight). */
  actor: unknown;
  appTab: AppTab;
}

/** One thing that happened during a step, in order: replaying them rebuilds the step exactly. */
export type StepOp =
  { do: 'action'; id: string; message?: string; label?: string } | { do: 'send'; event: AppEvent } | { do: 'clock'; ms: number } | { do: 'tab'; tab: AppTab };

export interface SavedSession {
  version: 2;
  lessonId: string | null;
  flow: FlowId;
  scenario: ScenarioId;
  stepCount: number;
  mode: SessionMode;
  /** The cloud's seed (undefined: the default). */
  seed?: string;
  /** The signing keys the session's pools were made with (none before a pool was made). */
  keys: SigningKeyInput[];
  /** steps[i]: what happened to reach history[i]; the session stands at the last. */
  steps: StepOp[][];
}

export interface Progress {
  version: 1;
  lessons: Record<string, { lastStep: number; completed: boolean }>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isOp = (op: unknown): boolean =>
  isObject(op) &&
  ((op['do'] === 'action' && typeof op['id'] === 'string') ||
    (op['do'] === 'send' && isObject(op['event']) && typeof op['event']['type'] === 'string') ||
    (op['do'] === 'clock' && typeof op['ms'] === 'number') ||
    (op['do'] === 'tab' && (op['tab'] === 'app' || op['tab'] === 'inbox')));

/** Why a parsed value is not a usable saved session, or undefined when it is. */
export function sessionProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'the saved data is not a session record';
  if (value['version'] !== 2) return `it was saved by a different version of the simulator (version ${String(value['version'])})`;
  const { lessonId, flow, scenario, stepCount, mode, keys, steps, seed } = value;
  if (lessonId !== null && typeof lessonId !== 'string') return 'the lesson id is missing';
  if (typeof flow !== 'string' || !isFlowId(flow)) return `the flow "${String(flow)}" is unknown`;
  if (typeof scenario !== 'string') return 'the scenario is missing';
  if (mode !== 'guided' && mode !== 'free') return 'the mode is neither guided nor free';
  if (typeof stepCount !== 'number' || stepCount < 0) return 'the step count is missing';
  if (seed !== undefined && typeof seed !== 'string') return 'the seed is damaged';
  if (!Array.isArray(keys) || !keys.every((k) => isObject(k) && isObject(k['privateJwk']))) return 'the signing keys are damaged';
  if (!Array.isArray(steps) || steps.length === 0) return 'the step history is empty';
  if (!steps.every((step) => Array.isArray(step) && step.every(isOp))) return 'a step in the history is damaged';
  return undefined;
}

export type ReadResult = { record: SavedSession } | { problem: string; updated?: true } | { empty: true };

/** The saved session, or what is wrong with it. A session the previous version saved is reported as the course having been updated. */
export function readSession(storage: StorageLike): ReadResult {
  let text: string | null;
  let legacy: string | null;
  try {
    text = storage.getItem(SESSION_KEY);
    legacy = text === null ? storage.getItem(LEGACY_SESSION_KEY) : null;
  } catch (error) {
    return { problem: `the browser would not let us read it (${messageOf(error)})` };
  }
  if (legacy !== null) {
    remove(storage, LEGACY_SESSION_KEY);
    return { problem: legacyNotice(legacy), updated: true };
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

/** What to tell a learner whose place the previous version saved: the course changed, so that lesson starts afresh. */
function legacyNotice(text: string): string {
  let lesson: unknown;
  try {
    lesson = (JSON.parse(text) as { lessonId?: unknown }).lessonId;
  } catch {
    lesson = undefined;
  }
  const which = typeof lesson === 'string' ? `“${lesson}”` : 'your lesson';
  return `The course was updated since your last visit, so ${which} starts afresh (your completed lessons are kept).`;
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
