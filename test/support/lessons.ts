/** The course files under lessons/ as the Vite plugin hands them to the loader, read with node:fs (chapter folders included). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isCourseFile } from '../../src/content/chapters';

export const LESSONS_DIR = join(import.meta.dirname, '../../lessons');

/** Path → source for every lesson and chapter meta.yml; keys start with `prefix` (`lessons/` or `../../lessons/`). */
export function lessonFiles(prefix = 'lessons/'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(LESSONS_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !isCourseFile(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files[prefix + relative(LESSONS_DIR, path).replace(/\\/g, '/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** How many lesson files lessons/ holds (README.md aside), counted from the folders rather than written down. */
export function lessonFileCount(): number {
  return Object.keys(lessonFiles()).filter((p) => p.endsWith('.md') && !/readme\.md$/i.test(p)).length;
}
