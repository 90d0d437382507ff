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
 * Steps: `openLesson(script, i)` builds the scenario in a fresh cloud (starting 2026-01-15T09:00:00Z), then performs the
 * actions of steps 0…i; `history[j]` is captured after step j, so `history[0]` is the state after the scenario and step 0's
 * action (step 0 usually has none). In **guided** mode `next()` performs the next step's action; in **free** mode it only
 * moves the text on (the learner drives the app with `send`), except for actions that never touch the app's forms
 * (`clock.*`, `inbox.open`, `app.open`, `story.tell`). What the learner does in free mode is folded into the current step's
 * history entry. `SessionView.stepLogMarks[j]` is `cloud.log` length after step j and `logStart` its length after the
 * scenario, so a step's own messages are `log.entries.slice(stepLogMarks[j-1] ?? logStart, stepLogMarks[j])`.
 *
 * Saved after every step, reset and settled free-mode change under `cognito-simulator/session/v2` as a replay script:
 * the seed, the signing keys and, per step, what happened (the guided action performed, the learner's events, clock moves,
 * tab changes). Loading replays it against a fresh cloud, so the snapshots time travel needs live in memory only. The record
 * is taken at once and written in a task of its own right after (several changes in a row are written once), so writing
 * never delays what the learner sees; `flush()` writes at once (the UI calls it when the page is hidden) and `settled()`
 * includes the write. A corrupt or outdated record is discarded with a `notice`, never an exception; a session the previous
 * version saved says plainly that the course was updated. Per-lesson progress
 * lives under `cognito-simulator/progress/v1`.
 */
import { readProgress, withProgress, writeProgress, writeSession, type AppTab, type SavedSession, type SessionMode, type StepOp } from './persistence';
import {
  buildView,
  type LessonScript,
  type LessonScriptStep,
  type RunningLesson,
  type Session,
  type SessionOptions,
  type SessionView,
  type ViewParts,
} from './sessionView';
import type { AppEvent } from './types';
import { capture, KeySource, performAction, restoreTimeline, resumeSaved, settle, snapshotOf, startTimeline, type Timeline } from './timeline';

export type { AppTab, SessionMode, StorageLike, Progress } from './persistence';
export type { LessonScript, LessonScriptStep, Session, SessionOptions, SessionView } from './sessionView';

/** Actions that never touch the app's forms, so free mode still performs them. */
const FREE_MODE_ACTIONS = /^(clock\.|story\.|inbox\.open$|app\.open$)/;

