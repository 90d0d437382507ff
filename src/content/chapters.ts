/**
 * Chapters: a chapter is a folder `lessons/NN-slug/` holding a `meta.yml` (title, optional summary, optional flow and
 * scenario that its lessons inherit) and its lessons. Pure: the caller reads the files.
 */
import { parse as parseYaml } from 'yaml';
import { firstLine } from './quiz.ts';
import type { LessonDefaults } from './types.ts';

/** The chapter's metadata file, inside its folder. */
export const CHAPTER_FILE = 'meta.yml';

const FOLDER_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const FIELDS = ['title', 'summary', 'flow', 'scenario'];

/** The files the loader reads under lessons/: lessons (`*.md`) and chapter metadata. Node and Vite both filter with it. */
export function isCourseFile(name: string): boolean {
  return name.endsWith('.md') || name === CHAPTER_FILE;
}

export interface ChapterMeta extends LessonDefaults {
  title: string;
  summary: string;
}

/** `01-foundations` → `{ order: 1, id: 'foundations' }`, or undefined for a folder not named NN-slug. */
export function chapterFolder(name: string): { order: number; id: string } | undefined {
  const match = FOLDER_NAME.exec(name);
  return match ? { order: Number(match[1]), id: match[2]! } : undefined;
}

/** `user-pools` → `User pools`: the title a chapter shows while its meta.yml is missing or broken. */
export function fallbackTitle(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Reads a meta.yml. Returns the metadata, or the problem in words an author recognises. */
export function parseChapterMeta(source: string): { meta: ChapterMeta } | { problem: string } {
  let data: unknown;
  try {
    data = parseYaml(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: `not valid YAML (${firstLine(error)})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: `write the chapter's fields as YAML: ${FIELDS.join(', ')}` };
  }
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).find((k) => !FIELDS.includes(k));
  if (unknown) return { problem: `unknown field "${unknown}" (known: ${FIELDS.join(', ')})` };
  const meta: Record<string, string> = {};
  for (const key of FIELDS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return { problem: `"${key}" must be text` };
    if (value.trim()) meta[key] = value.trim();
  }
  if (!meta['title']) return { problem: 'the chapter needs a "title"' };
  return {
    meta: {
      title: meta['title'],
      summary: meta['summary'] ?? '',
      ...(meta['flow'] ? { flow: meta['flow'] } : {}),
      ...(meta['scenario'] ? { scenario: meta['scenario'] } : {}),
    },
  };
}
