import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, SESSION_KEY } from '../../../src/flows/session/persistence';
import { createSession } from '../../../src/flows/session';
import { FIXTURE_KEYS } from '../../support/cloud';
import { guidedLessons } from '../lessons';
import { memoryStorage } from '../support';

const signUp = guidedLessons[0]!.script;
const signIn = guidedLessons[1]!.script;

describe('a new class', () => {
  it('forgets every lesson, Free mode and the saved session, and opens the first lesson at its start', async () => {
    const storage = memoryStorage();
    const session = await createSession({ keys: FIXTURE_KEYS, storage });
    await session.openLesson(signUp, signUp.steps.length - 1);
    await session.openLesson(signIn, 4);
    session.setMode('free');
    session.flush();
    expect(Object.keys(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons).sort()).toEqual([signIn.lessonId, signUp.lessonId].sort());

    await session.newClass(signUp);
    const view = session.getView();
    expect(view).toMatchObject({ lessonId: signUp.lessonId, stepIndex: 0, mode: 'guided' });
    expect(view.notice).toBeUndefined();
    expect(view.progress.lessons).toEqual({ [signUp.lessonId]: { lastStep: 0, completed: false } });
    session.flush();
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).lessons).toEqual({ [signUp.lessonId]: { lastStep: 0, completed: false } });

    const reloaded = await createSession({ keys: FIXTURE_KEYS, storage });
    await reloaded.openLesson(signUp, 0);
    expect(reloaded.getView()).toMatchObject({ lessonId: signUp.lessonId, stepIndex: 0, mode: 'guided' });
    expect(JSON.parse(storage.data.get(SESSION_KEY)!).lesson.lessonId).toBe(signUp.lessonId);
  });
});
