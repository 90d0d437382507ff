import { describe, expect, it, vi } from 'vitest';
import { OUTDATED_SESSION_KEY, PROGRESS_KEY, SESSION_KEY } from '../../../src/flows/session/persistence';
import { v1Record } from './v1Record';
import { createSession, type Session, type SessionView } from '../../../src/flows/session';
import { FIXTURE_KEYS } from '../../support/cloud';
import { guidedLessons } from '../lessons';
import { memoryStorage } from '../support';
import { cognitoIdp, type UserPoolsState } from '../../../src/engine';

const signUp = guidedLessons[0]!.script;
const signIn = guidedLessons[1]!.script;
const START = Date.UTC(2026, 0, 15, 9);

/** The modulus of the first pool's ID-token key, from the cloud's snapshot. */
const poolKeys = (session: Session) =>
  Object.values((session.cloudSnapshot().services[cognitoIdp.id]!.regions['us-east-1'] as UserPoolsState).pools)[0]!.keys.id.publicJwk.n;
const usersOf = (view: SessionView) => view.userPools.pools.flatMap((p) => p.users.map((u) => u.status));

describe('session', () => {
  it('starts empty: no lesson, the story flow, a cloud at 2026-01-15T09:00:00Z', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    const view = session.getView();
    expect(view).toMatchObject({
      lessonId: null,
      stepIndex: 0,
      stepCount: 0,
      mode: 'guided',
      appTab: 'app',
      flowId: 'story',
      busy: false,
      logStart: 0,
      stepLogMarks: [0],
    });
    expect(view.now).toBe(START);
    expect(view.notice).toBeUndefined();
  });

  it('opens a lesson at a step by performing the steps before it, recording log marks per step', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signUp, 2);
    const view = session.getView();
    expect(view).toMatchObject({ lessonId: 'sign-up', stepIndex: 2, stepCount: signUp.steps.length, flowId: 'signUp' });
    expect(view.snapshot.value).toBe('awaitingCode');
    expect(view.logStart).toBe(2); // CreateUserPool, CreateUserPoolClient
    expect(view.stepLogMarks).toEqual([2, 3, 4]);
    expect(view.log.slice(view.stepLogMarks[1], view.stepLogMarks[2]).map((e) => [e.action, e.status])).toEqual([['SignUp', 200]]);
  });

  it('travels back exactly: cloud users, codes, log, clock and machine state as after the earlier step', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signUp, 0);
    const after: { cloud: unknown; value: unknown; context: unknown; now: number; appTab: string }[] = [];
    const record = () => {
      const v = session.getView();
      after[v.stepIndex] = { cloud: session.cloudSnapshot(), value: v.snapshot.value, context: v.snapshot.context, now: v.now, appTab: v.appTab };
    };
    record();
    for (let i = 1; i < signUp.steps.length; i++) {
      await session.next();
      record();
    }
    expect(session.getView().snapshot.value).toBe('confirmed');
    expect(usersOf(session.getView())).toEqual(['CONFIRMED']);
    for (let i = signUp.steps.length - 2; i >= 0; i--) {
      await session.previous();
      const v = session.getView();
      expect(v.stepIndex).toBe(i);
      expect(session.cloudSnapshot()).toEqual(after[i]!.cloud);
      expect(v.snapshot.value).toEqual(after[i]!.value);
      expect(v.snapshot.context).toEqual(after[i]!.context);
      expect(v.now).toBe(after[i]!.now);
      expect(v.appTab).toBe(after[i]!.appTab);
      expect(v.stepLogMarks.length).toBe(i + 1);
    }
    expect(usersOf(session.getView())).toEqual([]);
    expect(session.getView().now).toBe(START);
    await session.previous(); // nothing before step 0
    expect(session.getView().stepIndex).toBe(0);
  });

  it('replays forward after travelling back to the very same cloud (same seed, same steps)', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signIn, 5);
    const first = session.cloudSnapshot();
    await session.goToStep(1);
    expect(session.getView().snapshot.value).toBe('signInFailed');
    await session.goToStep(5);
    expect(session.cloudSnapshot()).toEqual(first);
    expect(session.getView().snapshot.matches('signedIn.profileShown')).toBe(true);
  });

  it('resets the lesson to its scenario and step 0', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signUp, 4);
    await session.reset();
    const view = session.getView();
    expect(view).toMatchObject({ lessonId: 'sign-up', stepIndex: 0, appTab: 'app', now: START, stepLogMarks: [2] });
    expect(view.snapshot.value).toBe('editing');
    expect(view.log.map((e) => e.action)).toEqual(['CreateUserPool', 'CreateUserPoolClient']);
    expect(view.lastAction).toBeUndefined();
  });

  it('does not re-run anything when asked to open the lesson and step already open', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signUp, 3);
    const log = session.getView().log;
    const view = session.getView();
    const listener = vi.fn();
    session.subscribe(listener);
    await session.openLesson({ ...signUp, steps: [...signUp.steps] }, 3);
    expect(session.getView().log).toBe(log);
    expect(session.getView()).toBe(view); // not even a busy flicker: nothing re-renders
    expect(listener).not.toHaveBeenCalled();
    await session.next();
    expect(session.getView().stepIndex).toBe(4);
    await session.next();
    await session.goToStep(99);
    expect(session.getView().stepIndex).toBe(signUp.steps.length - 1);
    await session.next(); // past the end: nothing
    expect(session.getView().stepIndex).toBe(signUp.steps.length - 1);
  });

  it('previews the next step on a copy: the same requests, answers and state the real step then produces, and nothing changes meanwhile', async () => {
    const storage = memoryStorage();
    const session = await createSession({ keys: FIXTURE_KEYS, storage });
    for (let step = 0; step < signIn.steps.length - 1; step++) {
      await session.openLesson(signIn, step);
      await session.settled();
      const before = session.getView();
      const saved = storage.data.get(SESSION_KEY);
      const listener = vi.fn();
      const unsubscribe = session.subscribe(listener);
      const preview = (await session.previewNext())!;
      expect(listener).not.toHaveBeenCalled();
      expect(session.getView()).toBe(before);
      expect(storage.data.get(SESSION_KEY)).toBe(saved);
      unsubscribe();
      await session.next();
      const after = session.getView();
      const shape = (v: typeof after) => v.log.map((e) => [e.action, e.status, e.error?.code ?? null, e.time]);
      expect(preview.stepIndex, `step ${step + 1}`).toBe(after.stepIndex);
      expect(shape(preview)).toEqual(shape(after));
      expect(preview.stepLogMarks).toEqual(after.stepLogMarks);
      expect(preview.snapshot.value).toEqual(after.snapshot.value);
      expect(preview.outbox).toEqual(after.outbox);
    }
    expect(await session.previewNext()).toBeUndefined(); // at the last step
  });

  it('generates its own signing keys when none are given, once per session', async () => {
    const session = await createSession();
    await session.openLesson(signIn, 5);
    expect(session.getView().snapshot.matches('signedIn.profileShown')).toBe(true);
    const modulus = poolKeys(session);
    await session.reset();
    expect(poolKeys(session)).toBe(modulus);
  });

  it('opening another lesson starts a fresh cloud with its scenario', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(signUp, 2);
    await session.openLesson(signIn, 0);
    const view = session.getView();
    expect(view.flowId).toBe('signIn');
    expect(view.now).toBe(START);
    expect(usersOf(view)).toEqual(['CONFIRMED']);
  });

  it('notifies subscribers, says busy while a step runs, and stops after unsubscribe', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    const listener = vi.fn();
    const busy: boolean[] = [];
    const unsubscribe = session.subscribe(() => {
      listener();
      busy.push(session.getView().busy);
    });
    const opening = session.openLesson(signUp, 2);
    expect(session.getView().busy).toBe(true);
    await opening;
    expect(session.getView().busy).toBe(false);
    expect(busy).toContain(true);
    const calls = listener.mock.calls.length;
    unsubscribe();
    await session.next();
    expect(listener.mock.calls.length).toBe(calls);
    expect(session.getView()).toBe(session.getView()); // stable between changes, as useSyncExternalStore needs
  });

  describe('free mode', () => {
    it('moves the text on without performing form actions; the learner drives the app with send()', async () => {
      const session = await createSession({ keys: FIXTURE_KEYS });
      await session.openLesson(signUp, 0);
      session.setMode('free');
      await session.next(); // signUp.submitWeakPassword: not performed
      expect(session.getView().snapshot.value).toBe('editing');
      expect(session.getView().lastAction).toBeUndefined();
      session.send({ type: 'form.change', field: 'username', value: 'me@example.com' });
      session.send({ type: 'form.change', field: 'email', value: 'me@example.com' });
      session.send({ type: 'form.change', field: 'password', value: '#Mine1234' });
      session.send({ type: 'form.submit' });
      await session.settled();
      expect(session.getView().snapshot.value).toBe('awaitingCode');
      expect(session.getView().outbox.at(-1)?.to).toBe('me@example.com');
      await session.next(); // signUp.submit: skipped
      await session.next(); // inbox.open: performed even in free mode
      expect(session.getView().appTab).toBe('inbox');
      await session.previous();
      expect(session.getView().snapshot.value).toBe('awaitingCode'); // what the learner did is kept in history
    });

    it('ignores events while a cloud call is in flight', async () => {
      const session = await createSession({ keys: FIXTURE_KEYS });
      await session.openLesson(signUp, 0);
      session.setMode('free');
      session.send({ type: 'form.submit' });
      expect(session.getView().busy).toBe(true);
      session.send({ type: 'form.change', field: 'username', value: 'ignored' });
      await session.settled();
      expect(session.getView().snapshot.context.form.username).toBe('');
    });

    it('advanceClock and setAppTab move the clock and tab and are kept in history', async () => {
      const session = await createSession({ keys: FIXTURE_KEYS });
      await session.openLesson(signUp, 1);
      session.advanceClock(60_000);
      session.setAppTab('inbox');
      expect(session.getView()).toMatchObject({ now: START + 60_000, appTab: 'inbox' });
      await session.next();
      await session.previous();
      expect(session.getView()).toMatchObject({ now: START + 60_000, appTab: 'inbox' });
    });
  });

  describe('persistence', () => {
    it('round-trips through storage: a new session resumes the lesson, step, state and history', async () => {
      const storage = memoryStorage();
      const first = await createSession({ keys: FIXTURE_KEYS, storage });
      await first.openLesson(signIn, 5);
      first.setMode('free');
      await first.settled(); // the save is written in a task of its own
      const before = first.getView();
      const saved = JSON.parse(storage.data.get(SESSION_KEY)!);
      expect(saved).toMatchObject({ version: 2, lesson: { lessonId: 'sign-in', flow: 'signIn', scenario: 'confirmedUser' }, mode: 'free' });
      expect(saved.steps).toHaveLength(6);

      const second = await createSession({ keys: FIXTURE_KEYS, storage });
      const after = second.getView();
      expect(after.notice).toBeUndefined();
      expect(after).toMatchObject({
        lessonId: 'sign-in',
        stepIndex: 5,
        stepCount: signIn.steps.length,
        mode: 'free',
        flowId: 'signIn',
        logStart: before.logStart,
        stepLogMarks: before.stepLogMarks,
        now: before.now,
      });
      expect(after.snapshot.value).toEqual(before.snapshot.value);
      expect(after.snapshot.context).toEqual(before.snapshot.context);
      expect(second.cloudSnapshot()).toEqual(first.cloudSnapshot());

      const logLength = after.log.length;
      await second.openLesson(signIn, 5); // the UI opens the route's lesson: nothing re-runs
      expect(second.getView().log.length).toBe(logLength);
      await second.previous();
      expect(second.getView().snapshot.matches('signedIn.idle')).toBe(true);
      second.setMode('guided');
      await second.next();
      expect(second.getView().snapshot.matches('signedIn.profileShown')).toBe(true);
    });

    it('records progress per lesson: last step reached and completion', async () => {
      const storage = memoryStorage();
      const session = await createSession({ keys: FIXTURE_KEYS, storage });
      await session.openLesson(guidedLessons[4]!.script, 1);
      await session.settled();
      expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual({ version: 1, lessons: { console: { lastStep: 1, completed: false } } });
      await session.next();
      await session.previous();
      expect(session.getView().progress.lessons['console']).toEqual({ lastStep: 2, completed: true });
      await session.settled();
      const again = await createSession({ keys: FIXTURE_KEYS, storage });
      expect(again.getView().progress.lessons['console']).toEqual({ lastStep: 2, completed: true });
    });

    it.each([
      ['not JSON', '{oops', 'the saved data is not valid JSON.'],
      ['outdated', JSON.stringify({ version: 0, lessonId: 'x' }), 'it was saved by a different version of the simulator (version 0).'],
      [
        'damaged script',
        JSON.stringify({
          version: 2,
          seed: null,
          keys: [],
          lesson: { lessonId: 'x', flow: 'signUp', scenario: 'emptyPool', stepCount: 1 },
          mode: 'guided',
          steps: [{ mode: 'guided', log: 'x' }],
        }),
        'a step in the script is damaged (no log length).',
      ],
      ['unknown flow', JSON.stringify({ version: 2, seed: null, keys: [], lesson: { lessonId: 'x', flow: 'nope' }, steps: [] }), 'the flow "nope" is unknown.'],
    ])('discards a %s store with a notice and starts fresh', async (_, stored, reason) => {
      const storage = memoryStorage({ [SESSION_KEY]: stored });
      const session = await createSession({ keys: FIXTURE_KEYS, storage });
      expect(session.getView().notice).toBe(`Your saved progress could not be restored and was reset: ${reason}`);
      expect(session.getView().lessonId).toBeNull();
      await session.settled();
      expect(JSON.parse(storage.data.get(SESSION_KEY)!).lesson.lessonId).toBeNull();
      session.dismissNotice();
      expect(session.getView().notice).toBeUndefined();
    });

    it('says so and starts the lesson afresh when replaying its script no longer arrives where it did', async () => {
      const storage = memoryStorage();
      const first = await createSession({ keys: FIXTURE_KEYS, storage });
      await first.openLesson(signUp, 2);
      await first.settled();
      const saved = JSON.parse(storage.data.get(SESSION_KEY)!);
      saved.steps[2].action = 'signUp.aStepThatWasRenamed';
      storage.data.set(SESSION_KEY, JSON.stringify(saved));
      const second = await createSession({ keys: FIXTURE_KEYS, storage });
      expect(second.getView().notice).toBe(
        'Your saved progress could not be replayed (step 3 no longer does what it did when it was saved), so the lesson “sign-up” starts afresh at its first step.',
      );
      expect(second.getView()).toMatchObject({ lessonId: 'sign-up', stepIndex: 0 });
      await second.openLesson(signUp, 0);
      expect(second.getView()).toMatchObject({ lessonId: 'sign-up', flowId: 'signUp', stepIndex: 0 });
      expect(second.getView().snapshot.value).toBe('editing');
    });

    it('starts afresh, saying so, when the lesson asks for other steps than the saved ones', async () => {
      const storage = memoryStorage();
      const first = await createSession({ keys: FIXTURE_KEYS, storage });
      await first.openLesson(signUp, 2);
      await first.settled();
      const second = await createSession({ keys: FIXTURE_KEYS, storage });
      const changed = { ...signUp, steps: signUp.steps.map((step, i) => (i === 1 ? { action: 'signUp.submit' } : step)) };
      await second.openLesson(changed, 1);
      expect(second.getView().notice).toBe('The lesson “sign-up” changed since your progress was saved, so it was started afresh.');
      expect(second.getView().snapshot.value).toBe('awaitingCode');
    });

    it('opens a session saved by the snapshot format (v1): the course was updated, the same lesson starts afresh', async () => {
      const storage = memoryStorage({ [OUTDATED_SESSION_KEY]: await v1Record() });
      const session = await createSession({ keys: FIXTURE_KEYS, storage });
      expect(session.getView().notice).toBe(
        'The course was updated since your last visit, so your saved place could not be restored: the lesson “sign-in” starts afresh at its first step.',
      );
      expect(session.getView()).toMatchObject({ lessonId: 'sign-in', stepIndex: 0, busy: false });
      expect(storage.data.has(OUTDATED_SESSION_KEY)).toBe(false);
      await session.openLesson(signIn, 0);
      expect(session.getView()).toMatchObject({ lessonId: 'sign-in', flowId: 'signIn', stepIndex: 0, now: START });
      expect(session.getView().snapshot.value).toBe('editing');
      await session.settled();
      expect(JSON.parse(storage.data.get(SESSION_KEY)!).lesson.lessonId).toBe('sign-in');
    });

    it('says so, without throwing, when storage refuses to save', async () => {
      const storage = {
        ...memoryStorage(),
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      };
      const session = await createSession({ keys: FIXTURE_KEYS, storage });
      await session.openLesson(signUp, 1);
      await session.settled();
      expect(session.getView().notice).toBe('Your progress could not be saved: QuotaExceededError');
      expect(session.getView().snapshot.value).toBe('signUpFailed');
    });

    it('writes the save after the step, once for several changes in a row, and at once when flushed', async () => {
      const storage = memoryStorage();
      const writes: string[] = [];
      const counting = { ...storage, setItem: (key: string, value: string) => (writes.push(key), storage.setItem(key, value)) };
      const session = await createSession({ keys: FIXTURE_KEYS, storage: counting });
      await session.settled();
      writes.length = 0;
      await session.openLesson(signUp, 3); // four steps, each saved
      expect(writes).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(writes.filter((k) => k === SESSION_KEY)).toHaveLength(1);
      expect(JSON.parse(storage.data.get(SESSION_KEY)!).steps).toHaveLength(4);
      await session.next();
      session.flush();
      expect(JSON.parse(storage.data.get(SESSION_KEY)!).steps).toHaveLength(5);
    });

    it('keeps a saved lesson small enough for localStorage', async () => {
      const storage = memoryStorage();
      const session = await createSession({ keys: FIXTURE_KEYS, storage });
      await session.openLesson(signIn, signIn.steps.length - 1);
      await session.settled();
      const size = storage.data.get(SESSION_KEY)!.length;
      expect(size).toBeLessThan(250_000);
    });
  });
});
