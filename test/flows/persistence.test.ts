import { describe, expect, it } from 'vitest';
import {
  compactHistory,
  expandHistory,
  PROGRESS_KEY,
  readProgress,
  readSession,
  SESSION_KEY,
  sessionProblem,
  withProgress,
  type HistoryEntry,
} from '../../src/flows/persistence';
import { createSession } from '../../src/flows/session';
import { FIXTURE_KEYS } from '../support/cloud';
import { guidedLessons } from './lessons';
import { memoryStorage } from './support';

async function history(): Promise<HistoryEntry[]> {
  const storage = memoryStorage();
  const session = await createSession({ keys: FIXTURE_KEYS, storage });
  await session.openLesson(guidedLessons[0]!.script, 4);
  await session.settled();
  const stored = JSON.parse(storage.data.get(SESSION_KEY)!);
  return expandHistory(stored.history);
}

describe('persistence', () => {
  it('stores only the last step\'s log and outbox in full, and rebuilds every step\'s exactly', async () => {
    const full = await history();
    const compact = compactHistory(full);
    expect(compact.slice(0, -1).every((e) => e.cloud.log === undefined && e.cloud.outbox === undefined)).toBe(true);
    expect(compact[compact.length - 1]!.cloud.log).toHaveLength(full[full.length - 1]!.cloud.log.length);
    expect(expandHistory(JSON.parse(JSON.stringify(compact)))).toEqual(full);
  });

  it('keeps a step whole when its log is not a prefix of the last one', async () => {
    const full = await history();
    const odd: HistoryEntry[] = JSON.parse(JSON.stringify(full));
    odd[1]!.cloud.log[0]!.requestId = 'different';
    expect(compactHistory(odd)[1]!.cloud.log).toEqual(odd[1]!.cloud.log);
    expect(expandHistory(JSON.parse(JSON.stringify(compactHistory(odd))))).toEqual(odd);
  });

  it('reads an absent record as empty and names what is wrong with a bad one', () => {
    expect(readSession(memoryStorage())).toEqual({ empty: true });
    expect(readSession(memoryStorage({ [SESSION_KEY]: '[]' }))).toEqual({ problem: 'the saved data is not a session record' });
    expect(sessionProblem({ version: 1, lessonId: 3 })).toBe('the lesson id is missing');
    const unreadable = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => undefined, removeItem: () => undefined };
    expect(readSession(unreadable)).toEqual({ problem: 'the browser would not let us read it (SecurityError)' });
  });

  it('counts progress per lesson and never loses a completion', () => {
    let progress = readProgress(memoryStorage({ [PROGRESS_KEY]: 'garbage' }));
    expect(progress).toEqual({ version: 1, lessons: {} });
    progress = withProgress(progress, 'a', 2, 3);
    expect(progress.lessons['a']).toEqual({ lastStep: 2, completed: true });
    progress = withProgress(progress, 'a', 0, 3);
    expect(progress.lessons['a']).toEqual({ lastStep: 2, completed: true });
    expect(withProgress(progress, 'b', 1, 5).lessons['b']).toEqual({ lastStep: 1, completed: false });
  });
});
