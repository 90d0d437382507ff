/**
 * The running simulation: one cloud, the active flow's actor, the clock they share and the history "Previous step" returns
 * to. Plain TypeScript; React only subscribes (`useSyncExternalStore(session.subscribe, session.getView)`) and calls methods.
 *
 * ```ts
 * const session = await createSession({ storage: localStorage });
 * await session.openLesson({ lessonId: 'sign-up', flow: 'signUp', scenario: 'emptyPool', steps }, 0);
 * await session.next();        // performs step 1's guided action (in guided mode) and records history[1]
 * await session.previous();    // true time travel: cloud users, codes, log, clock and machine state as after step 0
 * ```
 *
 * Steps (navigation.ts): `openLesson(script, i)` builds the scenario in a fresh cloud (starting 2026-01-15T09:00:00Z), then
 * performs the actions of steps 0…i; `history[j]` is captured after step j, so `history[0]` is the state after the scenario
 * and step 0's action (step 0 usually has none). In **guided** mode `next()` performs the next step's action; in **free**
 * mode (freeMode.ts) it only moves the text on (the learner drives the app with `send`), except for actions that never
 * touch the app's forms (`clock.*`, `inbox.open`, `app.open`, `story.tell`). What the learner does in free mode is folded
 * into the current step's history entry. `SessionView.stepLogMarks[j]` is `cloud.log` length after step j and `logStart`
 * its length after the scenario, so a step's own messages are `log.entries.slice(stepLogMarks[j-1] ?? logStart, stepLogMarks[j])`.
 *
 * Saving (saver.ts, persistence.ts): after every step, reset and settled free-mode change, a replay script goes under
 * `cognito-simulator/session/v2`: the seed, the signing keys (private JWKs), the lesson (id, flow, scenario, step count),
 * the mode, and per step in order the step performed with its mode, then every event the learner sent, clock advance and
 * tab change. No snapshots: on load (restore.ts) the script is replayed against a fresh cloud, which the deterministic
 * engine turns into the same ids, codes and token bytes, and the history is captured again in memory. The record is taken
 * at the change and written in a task of its own right after (several changes in a row are written once); `flush()` writes
 * at once (the UI calls it when the page is hidden) and `settled()` includes the write. A corrupt record, a replay that no
 * longer arrives where it did, or a record of the snapshot format (`…/session/v1`, removed) gives a `notice` and a fresh
 * start (of the same lesson when it is known), never an exception. Per-lesson progress lives under `cognito-simulator/progress/v1`.
 */
import { readProgress, withProgress, type AppTab, type SessionMode } from './persistence';
import { clamp, performStep, sameSteps, startLesson, stepOf, travelBack } from './navigation';
import { previewNext } from './preview';
import { resumeSaved } from './restore';
import { Saver } from './saver';
import { capture, KeySource, settle, snapshotOf, type Timeline } from './timeline';
import { buildView, type LessonScript, type RunningLesson, type Session, type SessionOptions, type SessionView, type ViewParts } from './view';
import type { AppEvent } from '../types';
import type { CloudSnapshot } from '../../engine';

export type { AppTab, SessionMode, StorageLike, Progress } from './persistence';
export type { LessonScript, LessonScriptStep, Session, SessionOptions, SessionView } from './view';

const NO_LESSON: RunningLesson = { lessonId: null, flow: 'story', scenario: 'none', steps: [], stepCount: 0 };

