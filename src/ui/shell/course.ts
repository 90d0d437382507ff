/**
 * The course as the UI shows it: parsed lessons (checked against the flow registry once that has loaded: content does not
 * import flows), plus the files that could not be parsed. Pure.
 */
import type { Course, Lesson, LessonProblem } from '../../content';
import type { FlowId, ScenarioId } from '../../flows/types';

export interface CourseEntry {
  /** The address part: `#/<id>`. For a file that failed to parse, the slug of its file name. */
  id: string;
  order: number;
  title: string;
  file: string;
  lesson?: Lesson;
  /** What is wrong with the file, in words naming it; empty for a healthy lesson. */
  problems: string[];
}

const FILE = /(?:^|\/)(\d+)-([^/]+)\.md$/;

function problemEntry(problem: LessonProblem): CourseEntry {
  const match = FILE.exec(problem.file);
  const id = match?.[2] ?? problem.file.replace(/^.*\//, '').replace(/\.md$/, '');
  const where = problem.line ? `${problem.file}, line ${problem.line}` : problem.file;
  return { id, order: match ? Number(match[1]) : Number.MAX_SAFE_INTEGER, title: id.replace(/-/g, ' '), file: problem.file, problems: [`${where}: ${problem.message}`] };
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
    lesson,
    problems: check ? check(lesson) : [],
  }));
  for (const problem of course.problems) entries.push(problemEntry(problem));
  return entries.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
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
    })),
  };
}
