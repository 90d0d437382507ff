/**
 * One lesson being run: its timeline (cloud, flow, clock), the history "Previous step" returns to, and the script the
 * saver writes after every change. The session (session.ts) queues the learner's commands and calls these in order.
 */
import { withProgress } from './persistence';
import { performStep, startLesson, stepOf, travelBack } from './navigation';
import type { Saver } from './saver';
import { capture, snapshotOf, watch, type KeySource, type Timeline } from './timeline';
import type { RunningLesson, SessionParts } from './view';

export class LessonRun {
  readonly s: SessionParts;
  timeline!: Timeline;
  keys: KeySource;
  seed: string | undefined;
  readonly #saver: Saver;
  readonly #changed: () => void;
  #unwatch: () => void = () => undefined;

  constructor(parts: SessionParts, saver: Saver, keys: KeySource, seed: string | undefined, changed: () => void) {
    this.s = parts;
    this.#saver = saver;
    this.keys = keys;
    this.seed = seed;
    this.#changed = changed;
  }

  get stepIndex(): number {
    return this.s.history.length - 1;
  }

  /** A new timeline with the lesson's scenario built, and step 0 performed. */
  async fresh(lesson: RunningLesson): Promise<void> {
    const { timeline, logStart } = await startLesson(lesson, this.keys, this.seed);
    this.attach(timeline);
    Object.assign(this.s, { lesson, history: [], appTab: 'app', lastAction: undefined, logStart });
    await this.#perform(0);
  }

  /** Back: rebuild the timeline captured after that step. Forward: perform each step in between. */
  async goTo(target: number): Promise<void> {
    if (target < 0 || target === this.stepIndex || target >= Math.max(1, this.s.lesson.stepCount)) return;
    if (target > this.stepIndex) {
      while (this.stepIndex < target) await this.#perform(this.stepIndex + 1);
      return;
    }
    const entry = this.s.history[target]!;
    this.attach(await travelBack(this.timeline, entry, this.keys));
    Object.assign(this.s, { history: this.s.history.slice(0, target + 1), appTab: entry.appTab, lastAction: undefined });
    this.#saver.truncate(target);
    this.save();
  }

  /** Performs step i's action (when the mode allows) and records history[i] and the script's step i. */
  async #perform(i: number): Promise<void> {
    const step = this.s.lesson.steps[i];
    this.s.lastAction = undefined;
    this.#saver.step(i, stepOf(step), this.s.mode);
    const outcome = await performStep(this.timeline, step, this.s.mode, this.s.appTab);
    Object.assign(this.s, { appTab: outcome.appTab, lastAction: outcome.lastAction });
    if (outcome.notice) this.s.notice = outcome.notice;
    this.s.history[i] = capture(this.timeline, this.s.appTab);
    this.save();
  }

  /** Folds a free-mode change (a form, the clock, the tab) into the current step's history entry. */
  recordCurrent(): void {
    if (this.s.history.length > 0 && !snapshotOf(this.timeline).hasTag('busy')) {
      this.s.history[this.stepIndex] = capture(this.timeline, this.s.appTab);
      this.save();
    }
    this.#changed();
  }

  save(): void {
    const { lesson, history, mode } = this.s;
    if (lesson.lessonId !== null) this.s.progress = withProgress(this.s.progress, lesson.lessonId, this.stepIndex, lesson.stepCount);
    this.#saver.save({ seed: this.seed, keys: this.keys.ready, lesson, mode, history, progress: this.s.progress });
  }

  attach(timeline: Timeline): void {
    this.#unwatch();
    this.timeline = timeline;
    this.#unwatch = watch(timeline, this.#changed);
  }

  detach(): void {
    this.#unwatch();
  }
}
