import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CloudSnapshot } from '../engine';

/** Reads a `cloud.snapshot()` JSON file; undefined when the file does not exist yet. */
export async function loadSnapshot(path: string): Promise<CloudSnapshot | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as CloudSnapshot;
  } catch (error) {
    throw new Error(
      `${path} is not a cloud state file (${error instanceof Error ? error.message : String(error)}). Move it away or pick another --state file.`,
    );
  }
}

/** Saves snapshots one after another, each written to a temporary file and renamed over the old one, so a crash never leaves half a file. */
export class StateFile {
  #queue: Promise<void> = Promise.resolve();
  #counter = 0;

  constructor(readonly path: string) {}

  save(snapshot: CloudSnapshot): Promise<void> {
    const text = JSON.stringify(snapshot);
    const run = this.#queue.then(async () => {
      const tmp = `${this.path}.${process.pid}.${this.#counter++}.tmp`;
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(tmp, text);
      await rename(tmp, this.path);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every save asked for so far has finished. */
  idle(): Promise<void> {
    return this.#queue;
  }
}
