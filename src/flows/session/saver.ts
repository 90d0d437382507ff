/**
 * The replay script of the running lesson, and its saving. Each step performed and each free-mode event is recorded as it
 * happens; `save` takes the record then (it is small: no snapshots) and writes it in a task of its own right after, once
 * for several changes in a row, so writing never delays what the learner sees. `flush` writes at once.
 */
import type { SigningKeyInput } from '../../engine';
import {
  writeProgress,
  writeSession,
  type Progress,
  type SavedSession,
  type ScriptEvent,
  type ScriptStep,
  type SessionMode,
  type StorageLike,
} from './persistence';
import { leftThePath } from './freeMode';
import type { HistoryEntry } from './timeline';
import type { LessonScriptStep, RunningLesson } from './view';

type Recorded = Omit<ScriptStep, 'log'> & { events: ScriptEvent[] };

export interface SaveParts {
  seed: string | undefined;
  keys: SigningKeyInput[];
  lesson: RunningLesson;
  mode: SessionMode;
  history: HistoryEntry[];
  progress: Progress;
}

export class Saver {
  readonly #storage: StorageLike | undefined;
  readonly #onFailure: (problem: string) => void;
  #steps: Recorded[] = [];
  /** The record `save` took, until `flush` writes it. */
  #unsaved: { record: SavedSession; progress: Progress } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(storage: StorageLike | undefined, onFailure: (problem: string) => void) {
    this.#storage = storage;
    this.#onFailure = onFailure;
  }

  /** The steps performed so far, as the lesson asked them. */
  get performed(): LessonScriptStep[] {
    return this.#steps.map(({ action, message, label, cast }) => ({
      ...(action ? { action } : {}),
      ...(message ? { message } : {}),
      ...(label ? { label } : {}),
      ...(cast ? { cast } : {}),
    }));
  }

  /** The mode each step was performed in, in order. */
  get modes(): SessionMode[] {
    return this.#steps.map((step) => step.mode);
  }

  /** Whether the learner's free-mode changes took the lesson off the guided run's path. */
  get offPath(): boolean {
    return leftThePath(this.#steps);
  }

  /** Step i was performed in this mode: it replaces step i and any after it. */
  step(i: number, step: LessonScriptStep, mode: SessionMode): void {
    this.#steps.length = i;
    this.#steps[i] = { ...step, mode, events: [] };
  }

  /** A free-mode event after the current step. */
  event(event: ScriptEvent): void {
    this.#steps[this.#steps.length - 1]?.events.push(event);
  }

  /** Travelling back to step i forgets the steps after it. */
  truncate(i: number): void {
    this.#steps.length = i + 1;
  }

  /** Starts over with a script read from storage (its steps replayed already). */
  adopt(steps: ScriptStep[]): void {
    this.#steps = steps.map(({ log: _log, events, ...step }) => ({ ...step, events: [...(events ?? [])] }));
  }

  save(parts: SaveParts): void {
    if (!this.#storage) return;
    const { lessonId, flow, scenario, stepCount } = parts.lesson;
    const steps = this.#steps.map(({ events, ...step }, i): ScriptStep => ({
      ...step,
      log: parts.history[i]?.cloud.log.length ?? 0,
      ...(events.length ? { events: [...events] } : {}),
    }));
    const record: SavedSession = {
      version: 2,
      seed: parts.seed ?? null,
      keys: parts.keys,
      lesson: { lessonId, flow, scenario, stepCount },
      mode: parts.mode,
      steps,
    };
    this.#unsaved = { record, progress: parts.progress };
    this.#timer ??= setTimeout(() => this.flush(), 0);
  }

  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const unsaved = this.#unsaved;
    if (!unsaved || !this.#storage) return;
    this.#unsaved = undefined;
    const failed = writeSession(this.#storage, unsaved.record) ?? writeProgress(this.#storage, unsaved.progress);
    if (failed) this.#onFailure(failed);
  }
}
