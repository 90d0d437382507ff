/**
 * The lesson loader's door. `course` is every chapter and lesson in `lessons/`, parsed once when the site is built:
 * `course.lessons` in course order with prev/next, `course.chapters` with their lesson ids, `course.problems` for files
 * that could not be read (the UI lists them).
 * Flow, scenario, action and state ids are the strings the authors wrote; the UI checks them against the flow registry.
 */
import { prebuiltCourse } from './lessonFiles';

export { displayPath, findLesson, isLessonProblem } from './lookup.ts';
export { lessonWithText, loadLessonText } from './textLoader';
export type { Chapter, ChapterRef, Course, Lesson, LessonLink, LessonProblem, LessonStep, Quiz, StepFocus, StepLabel } from './types';

export const course = prebuiltCourse;
