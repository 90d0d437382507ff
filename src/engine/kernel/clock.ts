/** Anything that tells the time in epoch milliseconds. XState's SimulatedClock fits, so one clock can drive machines and cloud. */
export interface Clock {
  now(): number;
}

/** 2026-01-15T09:00:00Z: the instant a new simulated cloud starts at, so runs are reproducible. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 15, 9, 0, 0);

/** A clock that only moves when told to: the simulated time every engine test and lesson uses. */
export class ManualClock implements Clock {
  #now: number;
  readonly #listeners = new Set<(now: number) => void>();

  constructor(start: number = DEFAULT_START_TIME) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  set(ms: number): void {
    this.#now = ms;
    for (const listener of this.#listeners) listener(ms);
  }

  advance(ms: number): void {
    this.set(this.#now + ms);
  }

  subscribe(listener: (now: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** AWS JSON protocols send timestamps as epoch seconds (with fractions). */
export const toEpochSeconds = (ms: number): number => ms / 1000;
