import { describe, expect, it } from 'vitest';
import { SESSION_KEY } from '../../../src/flows/session/persistence';
import { createSession } from '../../../src/flows/session';
import { FIXTURE_KEYS } from '../../support/cloud';
import { loadCourse } from '../../../src/content/load';
import type { LessonScript } from '../../../src/flows/session';
import { lessonFiles } from '../../support/lessons';
import { guidedLessons } from '../lessons';
import { memoryStorage } from '../support';

/** Every real lesson of the course, as the session runs it, and the scripts that use every guided action. */
const realLessons: LessonScript[] = loadCourse(lessonFiles()).lessons.map((l) => ({
  lessonId: l.id,
  flow: l.flow as LessonScript['flow'],
  scenario: l.scenario as LessonScript['scenario'],
  steps: l.steps.map(({ action, message, label }) => ({ ...(action ? { action } : {}), ...(message ? { message } : {}), ...(label ? { label } : {}) })),
}));

describe('the replay script', () => {
  let total = 0;
  // One test per lesson: walking a lesson to its end with freshly generated keys takes a few seconds on a busy machine.
  it.each([...realLessons, ...guidedLessons.map((g) => g.script)].map((s) => [s.lessonId, s] as const))(
    'saves a replay script of %s: walked, saved and reloaded, it equals the live state',
    async (_id, script) => {
      const storage = memoryStorage();
      const live = await createSession({ storage });
      await live.openLesson(script, script.steps.length - 1);
      await live.settled();
      const stored = storage.data.get(SESSION_KEY)!;
      total += stored.length;
      expect(JSON.parse(stored)).toMatchObject({ version: 2, lesson: { lessonId: script.lessonId }, steps: expect.any(Array) });
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
      expect(reloaded.cloudSnapshot()).toEqual(live.cloudSnapshot());
      live.dispose();
      reloaded.dispose();
    },
  );

  it('keeps every saved replay script together under 200 KB', () => {
    // One lesson is saved at a time; even all of them together stay far under the budget.
    expect(total).toBeGreaterThan(0);
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
    expect(reloaded.cloudSnapshot()).toEqual(live.cloudSnapshot());
  });
});
