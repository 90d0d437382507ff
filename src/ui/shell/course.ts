/**
 * The course as the UI shows it: parsed lessons (checked against the flow registry once that has loaded: content does not
 * import flows), plus the files that could not be parsed. Pure.
 */
import type { ChapterRef, Course, Lesson, LessonProblem } from '../../content';
import type { FlowId, ScenarioId } from '../../flows/types';

export interface CourseEntry {
  /** The address part: `#/<id>`. For a file that failed to parse, the slug of its file name. */
  id: string;
  order: number;
  title: string;
  file: string;
  /** Undefined only for a lesson file lying outside any chapter folder. */
  chapter?: ChapterRef;
  lesson?: Lesson;
  /** What is wrong with the file, in words naming it; empty for a healthy lesson. */
  problems: string[];
}

const FILE = /(?:^|\/)(\d+)-([^/]+)\.md$/;

/** A problem with a lesson file (`….md`), as opposed to a chapter's meta.yml or folder. */
const isLessonFile = (problem: LessonProblem) => problem.file.endsWith('.md');

/** `lessons/02-x/meta.yml, line 3: what is wrong`. */
const describe = (problem: LessonProblem) => `${problem.line ? `${problem.file}, line ${problem.line}` : problem.file}: ${problem.message}`;

function problemEntry(problem: LessonProblem): CourseEntry {
  const match = FILE.exec(problem.file);
  const id = match?.[2] ?? problem.file.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    id,
    order: match ? Number(match[1]) : Number.MAX_SAFE_INTEGER,
    title: id.replace(/-/g, ' '),
    file: problem.file,
    ...(problem.chapter ? { chapter: problem.chapter } : {}),
    problems: [describe(problem)],
  };
}

/**
 * Lessons and unparseable files in course order. `check` (from the simulation chunk, which holds the flow registry)
 * adds problems for unknown flow, scenario and action ids once it has loaded.
 */
export function buildEntries(course: Course, check?: (lesson: Lesson) => string[]): CourseEntry[] {
  const entries: CourseEntry[] = course.lessons.map((lesson) => ({
    id: lesson.id,
    order: lesson.order,
    title: lesson.title,
    file: lesson.file,
    chapter: lesson.chapter,
    lesson,
    problems: check ? check(lesson) : [],
  }));
  for (const problem of course.problems.filter(isLessonFile)) entries.push(problemEntry(problem));
  const chapterIndex = (entry: CourseEntry) => {
    const i = entry.chapter ? course.chapters.findIndex((c) => c.id === entry.chapter!.id) : -1;
    return i < 0 ? course.chapters.length : i;
  };
  return entries.sort((a, b) => chapterIndex(a) - chapterIndex(b) || a.order - b.order || a.id.localeCompare(b.id));
}

/** One group of the table of contents: a chapter, its entries in order, and what is wrong with its meta.yml or folder. */
export interface TocChapter {
  /** The chapter's id; empty for files outside any chapter. */
  id: string;
  title: string;
  entries: CourseEntry[];
  problems: string[];
}

/** The entries grouped by chapter, in course order; files outside any chapter (each one a problem) come last. */
export function groupByChapter(course: Course, entries: CourseEntry[]): TocChapter[] {
  const groups: TocChapter[] = course.chapters.map((c) => ({ id: c.id, title: c.title, entries: [], problems: [] }));
  const outside: TocChapter = { id: '', title: 'Outside any chapter', entries: [], problems: [] };
  const groupOf = (chapter: ChapterRef | undefined) => groups.find((g) => g.id === chapter?.id) ?? outside;
  for (const entry of entries) groupOf(entry.chapter).entries.push(entry);
  for (const problem of course.problems.filter((p) => !isLessonFile(p))) groupOf(problem.chapter).problems.push(describe(problem));
  return [...groups, outside].filter((g) => g.entries.length > 0 || g.problems.length > 0);
}

/** What the session runs: the lesson's flow, starting scenario and each step's action. */
export function scriptOf(lesson: Lesson) {
  return {
    lessonId: lesson.id,
    flow: lesson.flow as FlowId,
    scenario: lesson.scenario as ScenarioId,
    steps: lesson.steps.map((s) => ({
      ...(s.action ? { action: s.action } : {}),
      ...(s.message ? { message: s.message } : {}),
      ...(s.label ? { label: s.label } : {}),
      ...(s.cast ? { cast: s.cast } : {}),
    })),
  };
}
