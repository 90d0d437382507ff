/**
 * Lessons' texts, loaded when a lesson opens (src/content/texts.ts) and kept. The course module is imported only when a
 * text is needed, so the reader (which the build also renders outside Vite's plugins, for the prerendered first lesson)
 * can use this without the bundled course.
 */
import { withText } from './texts';
import type { Lesson } from './types';

const joined = new Map<string, Lesson>();
const joining = new Map<string, Promise<Lesson>>();

/** The lesson with its text, if it has come (or never travelled apart); undefined while it is still to load. */
export function lessonWithText(lesson: Lesson): Lesson | undefined {
  return lesson.textPending ? joined.get(lesson.id) : lesson;
}

/** The lesson with its text, loading it the first time (src/content/texts.ts); a failed load is tried again next time. */
export function loadLessonText(lesson: Lesson): Promise<Lesson> {
  if (!lesson.textPending) return Promise.resolve(lesson);
  let loading = joining.get(lesson.id);
  if (!loading) {
    loading = import('./lessonFiles')
      .then(({ fetchLessonText }) => fetchLessonText(lesson.id))
      .then((text) => {
        if (!text) throw new Error(`the text of "${lesson.title}" is missing from this build`);
        const full = withText(lesson, text);
        joined.set(lesson.id, full);
        return full;
      });
    joining.set(lesson.id, loading);
    loading.catch(() => joining.delete(lesson.id));
  }
  return loading;
}
