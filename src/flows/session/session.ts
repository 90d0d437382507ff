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
 * Steps (lessonRun.ts, navigation.ts): `openLesson(script, i)` builds the scenario in a fresh cloud, then performs steps
 * 0…i; `history[j]` is captured after step j. Guided mode performs each step's action; free mode (freeMode.ts) leaves the
 * forms to the learner and folds what they do into the current step.
 *
 * Saving: after every step, reset and settled free-mode change, a replay script of the lesson is saved (persistence.ts
 * says what it holds, saver.ts when it is written) and replayed on load (restore.ts); a record that cannot be used gives a
 * `notice` and a fresh start, never an exception.
 */
import { readProgress, type AppTab, type SessionMode } from './persistence';
import { LessonRun } from './lessonRun';
import { clamp, isOpenAt, sameLesson, sameSteps } from './navigation';
import { previewNext } from './preview';
import { resumeSaved } from './restore';
import { Saver } from './saver';
import { Operations } from './operations';
import { KeySource, plannedEventTypes, settle } from './timeline';
import { buildView, emptyParts, NO_LESSON } from './view';
import type { LessonScript, RunningLesson, Session, SessionOptions, SessionParts, SessionView } from './view';
import type { AppEvent } from '../types';
import type { CloudSnapshot } from '../../engine';
import { runDeveloperAction, type DeveloperAction, type DeveloperOutcome } from './developer';

export type { AppTab, SessionMode, StorageLike, Progress } from './persistence';
export type { LessonScript, LessonScriptStep, Session, SessionOptions, SessionView } from './view';
export type { DeveloperAction, DeveloperOutcome } from './developer';

