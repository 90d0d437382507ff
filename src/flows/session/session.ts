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
 * Steps (navigation.ts): `openLesson(script, i)` builds the scenario in a fresh cloud, then performs steps 0…i;
 * `history[j]` is captured after step j. Guided mode performs each step's action; free mode (freeMode.ts) leaves the
 * forms to the learner and folds what they do into the current step.
 *
 * Saving: after every step, reset and settled free-mode change, a replay script of the lesson is saved (persistence.ts
 * says what it holds, saver.ts when it is written) and replayed on load (restore.ts); a record that cannot be used gives a
 * `notice` and a fresh start, never an exception.
 */
import { readProgress, withProgress, type AppTab, type SessionMode } from './persistence';
import { clamp, isOpenAt, performStep, sameLesson, sameSteps, startLesson, stepOf, travelBack } from './navigation';
import { previewNext } from './preview';
import { resumeSaved } from './restore';
import { Saver } from './saver';
import { Operations } from './operations';
import { capture, KeySource, settle, snapshotOf, watch, type Timeline } from './timeline';
import { buildView, emptyParts, NO_LESSON } from './view';
import type { LessonScript, RunningLesson, Session, SessionOptions, SessionParts, SessionView } from './view';
import type { AppEvent } from '../types';
import type { CloudSnapshot } from '../../engine';

export type { AppTab, SessionMode, StorageLike, Progress } from './persistence';
export type { LessonScript, LessonScriptStep, Session, SessionOptions, SessionView } from './view';

class SimulationSession implements Session {
  readonly #options: SessionOptions;
  #keys: KeySource;
  #seed: string | undefined;
  readonly #saver: Saver;
  readonly #listeners = new Set<() => void>();
  readonly #s: SessionParts = emptyParts();
  #timeline!: Timeline;
  readonly #operations = new Operations(
    () => this.#refresh(),
    (message) => (this.#s.notice = message),
  );
  /** Resumed from storage and not yet checked against the lesson the UI opens. */
  #resumed = false;
  #unwatch: () => void = () => undefined;
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
    if (this.#operations.running === 0 && isOpenAt(this.#s.lesson, script, stepIndex, this.#stepIndex)) return Promise.resolve();
    return this.#operations.run(async () => {
      const lesson: RunningLesson = { ...script, stepCount: script.steps.length };
      const same = sameLesson(this.#s.lesson, lesson);
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
    return this.#move(() => this.#stepIndex + 1);
  }

  previous(): Promise<void> {
    return this.#move(() => this.#stepIndex - 1);
  }

  goToStep(stepIndex: number): Promise<void> {
    return this.#move(() => stepIndex);
  }

  /** The target is read when the move runs, after any queued before it; a banner from an earlier step is stale then. */
  #move(target: () => number): Promise<void> {
    return this.#operations.run(() => {
      this.#s.notice = undefined;
      return this.#goTo(clamp(target(), this.#s.lesson.stepCount));
    });
  }

  backOnPath(): Promise<void> {
    return this.#operations.run(async () => {
      const target = this.#stepIndex;
      Object.assign(this.#s, { mode: 'guided', notice: undefined });
      await this.#fresh(this.#s.lesson);
      await this.#goTo(target);
    });
  }

  reset(): Promise<void> {
    return this.#operations.run(async () => {
      this.#s.notice = undefined;
      await this.#fresh(this.#s.lesson);
    });
  }

  newClass(first: LessonScript): Promise<void> {
    return this.#operations.run(async () => {
      Object.assign(this.#s, { progress: { version: 1, lessons: {} }, mode: 'guided', notice: undefined });
      this.#resumed = false;
      // The fresh lesson's first save replaces the saved session and the progress record.
      await this.#fresh({ ...first, stepCount: first.steps.length });
    });
  }

  send(event: AppEvent): void {
    if (this.#view.busy) return;
    this.#saver.event({ send: structuredClone(event) });
    this.#timeline.actor.send(event);
    void this.#operations.enqueue(async () => {
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
    return previewNext(this.#parts(), this.#timeline, this.#keys);
  }

  async settled(): Promise<void> {
    await this.#operations.idle();
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
    this.#unwatch();
    this.#listeners.clear();
  }

  #parts() {
    return { ...this.#s, operations: this.#operations.running, stepModes: this.#saver.modes, offPath: this.#saver.offPath };
  }

  get #stepIndex(): number {
    return this.#s.history.length - 1;
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
    this.#unwatch();
    this.#timeline = timeline;
    this.#unwatch = watch(timeline, () => this.#refresh());
  }

  #refresh(): void {
    if (!this.#timeline) return;
    this.#view = buildView({ ...this.#parts(), timeline: this.#timeline });
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
