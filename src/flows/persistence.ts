/**
 * Saving the session between visits: a versioned record under `cognito-simulator/session/v1` (the lesson, the step and every
 * step's snapshots, so "Previous step" still works after a reload) and `cognito-simulator/progress/v1` for the table of contents.
 * Reading never throws: a record that cannot be used comes back as a problem to tell the learner about.
 */
import type { CloudSnapshot } from '../engine';
import { isFlowId } from './registry';
import type { FlowId, ScenarioId, ScenarioSetup } from './types';

export const SESSION_KEY = 'cognito-simulator/session/v1';
export const PROGRESS_KEY = 'cognito-simulator/progress/v1';

/** The part of the Web Storage API the session uses; `localStorage` fits, and so does a Map-backed fake in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type AppTab = 'app' | 'inbox';
export type SessionMode = 'guided' | 'free';

/** Everything "Previous step" returns to: the cloud, the flow's actor and the app's tab, as they were after a step. */
export interface HistoryEntry {
  cloud: CloudSnapshot;
  /** `actor.getPersistedSnapshot()`, always taken while the actor waits for the learner (no call in flight). */
  actor: unknown;
  appTab: AppTab;
}

export interface SavedSession {
  version: 1;
  lessonId: string | null;
  flow: FlowId;
  scenario: ScenarioId;
  setup: ScenarioSetup;
  stepIndex: number;
  stepCount: number;
  mode: SessionMode;
  /** cloud.log length once the scenario was built: the lesson's own messages start here. */
  logStart: number;
  /** history[i] after step i; history.length === stepIndex + 1. */
  history: HistoryEntry[];
}

export interface Progress {
  version: 1;
  lessons: Record<string, { lastStep: number; completed: boolean }>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a parsed value is not a usable saved session, or undefined when it is. */
export function sessionProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'the saved data is not a session record';
  if (value['version'] !== 1) return `it was saved by a different version of the simulator (version ${String(value['version'])})`;
  const { lessonId, flow, scenario, setup, stepIndex, stepCount, mode, logStart, history } = value;
  if (lessonId !== null && typeof lessonId !== 'string') return 'the lesson id is missing';
  if (typeof flow !== 'string' || !isFlowId(flow)) return `the flow "${String(flow)}" is unknown`;
  if (typeof scenario !== 'string') return 'the scenario is missing';
  if (!isObject(setup)) return 'the scenario setup is missing';
  if (mode !== 'guided' && mode !== 'free') return 'the mode is neither guided nor free';
  if (typeof logStart !== 'number') return 'the log start is missing';
  if (!Array.isArray(history) || history.length === 0) return 'the step history is empty';
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex) || stepIndex !== history.length - 1) return 'the step number does not match the history';
  if (typeof stepCount !== 'number' || stepCount < 0) return 'the step count is missing';
  for (const entry of history) {
    if (!isObject(entry) || !isObject(entry['cloud']) || entry['cloud']['format'] !== 'cognito-simulator/cloud' || !isObject(entry['actor'])) {
      return 'a step in the history is damaged';
    }
    if (entry['appTab'] !== 'app' && entry['appTab'] !== 'inbox') return 'a step in the history names an unknown tab';
  }
  return undefined;
}

export type ReadResult = { record: SavedSession } | { problem: string } | { empty: true };

/** The saved session, or what is wrong with it. */
export function readSession(storage: StorageLike): ReadResult {
  let text: string | null;
  try {
    text = storage.getItem(SESSION_KEY);
  } catch (error) {
    return { problem: `the browser would not let us read it (${messageOf(error)})` };
  }
  if (text === null) return { empty: true };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'the saved data is not valid JSON' };
  }
  const problem = sessionProblem(value);
  if (problem) return { problem };
  const record = value as SavedSession;
  return { record: { ...record, history: expandHistory(record.history as StoredEntry[]) } };
}

/**
 * Within one history every step's log and outbox begin with the previous step's (they only grow, and travelling back
 * drops the later steps), so only the last step keeps them in full; the others keep their lengths.
 */
type StoredEntry = Omit<HistoryEntry, 'cloud'> & { cloud: Omit<CloudSnapshot, 'log' | 'outbox'> & Partial<Pick<CloudSnapshot, 'log' | 'outbox'>>; logLength?: number; outboxLength?: number };

export function compactHistory(history: HistoryEntry[]): StoredEntry[] {
  const last = history[history.length - 1];
  return history.map((entry) => {
    if (entry === last || !last) return entry;
    const { log, outbox, ...cloud } = entry.cloud;
    const prefix = log.every((e, i) => last.cloud.log[i]?.requestId === e.requestId) && outbox.every((m, i) => last.cloud.outbox[i]?.id === m.id);
    return prefix ? { ...entry, cloud, logLength: log.length, outboxLength: outbox.length } : entry;
  });
}

export function expandHistory(stored: StoredEntry[]): HistoryEntry[] {
  const last = stored[stored.length - 1]?.cloud;
  return stored.map(({ logLength, outboxLength, ...entry }) => ({
    ...entry,
    cloud: { ...entry.cloud, log: entry.cloud.log ?? last?.log?.slice(0, logLength) ?? [], outbox: entry.cloud.outbox ?? last?.outbox?.slice(0, outboxLength) ?? [] },
  }));
}

/** Saves the session; returns what went wrong (a full storage quota…) instead of throwing. */
export function writeSession(storage: StorageLike, record: SavedSession): string | undefined {
  try {
    storage.setItem(SESSION_KEY, JSON.stringify({ ...record, history: compactHistory(record.history) }));
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}

export function clearSession(storage: StorageLike): void {
  try {
    storage.removeItem(SESSION_KEY);
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