class SimulationSession implements Session {
  readonly #options: SessionOptions;
  readonly #saver: Saver;
  readonly #listeners = new Set<() => void>();
  readonly #run: LessonRun;
  readonly #s: SessionParts;
  readonly #operations = new Operations(
    () => this.#refresh(),
    (message) => (this.#s.notice = message),
  );
  /** Resumed from storage and not yet checked against the lesson the UI opens. */
  #resumed = false;
  #view!: SessionView;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#saver = new Saver(options.storage, (problem) => {
      this.#s.notice = `Your progress could not be saved: ${problem}`;
      this.#refresh();
    });
    this.#s = emptyParts();
    this.#run = new LessonRun(this.#s, this.#saver, new KeySource(options.keys), options.seed, () => this.#refresh());
  }

  async init(): Promise<void> {
    const { storage } = this.#options;
    const saved = storage ? await resumeSaved(storage, this.#run.keys) : {};
    if (storage) this.#s.progress = readProgress(storage);
    if ('replayed' in saved) {
      const { record, keys, timeline, history, logStart, appTab, lastAction } = saved.replayed;
      Object.assign(this.#s, { history, logStart, appTab, lastAction, mode: record.mode, lesson: { ...record.lesson, steps: [] } });
      this.#run.keys = keys;
      this.#run.seed = record.seed ?? undefined;
      this.#saver.adopt(record.steps);
      this.#resumed = true;
      this.#run.attach(timeline);
    } else {
      // An unusable record keeps only its lesson's id: the UI then opens that lesson afresh, at its first step.
      if ('notice' in saved) this.#s.notice = saved.notice;
      await this.#run.fresh('lessonId' in saved && saved.lessonId !== null ? { ...NO_LESSON, lessonId: saved.lessonId } : NO_LESSON);
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
    if (this.#operations.running === 0 && isOpenAt(this.#s.lesson, script, stepIndex, this.#run.stepIndex)) return Promise.resolve();
    return this.#operations.run(async () => {
      const lesson: RunningLesson = { ...script, stepCount: script.steps.length };
      const same = sameLesson(this.#s.lesson, lesson);
      const resumed = this.#resumed;
      this.#resumed = false;
      if (same && sameSteps(this.#saver.performed, lesson.steps)) this.#s.lesson = lesson;
      else {
        this.#s.notice = same && resumed ? `The lesson “${lesson.lessonId}” changed since your progress was saved, so it was started afresh.` : undefined;
        await this.#run.fresh(lesson);
      }
      await this.#run.goTo(clamp(stepIndex, lesson.stepCount));
    });
  }

  next(): Promise<void> {
    return this.#move(() => this.#run.stepIndex + 1);
  }

  previous(): Promise<void> {
    return this.#move(() => this.#run.stepIndex - 1);
  }

  goToStep(stepIndex: number): Promise<void> {
    return this.#move(() => stepIndex);
  }

  /** The target is read when the move runs, after any queued before it; a banner from an earlier step is stale then. */
  #move(target: () => number): Promise<void> {
    return this.#operations.run(() => {
      this.#s.notice = undefined;
      return this.#run.goTo(clamp(target(), this.#s.lesson.stepCount));
    });
  }

  backOnPath(): Promise<void> {
    return this.#operations.run(async () => {
      const target = this.#run.stepIndex;
      Object.assign(this.#s, { mode: 'guided', notice: undefined });
      await this.#run.fresh(this.#s.lesson);
      await this.#run.goTo(target);
    });
  }

  reset(): Promise<void> {
    return this.#operations.run(async () => {
      this.#s.notice = undefined;
      await this.#run.fresh(this.#s.lesson);
    });
  }

  newClass(first: LessonScript): Promise<void> {
    return this.#operations.run(async () => {
      Object.assign(this.#s, { progress: { version: 1, lessons: {} }, mode: 'guided', notice: undefined });
      this.#resumed = false;
      // The fresh lesson's first save replaces the saved session and the progress record.
      await this.#run.fresh({ ...first, stepCount: first.steps.length });
    });
  }

  send(event: AppEvent): void {
    if (this.#view.busy) return;
    this.#saver.event({ send: structuredClone(event) });
    this.#run.timeline.actor.send(event);
    void this.#operations.enqueue(async () => {
      await settle(this.#run.timeline);
      this.#run.recordCurrent();
    });
  }

  developerAction(developer: DeveloperAction): Promise<DeveloperOutcome> {
    return this.#operations.enqueue(async () => {
      // After the flow's own call has settled, so the step's history entry is captured with both.
      await settle(this.#run.timeline);
      this.#saver.event({ developer: structuredClone(developer) });
      const outcome = await runDeveloperAction(this.#run.timeline.cloud, developer);
      this.#run.recordCurrent();
      return outcome;
    });
  }

  advanceClock(ms: number): void {
    this.#saver.event({ clock: ms });
    this.#run.timeline.clock.increment(ms);
    this.#run.recordCurrent();
  }

  setMode(mode: SessionMode): void {
    this.#s.mode = mode;
    this.#run.save();
    this.#refresh();
  }

  setAppTab(tab: AppTab): void {
    this.#saver.event({ tab });
    this.#s.appTab = tab;
    this.#run.recordCurrent();
  }

  dismissNotice(): void {
    this.#s.notice = undefined;
    this.#refresh();
  }

  plannedEvents(id: string): string[] | undefined {
    return plannedEventTypes(this.#run.timeline, id);
  }

  previewNext(): Promise<SessionView | undefined> {
    return previewNext(this.#parts(), this.#run.timeline, this.#run.keys);
  }

  async settled(): Promise<void> {
    await this.#operations.idle();
    await settle(this.#run.timeline);
    this.flush();
  }

  flush(): void {
    this.#saver.flush();
  }

  cloudSnapshot(): CloudSnapshot {
    return this.#run.timeline.cloud.snapshot();
  }

  dispose(): void {
    this.flush();
    this.#run.detach();
    this.#listeners.clear();
  }

  #parts() {
    return { ...this.#s, operations: this.#operations.running, stepModes: this.#saver.modes, offPath: this.#saver.offPath };
  }

  #refresh(): void {
    if (!this.#run.timeline) return;
    this.#view = buildView({ ...this.#parts(), timeline: this.#run.timeline });
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