class SimulationSession implements Session {
  readonly #options: SessionOptions;
  #keys: KeySource;
  #seed: string | undefined;
  readonly #saver: Saver;
  readonly #listeners = new Set<() => void>();
  readonly #s: Omit<ViewParts, 'timeline'> = {
    lesson: NO_LESSON,
    history: [],
    mode: 'guided',
    appTab: 'app',
    logStart: 0,
    operations: 0,
    lastAction: undefined,
    notice: undefined,
    progress: { version: 1, lessons: {} },
  };
  #timeline!: Timeline;
  #queue: Promise<unknown> = Promise.resolve();
  /** Resumed from storage and not yet checked against the lesson the UI opens. */
  #resumed = false;
  #unsubscribe: (() => void)[] = [];
  #view!: SessionView;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#keys = new KeySource(options.keys);
    this.#seed = options.seed;
    this.#saver = new Saver(options.storage, (problem) => {
      this.#s.notice = `Your progress could not be saved: ${problem}`;
      this.#refresh();
    });
  }

  async init(): Promise<void> {
    const { storage } = this.#options;
    const saved = storage ? await resumeSaved(storage, this.#keys) : {};
    if (storage) this.#s.progress = readProgress(storage);
    if ('replayed' in saved) {
      const { record, keys, timeline, history, logStart, appTab, lastAction } = saved.replayed;
      Object.assign(this.#s, { history, logStart, appTab, lastAction, mode: record.mode, lesson: { ...record.lesson, steps: [] } });
      this.#keys = keys;
      this.#seed = record.seed ?? undefined;
      this.#saver.adopt(record.steps);
      this.#resumed = true;
      this.#attach(timeline);
    } else {
      // An unusable record keeps only its lesson's id: the UI then opens that lesson afresh, at its first step.
      if ('notice' in saved) this.#s.notice = saved.notice;
      await this.#fresh('lessonId' in saved && saved.lessonId !== null ? { ...NO_LESSON, lessonId: saved.lessonId } : NO_LESSON);
    }
    this.#refresh();
  }

  getView = (): SessionView => this.#view;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  openLesson(script: LessonScript, stepIndex = 0): Promise<void> {
    // Already open at that step with its steps known (the app opens the addressed lesson before its first render):
    // nothing changes, so nothing is re-rendered.
    const open = this.#s.lesson;
    const known = open.steps.length > 0 && open.steps.length === script.steps.length;
    if (this.#s.operations === 0 && known && open.lessonId === script.lessonId && open.flow === script.flow && open.scenario === script.scenario) {
      if (clamp(stepIndex, open.stepCount) === this.#stepIndex) return Promise.resolve();
    }
    return this.#run(async () => {
      const lesson: RunningLesson = { ...script, stepCount: script.steps.length };
      const current = this.#s.lesson;
      const same =
        current.lessonId === lesson.lessonId && current.flow === lesson.flow && current.scenario === lesson.scenario && current.stepCount === lesson.stepCount;
      const resumed = this.#resumed;
      this.#resumed = false;
      if (same && sameSteps(this.#saver.performed, lesson.steps)) this.#s.lesson = lesson;
      else {
        this.#s.notice = same && resumed ? `The lesson “${lesson.lessonId}” changed since your progress was saved, so it was started afresh.` : undefined;
        await this.#fresh(lesson);
      }
      await this.#goTo(clamp(stepIndex, lesson.stepCount));
    });
  }

  next(): Promise<void> {
    return this.#run(() => this.#goTo(this.#stepIndex + 1));
  }

  previous(): Promise<void> {
    return this.#run(() => this.#goTo(this.#stepIndex - 1));
  }

  goToStep(stepIndex: number): Promise<void> {
    return this.#run(() => this.#goTo(clamp(stepIndex, this.#s.lesson.stepCount)));
  }

  reset(): Promise<void> {
    return this.#run(async () => {
      this.#s.notice = undefined;
      await this.#fresh(this.#s.lesson);
    });
  }

  send(event: AppEvent): void {
    if (this.#view.busy) return;
    this.#saver.event({ send: structuredClone(event) });
    this.#timeline.actor.send(event);
    void this.#enqueue(async () => {
      await settle(this.#timeline);
      this.#recordCurrent();
    });
  }

  advanceClock(ms: number): void {
    this.#saver.event({ clock: ms });
    this.#timeline.clock.increment(ms);
    this.#recordCurrent();
  }

  setMode(mode: SessionMode): void {
    this.#s.mode = mode;
    this.#save();
    this.#refresh();
  }

  setAppTab(tab: AppTab): void {
    this.#saver.event({ tab });
    this.#s.appTab = tab;
    this.#recordCurrent();
  }

  dismissNotice(): void {
    this.#s.notice = undefined;
    this.#refresh();
  }

  previewNext(): Promise<SessionView | undefined> {
    return previewNext(this.#s, this.#timeline, this.#keys);
  }

  async settled(): Promise<void> {
    await this.#queue;
    await settle(this.#timeline);
    this.flush();
  }

  flush(): void {
    this.#saver.flush();
  }

  cloudSnapshot(): CloudSnapshot {
    return this.#timeline.cloud.snapshot();
  }

  dispose(): void {
    this.flush();
    this.#detach();
    this.#listeners.clear();
  }

  get #stepIndex(): number {
    return this.#s.history.length - 1;
  }

  /** Runs one step-changing operation at a time; the view says busy meanwhile, and a failure becomes a notice. */
  #run(operation: () => Promise<void>): Promise<void> {
    this.#s.operations++;
    this.#refresh();
    return this.#enqueue(async () => {
      try {
        await operation();
      } catch (error) {
        this.#s.notice = `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        this.#s.operations--;
        this.#refresh();
      }
    });
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** A new timeline with the lesson's scenario built, and step 0 performed. */
  async #fresh(lesson: RunningLesson): Promise<void> {
    const { timeline, logStart } = await startLesson(lesson, this.#keys, this.#seed);
    this.#attach(timeline);
    Object.assign(this.#s, { lesson, history: [], appTab: 'app', lastAction: undefined, logStart });
    await this.#perform(0);
  }

  /** Back: rebuild the timeline captured after that step. Forward: perform each step in between. */
  async #goTo(target: number): Promise<void> {
    if (target < 0 || target === this.#stepIndex || target >= Math.max(1, this.#s.lesson.stepCount)) return;
    if (target > this.#stepIndex) {
      while (this.#stepIndex < target) await this.#perform(this.#stepIndex + 1);
      return;
    }
    const entry = this.#s.history[target]!;
    this.#attach(await travelBack(this.#timeline, entry, this.#keys));
    Object.assign(this.#s, { history: this.#s.history.slice(0, target + 1), appTab: entry.appTab, lastAction: undefined });
    this.#saver.truncate(target);
    this.#save();
  }

  /** Performs step i's action (when the mode allows) and records history[i] and the script's step i. */
  async #perform(i: number): Promise<void> {
    const step = this.#s.lesson.steps[i];
    this.#s.lastAction = undefined;
    this.#saver.step(i, stepOf(step), this.#s.mode);
    const outcome = await performStep(this.#timeline, step, this.#s.mode, this.#s.appTab);
    Object.assign(this.#s, { appTab: outcome.appTab, lastAction: outcome.lastAction });
    if (outcome.notice) this.#s.notice = outcome.notice;
    this.#s.history[i] = capture(this.#timeline, this.#s.appTab);
    this.#save();
  }

  /** Folds a free-mode change (a form, the clock, the tab) into the current step's history entry. */
  #recordCurrent(): void {
    if (this.#s.history.length > 0 && !snapshotOf(this.#timeline).hasTag('busy')) {
      this.#s.history[this.#stepIndex] = capture(this.#timeline, this.#s.appTab);
      this.#save();
    }
    this.#refresh();
  }

  #save(): void {
    const { lesson, history, mode } = this.#s;
    if (lesson.lessonId !== null) this.#s.progress = withProgress(this.#s.progress, lesson.lessonId, this.#stepIndex, lesson.stepCount);
    this.#saver.save({ seed: this.#seed, keys: this.#keys.ready, lesson, mode, history, progress: this.#s.progress });
  }

  #attach(timeline: Timeline): void {
    this.#detach();
    this.#timeline = timeline;
    const refresh = () => this.#refresh();
    const subscription = timeline.actor.subscribe({ next: refresh, error: refresh });
    this.#unsubscribe = [() => subscription.unsubscribe(), timeline.cloud.log.subscribe(refresh), timeline.cloud.outbox.subscribe(refresh)];
  }

  #detach(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    this.#timeline?.actor.stop();
  }

  #refresh(): void {
    if (!this.#timeline) return;
    this.#view = buildView({ ...this.#s, timeline: this.#timeline });
    for (const listener of this.#listeners) listener();
  }
}

/**
 * Starts a session: resumes the one saved in `storage` when it can (otherwise says why in `notice`) or starts empty
 * (no lesson, the story flow). Never rejects because of what storage holds.
 */
export async function createSession(options: SessionOptions = {}): Promise<Session> {
  const session = new SimulationSession(options);
  await session.init();
  return session;
}
