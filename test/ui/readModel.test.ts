/** React reads the session's view (the engine's read model, the log, the outbox and a peek), never the cloud itself. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = join(import.meta.dirname, '../../src/ui');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));

describe('the UI and the cloud', () => {
  it('never names the Cloud, its raw records, its read model call or its fetch', () => {
    const offenders = files(UI).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${f.slice(UI.length + 1)}:${i + 1}` }))
        .filter(({ line }) => /\btype Cloud\b|[{,]\s*Cloud\s*[,}]|\.records\(|\.inspect\(|\bcloud\.fetch\b/.test(line))
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });
});