class SimulationSession implements Session {
  readonly #options: SessionOptions;
  #keys: KeySource;
  /** The seed of the lesson's cloud (a resumed session keeps the one it was saved with). */
  #seed: string | undefined;
  /** ops[i]: what happened to reach history[i], in order: the replay script saved to storage. */
  #ops: StepOp[][] = [];
  readonly #listeners = new Set<() => void>();
  readonly #s: Omit<ViewParts, 'timeline'> = {
    lesson: { lessonId: null, flow: 'story', scenario: 'none', steps: [], stepCount: 0 },
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
  /** The record #save took, until flush() writes it. */
  #unsaved: SavedSession | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void)[] = [];
  #view!: SessionView;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#keys = new KeySource(options.keys);
    this.#seed = options.seed;
  }

  async init(): Promise<void> {
    const { storage } = this.#options;
    const saved = storage ? await resumeSaved(storage, this.#keys) : {};
    if (storage) this.#s.progress = readProgress(storage);
    if ('record' in saved) {
      const { record, timeline, history, logStart, keys } = saved;
      this.#keys = keys;
      this.#seed = record.seed;
      this.#ops = record.steps.map((step) => [...step]);
      this.#attach(timeline);
      Object.assign(this.#s, { history, logStart, mode: record.mode, appTab: history[history.length - 1]!.appTab });
      this.#s.lesson = { lessonId: record.lessonId, flow: record.flow, scenario: record.scenario, steps: [], stepCount: record.stepCount };
    } else {
      if (saved.problem) this.#s.notice = 'updated' in saved ? saved.problem : `Your saved progress could not be restored and was reset: ${saved.problem}`;
      await this.#fresh(this.#s.lesson);
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
      if (same) this.#s.lesson = lesson;
      else {
        this.#s.notice = undefined;
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
    this.#record({ do: 'send', event: structuredClone(event) });
    this.#timeline.actor.send(event);
    void this.#enqueue(async () => {
      await settle(this.#timeline);
      this.#recordCurrent();
    });
  }

  advanceClock(ms: number): void {
    this.#record({ do: 'clock', ms });
    this.#timeline.clock.increment(ms);
    this.#recordCurrent();
  }

  setMode(mode: SessionMode): void {
    this.#s.mode = mode;
    this.#save();
    this.#refresh();
  }

  setAppTab(tab: AppTab): void {
    this.#record({ do: 'tab', tab });
    this.#s.appTab = tab;
    this.#recordCurrent();
  }

  dismissNotice(): void {
    this.#s.notice = undefined;
    this.#refresh();
  }

  async previewNext(): Promise<SessionView | undefined> {
    const i = this.#stepIndex + 1;
    const step = this.#s.lesson.steps[i];
    const current = this.#s.history[this.#stepIndex];
    if (this.#s.operations > 0 || !step || !current || i >= this.#s.lesson.stepCount) return undefined;
    // A copy of the current step's state: its own cloud, clock and actor, never attached, saved or announced.
    const copy = await restoreTimeline(this.#s.lesson.flow, current, this.#timeline.setup, this.#keys);
    try {
      let appTab = this.#s.appTab;
      const action = this.#actionToPerform(step);
      if (action) appTab = (await performAction(copy, action, step)).appTab ?? appTab;
      const history = [...this.#s.history, capture(copy, appTab)];
      return buildView({ ...this.#s, history, appTab, operations: 0, lastAction: undefined, notice: undefined, timeline: copy });
    } finally {
      copy.actor.stop();
    }
  }

  async settled(): Promise<void> {
    await this.#queue;
    await settle(this.#timeline);
    this.flush();
  }

  flush(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const record = this.#unsaved;
    const { storage } = this.#options;
    if (!record || !storage) return;
    this.#unsaved = undefined;
    const failed = writeSession(storage, record) ?? writeProgress(storage, this.#s.progress);
    if (failed) {
      this.#s.notice = `Your progress could not be saved: ${failed}`;
      this.#refresh();
    }
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
    this.#seed = this.#options.seed;
    this.#ops = [];
    this.#attach(await startTimeline(lesson.flow, lesson.scenario, this.#keys, this.#seed));
    Object.assign(this.#s, { lesson, history: [], appTab: 'app', lastAction: undefined, logStart: this.#timeline.cloud.log.entries.length });
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
    this.#attach(await restoreTimeline(this.#s.lesson.flow, entry, this.#timeline.setup, this.#keys));
    Object.assign(this.#s, { history: this.#s.history.slice(0, target + 1), appTab: entry.appTab, lastAction: undefined });
    this.#ops = this.#ops.slice(0, target + 1);
    this.#save();
  }

  /** Performs step i's action (when the mode allows) and records history[i]. */
  async #perform(i: number): Promise<void> {
    const step = this.#s.lesson.steps[i];
    this.#s.lastAction = undefined;
    const action = this.#actionToPerform(step);
    this.#ops[i] = [];
    if (step && action) {
      this.#ops[i]!.push({
        do: 'action',
        id: action,
        ...(step.message !== undefined ? { message: step.message } : {}),
        ...(step.label !== undefined ? { label: step.label } : {}),
      });
      const outcome = await performAction(this.#timeline, action, step);
      if (outcome.appTab) this.#s.appTab = outcome.appTab;
      this.#s.lastAction = outcome.lastAction;
      if (outcome.notice) this.#s.notice = outcome.notice;
    }
    this.#s.history[i] = capture(this.#timeline, this.#s.appTab);
    this.#save();
  }

  /** The step's action when the mode lets the session perform it (guided: all; free: those that never touch the forms). */
  #actionToPerform(step: LessonScriptStep | undefined): string | undefined {
    return step?.action && (this.#s.mode === 'guided' || FREE_MODE_ACTIONS.test(step.action)) ? step.action : undefined;
  }

  /** Adds what the learner just did to the current step's script. */
  #record(op: StepOp): void {
    (this.#ops[this.#stepIndex] ??= []).push(op);
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
    const { storage } = this.#options;
    if (!storage) return;
    const { lessonId, flow, scenario, stepCount } = lesson;
    // Copies of the script: later changes replace and extend it in place, and this record must stay as it is now.
    const steps = this.#ops.slice(0, history.length).map((step) => [...step]);
    this.#unsaved = {
      version: 2,
      lessonId,
      flow,
      scenario,
      stepCount,
      mode,
      ...(this.#seed !== undefined ? { seed: this.#seed } : {}),
      keys: this.#keys.ready,
      steps,
    };
    this.#saveTimer ??= setTimeout(() => this.flush(), 0);
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

function clamp(index: number, count: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));
}
