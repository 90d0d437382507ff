/**
 * The course loader: pure, no Vite or DOM. `lessons/` holds chapter folders `NN-slug/`, each with a `meta.yml` and
 * lesson files `NN-slug.md`. Chapters are ordered by their number, lessons by their chapter's number then their own, and
 * prev/next are computed once over that whole order. Every malformed file becomes a problem naming it; the rest still load.
 */
import { CHAPTER_FILE, chapterFolder, fallbackTitle, parseChapterMeta, type ChapterMeta } from './chapters.ts';
import { displayPath, isLessonProblem } from './lookup.ts';
import { parseLesson } from './parse.ts';
import type { Chapter, ChapterRef, Course, Lesson, LessonProblem, ParsedLesson } from './types.ts';

interface Folder {
  name: string;
  order: number;
  id: string;
  meta?: { file: string; source: string };
  lessons: { file: string; source: string }[];
}

/**
 * Loads the course: `files` maps a path to its source (from the Vite plugin, or node:fs in tests), lesson files and
 * chapter meta.yml files alike. README.md files are skipped.
 */
export function loadCourse(files: Record<string, string>): Course {
  const problems: LessonProblem[] = [];
  const folders = new Map<string, Folder>();
  const badFolders = new Set<string>();
  for (const [path, source] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = displayPath(path);
    const parts = file.startsWith('lessons/') ? file.split('/').slice(1) : [file];
    const name = parts.at(-1)!;
    if (/^readme\.md$/i.test(name)) continue;
    if (parts.length !== 2) {
      const message =
        parts.length === 1 ? 'a lesson belongs in a chapter folder, such as lessons/01-foundations/' : 'put lesson files directly inside a chapter folder';
      problems.push({ file, message });
      continue;
    }
    const folderName = parts[0]!;
    const folder = chapterFolder(folderName);
    if (!folder) {
      if (!badFolders.has(folderName)) {
        badFolders.add(folderName);
        problems.push({
          file: `lessons/${folderName}/`,
          message: "a chapter folder's name must be NN-slug: a number, a dash, then lowercase words joined by dashes",
        });
      }
      continue;
    }
    const entry = folders.get(folderName) ?? { name: folderName, ...folder, lessons: [] };
    folders.set(folderName, entry);
    if (name === CHAPTER_FILE) entry.meta = { file, source };
    else entry.lessons.push({ file, source });
  }

  const chapters: Chapter[] = [];
  const lessons: Lesson[] = [];
  for (const folder of [...folders.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))) {
    const metaFile = `lessons/${folder.name}/${CHAPTER_FILE}`;
    const clash = chapters.find((c) => c.order === folder.order || c.id === folder.id);
    if (clash) {
      const what = clash.order === folder.order ? `the chapter number ${folder.order}` : `the chapter slug "${folder.id}"`;
      problems.push({ file: `lessons/${folder.name}/`, message: `${what} is already used by ${clash.file.replace(CHAPTER_FILE, '')}` });
      continue;
    }
    const meta = readMeta(folder, metaFile, problems);
    const ref: ChapterRef = { id: folder.id, title: meta.title };
    const parsed: ParsedLesson[] = [];
    for (const { file, source } of folder.lessons) {
      const result = parseLesson(file, source, meta);
      if (isLessonProblem<ParsedLesson>(result)) problems.push({ ...result, chapter: ref });
      else parsed.push(result);
    }
    parsed.sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
    const placed: ParsedLesson[] = [];
    for (const lesson of parsed) {
      const sameNumber = placed.find((l) => l.order === lesson.order);
      const sameSlug = lessons.find((l) => l.id === lesson.id) ?? placed.find((l) => l.id === lesson.id);
      if (sameSlug || sameNumber) {
        const what = sameSlug ? `the slug "${lesson.id}"` : `the number ${lesson.order} in this chapter`;
        problems.push({ file: lesson.file, chapter: ref, message: `${what} is already used by ${(sameSlug ?? sameNumber)!.file}` });
        continue;
      }
      placed.push(lesson);
    }
    lessons.push(...placed.map((lesson) => ({ ...lesson, chapter: ref })));
    chapters.push({ ...ref, order: folder.order, summary: meta.summary, file: metaFile, lessons: placed.map((l) => l.id) });
  }
  return { lessons: link(lessons), chapters, problems };
}

/** The chapter's metadata; when its meta.yml is missing or broken, a problem naming it and a title from the folder name. */
function readMeta(folder: Folder, metaFile: string, problems: LessonProblem[]): ChapterMeta {
  const fallback: ChapterMeta = { title: fallbackTitle(folder.id), summary: '' };
  const chapter = { id: folder.id, title: fallback.title };
  if (!folder.meta) {
    problems.push({ file: metaFile, chapter, message: `the chapter has no ${CHAPTER_FILE}: add one with at least a title` });
    return fallback;
  }
  const result = parseChapterMeta(folder.meta.source);
  if ('problem' in result) {
    problems.push({ file: metaFile, chapter, message: result.problem });
    return fallback;
  }
  return result.meta;
}

/** Prev/next over the whole course, across chapter boundaries. */
function link(lessons: Lesson[]): Lesson[] {
  return lessons.map((lesson, i) => {
    const prev = lessons[i - 1];
    const next = lessons[i + 1];
    return {
      ...lesson,
      ...(prev ? { prev: { id: prev.id, title: prev.title } } : {}),
      ...(next ? { next: { id: next.id, title: next.title } } : {}),
    };
  });
}
