/**
 * The session's operations, one at a time and in order: step changes (counted while they run, so the view can say busy)
 * and the smaller tasks that must not overtake them (settling a learner's event, then recording it).
 */
export class Operations {
  #queue: Promise<unknown> = Promise.resolve();
  #running = 0;

  /** `onChange` runs when an operation starts and ends; `onFailure` turns an operation's error into what the learner reads. */
  constructor(
    private readonly onChange: () => void,
    private readonly onFailure: (message: string) => void,
  ) {}

  /** How many step changes are queued or running. */
  get running(): number {
    return this.#running;
  }

  /** A step change: counted while queued and running; a failure becomes a notice, never a rejection. */
  run(operation: () => Promise<void>): Promise<void> {
    this.#running++;
    this.onChange();
    return this.enqueue(async () => {
      try {
        await operation();
      } catch (error) {
        this.onFailure(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        this.#running--;
        this.onChange();
      }
    });
  }

  /** A task after everything queued before it. */
  enqueue<T = void>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when everything queued so far has run. */
  idle(): Promise<unknown> {
    return this.#queue;
  }
}
