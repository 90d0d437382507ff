import { describe, expect, it } from 'vitest';
import {
  OUTDATED_SESSION_KEY,
  PROGRESS_KEY,
  readProgress,
  readSession,
  SESSION_KEY,
  sessionProblem,
  withProgress,
} from '../../../src/flows/session/persistence';
import { createSession } from '../../../src/flows/session';
import { FIXTURE_KEYS } from '../../support/cloud';
import { guidedLessons } from '../lessons';
import { memoryStorage } from '../support';

describe('persistence', () => {
  it('saves a replay script: seed, keys, lesson, mode and each step performed with its mode and events, no snapshots', async () => {
    const storage = memoryStorage();
    const session = await createSession({ keys: FIXTURE_KEYS, storage, seed: 'a-seed' });
    await session.openLesson(guidedLessons[0]!.script, 2);
    session.setMode('free');
    session.setAppTab('inbox');
    session.advanceClock(1000);
    await session.settled();
    const saved = JSON.parse(storage.data.get(SESSION_KEY)!);
    expect(saved).toEqual({
      version: 2,
      seed: 'a-seed',
      keys: JSON.parse(JSON.stringify(FIXTURE_KEYS)),
      lesson: { lessonId: 'sign-up', flow: 'signUp', scenario: 'emptyPool', stepCount: 9 },
      mode: 'free',
      steps: [
        { mode: 'guided', log: 2 },
        { action: 'signUp.submitWeakPassword', mode: 'guided', log: 3 },
        { action: 'signUp.submit', mode: 'guided', log: 4, events: [{ tab: 'inbox' }, { clock: 1000 }] },
      ],
    });
    expect(readSession(storage)).toEqual({ record: saved });
  });

  it('reads a record of the snapshot format (v1) as outdated, keeping its lesson id, and removes it', () => {
    const storage = memoryStorage({ [OUTDATED_SESSION_KEY]: JSON.stringify({ version: 1, lessonId: 'sign-in', history: [] }) });
    expect(readSession(storage)).toEqual({ outdated: { lessonId: 'sign-in' } });
    expect(storage.data.has(OUTDATED_SESSION_KEY)).toBe(false);
    expect(readSession(memoryStorage({ [OUTDATED_SESSION_KEY]: '{oops' }))).toEqual({ outdated: { lessonId: null } });
  });

  it('reads an absent record as empty and names what is wrong with a bad one', () => {
    expect(readSession(memoryStorage())).toEqual({ empty: true });
    expect(readSession(memoryStorage({ [SESSION_KEY]: '[]' }))).toEqual({ problem: 'the saved data is not a session record' });
    expect(sessionProblem({ version: 2, seed: null, keys: [], lesson: { lessonId: 3 } })).toBe('the lesson id is missing');
    expect(sessionProblem({ version: 1 })).toBe('it was saved by a different version of the simulator (version 1)');
    const unreadable = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
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
