/** An append-only list others can subscribe to: the cloud's log and outbox. Newest last. */
export class Feed<T> {
  readonly #entries: T[];
  readonly #listeners = new Set<(entry: T) => void>();

  constructor(entries: T[] = []) {
    this.#entries = entries;
  }

  get entries(): readonly T[] {
    return this.#entries;
  }

  get latest(): T | undefined {
    return this.#entries[this.#entries.length - 1];
  }

  push(entry: T): void {
    this.#entries.push(entry);
    for (const listener of this.#listeners) listener(entry);
  }

  subscribe(listener: (entry: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
