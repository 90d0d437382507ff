/** Guided and Free mode stay in step: what the session says it did, and putting a lesson back on its guided path. */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/flows/session';
import { FIXTURE_KEYS } from '../../support/cloud';
import { guidedLessons } from '../lessons';

const signUp = guidedLessons[0]!.script;

describe('leaving and rejoining the guided run', () => {
  it('is on the path while the learner only reads and changes tabs', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signUp, 2);
    session.setAppTab('inbox');
    expect(session.getView()).toMatchObject({ offPath: false, stepModes: ['guided', 'guided', 'guided'] });
  });

  it('is off the path after a free-mode step skipped its action, or a form the learner sent', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signUp, 0);
    session.setMode('free');
    await session.next(); // its form action is skipped
    expect(session.getView()).toMatchObject({ offPath: true, stepModes: ['guided', 'free'] });
    const other = await createSession({ keys: FIXTURE_KEYS });
    await other.openLesson(signUp, 1);
    other.setMode('free');
    other.send({ type: 'form.change', field: 'username', value: 'me@example.com' });
    await other.settled();
    expect(other.getView().offPath).toBe(true);
  });

  it('replays the guided run to the current step: the same cloud and app as a guided walk, in guided mode', async () => {
    const guided = await createSession({ keys: FIXTURE_KEYS });
    await guided.openLesson(signUp, 3);
    const wandered = await createSession({ keys: FIXTURE_KEYS });
    await wandered.openLesson(signUp, 1);
    wandered.setMode('free');
    wandered.send({ type: 'form.change', field: 'username', value: 'someone-else@example.com' });
    await wandered.settled();
    await wandered.next();
    await wandered.next();
    wandered.setMode('guided');
    expect(wandered.getView().offPath).toBe(true);
    await wandered.backOnPath();
    const view = wandered.getView();
    expect(view).toMatchObject({ stepIndex: 3, mode: 'guided', offPath: false, stepModes: ['guided', 'guided', 'guided', 'guided'] });
    expect(view.snapshot.value).toEqual(guided.getView().snapshot.value);
    expect(wandered.cloudSnapshot()).toEqual(guided.cloudSnapshot());
  });

  it('clears a banner from an earlier step when the learner moves on', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    const steps = [{}, { action: 'story.tell' }, { action: 'story.tell', message: 'A->>B: hello' }];
    await session.openLesson({ lessonId: 'broken-story', flow: 'story', scenario: 'none', steps }, 0);
    await session.next(); // its message is missing: the step says so
    expect(session.getView().notice).toMatch(/could not be performed/);
    await session.next();
    expect(session.getView().notice).toBeUndefined();
  });
});
