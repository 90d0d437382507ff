/**
 * The course as Vite hands it over: every lesson in `lessons/` parsed at build time by the `cognito-simulator:course`
 * plugin in vite.config.ts (with this folder's own parser), so the browser does no YAML or front-matter work at start-up.
 * The only file of src/content that touches Vite.
 */
import prebuilt, { texts } from 'virtual:cognito-course';
import type { Course } from './types';
import type { LessonText } from './texts';

export const prebuiltCourse: Course = prebuilt;

/** A lesson's text, loaded from its own chunk; undefined for a lesson that has none apart (the first). */
export async function fetchLessonText(lessonId: string): Promise<LessonText | undefined> {
  const load = texts[lessonId];
  return load ? ((await load()).default ?? undefined) : undefined;
}
