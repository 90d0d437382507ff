/**
 * A lesson's text travels apart from the course outline: the browser starts with every lesson's titles, steps, actions
 * and quizzes, but only the first lesson's HTML, and loads another lesson's text when it is opened. The build splits the
 * course (`splitCourse`, in vite.config.ts's course plugin); the browser joins a lesson with its text (`withText`).
 */
import type { Course, Lesson } from './types';

/** The HTML of one lesson: its introduction, then each step's body, notes and quiz explanation, in step order. */
export interface LessonText {
  introHtml: string;
  steps: { bodyHtml: string; notesHtml?: string; explainHtml?: string }[];
}

export function textOf(lesson: Lesson): LessonText {
  return {
    introHtml: lesson.introHtml,
    steps: lesson.steps.map((step) => ({
      bodyHtml: step.bodyHtml,
      ...(step.notesHtml !== undefined ? { notesHtml: step.notesHtml } : {}),
      ...(step.quiz?.explainHtml !== undefined ? { explainHtml: step.quiz.explainHtml } : {}),
    })),
  };
}

/** The lesson without its text, marked `textPending`. */
function outlineOf(lesson: Lesson): Lesson {
  return {
    ...lesson,
    introHtml: '',
    textPending: true,
    steps: lesson.steps.map(({ notesHtml: _notes, ...step }) => {
      const bare = { ...step, bodyHtml: '' };
      if (step.quiz) {
        const { explainHtml: _explain, ...quiz } = step.quiz;
        bare.quiz = quiz;
      }
      return bare;
    }),
  };
}

/** The course the page starts with (the first lesson whole, the others without their text), and every other lesson's text. */
export function splitCourse(course: Course): { outline: Course; texts: Record<string, LessonText> } {
  const texts: Record<string, LessonText> = {};
  const lessons = course.lessons.map((lesson, i) => {
    if (i === 0) return lesson;
    texts[lesson.id] = textOf(lesson);
    return outlineOf(lesson);
  });
  return { outline: { ...course, lessons }, texts };
}

/** The lesson with its text put back, as the course had it before the split. */
export function withText(lesson: Lesson, text: LessonText): Lesson {
  const { textPending: _pending, ...rest } = lesson;
  return {
    ...rest,
    introHtml: text.introHtml,
    steps: lesson.steps.map((step, i) => {
      const own = text.steps[i];
      const joined = { ...step, bodyHtml: own?.bodyHtml ?? '' };
      if (own?.notesHtml !== undefined) joined.notesHtml = own.notesHtml;
      if (step.quiz && own?.explainHtml !== undefined) joined.quiz = { ...step.quiz, explainHtml: own.explainHtml };
      return joined;
    }),
  };
}
