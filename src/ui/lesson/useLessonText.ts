import { useEffect, useState } from 'react';
import type { Lesson } from '../../content';
// Not through the door: the door bundles the course, which the prerender (run without Vite's plugins) cannot import.
import { lessonWithText, loadLessonText } from '../../content/textLoader';

/**
 * The lesson as the reader shows it: with its text, which for every lesson but the first loads when the lesson opens
 * (src/content/texts.ts). Until it comes the outline shows (titles and steps); if it cannot load, `failed` says why.
 */
export function useLessonText(lesson: Lesson): { shown: Lesson; failed?: string } {
  const [loaded, setLoaded] = useState<{ id: string; full?: Lesson; failed?: string }>({ id: lesson.id });
  const ready = lessonWithText(lesson);
  useEffect(() => {
    if (lessonWithText(lesson)) return;
    let live = true;
    loadLessonText(lesson).then(
      (full) => live && setLoaded({ id: lesson.id, full }),
      (error: unknown) => live && setLoaded({ id: lesson.id, failed: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [lesson]);
  if (ready) return { shown: ready };
  const mine = loaded.id === lesson.id ? loaded : { id: lesson.id };
  return mine.full ? { shown: mine.full } : { shown: lesson, ...(mine.failed ? { failed: mine.failed } : {}) };
}
