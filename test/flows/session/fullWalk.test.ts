import { describe, expect, it } from 'vitest';
import { createSession, type Session, type SessionView } from '../../../src/flows/session';
import { FIXTURE_KEYS } from '../../support/cloud';
import { guidedLessons } from '../lessons';
import { memoryStorage } from '../support';

const state = (session: Session, v: SessionView = session.getView()) => ({
  lessonId: v.lessonId,
  stepIndex: v.stepIndex,
  stepCount: v.stepCount,
  mode: v.mode,
  appTab: v.appTab,
  flowId: v.flowId,
  logStart: v.logStart,
  stepLogMarks: v.stepLogMarks,
  now: v.now,
  value: v.snapshot.value,
  context: v.snapshot.context,
  log: v.log,
  outbox: v.outbox,
  cloud: session.cloudSnapshot(),
});

describe('saving a walk through every lesson', () => {
  it('stays under 200 KB of storage and reloads each lesson into the very same state', async () => {
    const storage = memoryStorage();
    const session = await createSession({ keys: FIXTURE_KEYS, storage });
    let largest = 0;
    for (const { script } of guidedLessons) {
      await session.openLesson(script, 0);
      while (session.getView().stepIndex < script.steps.length - 1) await session.next();
      await session.settled();
      const size = [...storage.data].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
      largest = Math.max(largest, size);
      expect(size, script.lessonId).toBeLessThan(200_000);

      const reloaded = await createSession({ keys: FIXTURE_KEYS, storage });
      expect(reloaded.getView().notice).toBeUndefined();
      expect(state(reloaded), script.lessonId).toEqual(state(session));
      await reloaded.previous();
      await session.previous();
      expect(state(reloaded), `${script.lessonId}, a step back`).toEqual(state(session));
      await session.next();
      reloaded.dispose();
    }
    console.info(`largest saved session: ${largest} characters`);
  });
});
