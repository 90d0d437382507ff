import { describe, expect, it } from 'vitest';
import { LEGACY_SESSION_KEY, PROGRESS_KEY, readProgress, readSession, SESSION_KEY, sessionProblem, withProgress } from '../../src/flows/persistence';
import { createSession } from '../../src/flows/session';
import { FIXTURE_KEYS } from '../support/cloud';
import { loadCourse } from '../../src/content/load';
import type { LessonScript } from '../../src/flows/session';
import { lessonFiles } from '../support/lessons';
import { guidedLessons } from './lessons';
import { memoryStorage } from './support';

/** Every real lesson of the course, as the session runs it, and the scripts that use every guided action. */
const realLessons: LessonScript[] = loadCourse(lessonFiles()).lessons.map((l) => ({
  lessonId: l.id,
  flow: l.flow as LessonScript['flow'],
  scenario: l.scenario as LessonScript['scenario'],
  steps: l.steps.map(({ action, message, label }) => ({ ...(action ? { action } : {}), ...(message ? { message } : {}), ...(label ? { label } : {}) })),
}));

describe('persistence', () => {
  it('saves a replay script: every lesson walked, saved and reloaded equals the live state, in under 200 KB', async () => {
    let total = 0;
    for (const script of [...realLessons, ...guidedLessons.map((g) => g.script)]) {
      const storage = memoryStorage();
      const live = await createSession({ storage });
      await live.openLesson(script, script.steps.length - 1);
      await live.settled();
      const stored = storage.data.get(SESSION_KEY)!;
      total += stored.length;
      expect(JSON.parse(stored)).toMatchObject({ version: 2, lessonId: script.lessonId, steps: expect.any(Array) });
      const reloaded = await createSession({ storage });
      const [a, b] = [live.getView(), reloaded.getView()];
      expect(b.notice).toBeUndefined();
      expect({ lesson: b.lessonId, step: b.stepIndex, mode: b.mode, tab: b.appTab, marks: b.stepLogMarks, now: b.now }).toEqual({
        lesson: a.lessonId,
        step: a.stepIndex,
        mode: a.mode,
        tab: a.appTab,
        marks: a.stepLogMarks,
        now: a.now,
      });
      expect(b.snapshot.value).toEqual(a.snapshot.value);
      expect(b.snapshot.context).toEqual(a.snapshot.context);
      expect(b.cloud.snapshot()).toEqual(a.cloud.snapshot());
      live.dispose();
      reloaded.dispose();
    }
    // One lesson is saved at a time; even all of them together stay far under the budget.
    expect(total).toBeLessThan(200_000);
  });

  it('replays what the learner did in free mode: their events, clock moves and tabs', async () => {
    const storage = memoryStorage();
    const live = await createSession({ keys: FIXTURE_KEYS, storage });
    await live.openLesson(guidedLessons[0]!.script, 0);
    live.setMode('free');
    for (const [field, value] of [
      ['username', 'me@example.com'],
      ['email', 'me@example.com'],
      ['password', '#Mine1234'],
    ] as const)
      live.send({ type: 'form.change', field, value });
    live.send({ type: 'form.submit' });
    await live.settled();
    live.advanceClock(90_000);
    live.setAppTab('inbox');
    await live.settled();
    const reloaded = await createSession({ keys: FIXTURE_KEYS, storage });
    expect(reloaded.getView()).toMatchObject({ appTab: 'inbox', now: live.getView().now, mode: 'free' });
    expect(reloaded.getView().snapshot.value).toBe('awaitingCode');
    expect(reloaded.getView().cloud.snapshot()).toEqual(live.getView().cloud.snapshot());
  });

  it('opens a session the previous version saved by saying the course was updated, and starts afresh', async () => {
    const v1 = JSON.stringify({
      version: 1,
      lessonId: 'sign-in-and-profile',
      flow: 'signIn',
      scenario: 'confirmedUser',
      setup: {},
      stepIndex: 0,
      stepCount: 7,
      mode: 'guided',
      logStart: 4,
      history: [],
    });
    const storage = memoryStorage({ [LEGACY_SESSION_KEY]: v1 });
    const session = await createSession({ keys: FIXTURE_KEYS, storage });
    expect(session.getView().notice).toBe(
      'The course was updated since your last visit, so “sign-in-and-profile” starts afresh (your completed lessons are kept).',
    );
    expect(session.getView().lessonId).toBeNull();
    expect(storage.data.has(LEGACY_SESSION_KEY)).toBe(false);
  });

  it('reads an absent record as empty and names what is wrong with a bad one', () => {
    expect(readSession(memoryStorage())).toEqual({ empty: true });
    expect(readSession(memoryStorage({ [SESSION_KEY]: '[]' }))).toEqual({ problem: 'the saved data is not a session record' });
    expect(sessionProblem({ version: 2, lessonId: 3 })).toBe('the lesson id is missing');
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
