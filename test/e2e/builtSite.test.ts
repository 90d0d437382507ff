import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce } from './setup';

/** The production build as a static host serves it: no server-side fallbacks, a missing file is a 404. */
describe('the built site', () => {
  it('names only files it contains in every lazy chunk’s preload list (a missing one fails the import on a static host)', async () => {
    const outDir = await buildOnce();
    const assets = join(outDir, 'assets');
    const missing: string[] = [];
    let lists = 0;
    for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(assets, file), 'utf8');
      for (const [, list] of code.matchAll(/m\.f=\[([^\]]*)\]/g)) {
        lists++;
        for (const [, dep] of list!.matchAll(/["'`]\.\/([^"'`]+)["'`]/g)) if (!existsSync(join(assets, dep!))) missing.push(`${file} → ${dep}`);
      }
    }
    expect(lists).toBeGreaterThan(0); // Mermaid's chunks are loaded this way
    expect(missing).toEqual([]);
  });

  it('carries its stylesheet inside index.html and no stylesheet file', async () => {
    const outDir = await buildOnce();
    expect(readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.css'))).toEqual([]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toMatch(/<style>[^<]*\.workspace/);
  });
});
