/**
 * Opening a saved session: the replay script is performed again against a fresh cloud with the saved seed and keys, step
 * by step, capturing the history "Previous step" returns to. A step that no longer leads where it did (a lesson or flow
 * changed) stops the replay; an outdated record only keeps its lesson. Nothing here throws at the session.
 */
import { clearSession, readSession, type AppTab, type SavedSession, type StorageLike } from './persistence';
import { replayEvent } from './freeMode';
import { performStep, startLesson } from './navigation';
import { capture, KeySource, settle, type HistoryEntry, type Timeline } from './timeline';
import type { RunningLesson, SessionView } from './view';

export interface Replayed {
  record: SavedSession;
  keys: KeySource;
  timeline: Timeline;
  history: HistoryEntry[];
  logStart: number;
  appTab: AppTab;
  lastAction: SessionView['lastAction'];
}

export type Resumed =
  | { replayed: Replayed }
  /** Kept from a record that could not be used: the lesson it was on, to start afresh, and why. */
  | { lessonId: string | null; notice: string }
  | Record<string, never>;

/** The saved session rebuilt at its last step; otherwise what to tell the learner (and the unusable record is cleared). */
export async function resumeSaved(storage: StorageLike, keys: KeySource): Promise<Resumed> {
  const saved = readSession(storage);
  if ('empty' in saved) return {};
  if ('outdated' in saved) {
    const { lessonId } = saved.outdated;
    const what = lessonId ? `the lesson “${lessonId}” starts afresh at its first step` : 'the course starts afresh';
    return { lessonId, notice: `The course was updated since your last visit, so your saved place could not be restored: ${what}.` };
  }
  if ('problem' in saved) {
    clearSession(storage);
    return { lessonId: null, notice: `Your saved progress could not be restored and was reset: ${saved.problem}.` };
  }
  const { record } = saved;
  try {
    return { replayed: await replay(record, record.keys.length ? new KeySource(record.keys) : keys) };
  } catch (error) {
    clearSession(storage);
    const { lessonId } = record.lesson;
    const what = lessonId ? `the lesson “${lessonId}” starts afresh at its first step` : 'the course starts afresh';
    return { lessonId, notice: `Your saved progress could not be replayed (${error instanceof Error ? error.message : String(error)}), so ${what}.` };
  }
}

/** Performs the script again; same seed, keys and steps give the same cloud, step after step. */
export async function replay(record: SavedSession, keys: KeySource): Promise<Replayed> {
  const lesson: RunningLesson = { ...record.lesson, steps: record.steps };
  const { timeline, logStart } = await startLesson(lesson, keys, record.seed ?? undefined);
  const history: HistoryEntry[] = [];
  let appTab: AppTab = 'app';
  let lastAction: SessionView['lastAction'];
  try {
    for (const [i, step] of record.steps.entries()) {
      const outcome = await performStep(timeline, step, step.mode, appTab);
      ({ appTab, lastAction } = outcome);
      for (const event of step.events ?? []) appTab = await replayEvent(timeline, event, appTab);
      await settle(timeline);
      if (timeline.cloud.log.entries.length !== step.log) throw new Error(`step ${i + 1} no longer does what it did when it was saved`);
      history.push(capture(timeline, appTab));
    }
  } catch (error) {
    timeline.actor.stop();
    throw error;
  }
  return { record, keys, timeline, history, logStart, appTab, lastAction };
}
