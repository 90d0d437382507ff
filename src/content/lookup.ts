/** Small helpers over a parsed course, kept apart from the parser so the browser never loads the parser (or YAML). */
import type { Course, Lesson, LessonProblem } from './types.ts';

export function isLessonProblem<T extends object = Lesson>(value: T | LessonProblem): value is LessonProblem {
  return !('steps' in value);
}

/**
 * `/abs/path/lessons/01-ch/02-x.md` or `../../lessons/01-ch/02-x.md` → `lessons/01-ch/02-x.md`, for messages a lesson author
 * recognises. The last whole `lessons/` segment counts (a chapter such as `03-more-lessons/` does not).
 */
export function displayPath(path: string): string {
  const normal = path.replace(/\\/g, '/');
  const at = Math.max(normal.startsWith('lessons/') ? 0 : -1, normal.lastIndexOf('/lessons/') + 1 || -1);
  return at >= 0 ? normal.slice(at) : normal.slice(normal.lastIndexOf('/') + 1);
}

/** The lesson with this slug, or undefined: the UI shows an explicit "not found" for an unknown address. */
export function findLesson(course: Course, id: string): Lesson | undefined {
  return course.lessons.find((lesson) => lesson.id === id);
}
