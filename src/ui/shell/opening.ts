/**
 * Where the course opens. Decided before React renders, so a fresh load renders the lesson once instead of rendering a
 * placeholder, redirecting, then rendering again: a first visit's empty address stands for the first lesson, and the
 * simulation opens the addressed (or saved) lesson before the live page first renders.
 */
import type { Course } from '../../content';
import type { SessionView } from '../../flows/session';
import type { Simulation } from '../simulation';
import { buildEntries, scriptOf } from './course';
import { lessonHash, parseHash } from './route';
import { currentHash, setStartHash } from './useHashRoute';

/** The session's storage key (src/flows/persistence.ts), read here so a first visit needs no wait for the simulation. */
export const SESSION_KEY = 'cognito-simulator/session/v2';

export function hasSavedSession(): boolean {
  try {
    return window.localStorage.getItem(SESSION_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Where the course starts: the first lesson's first step. A first visit's empty address stands for it, and it is exactly
 * what the lesson then writes into the address bar, so writing it changes no route and re-renders nothing.
 */
export const firstLessonHash = (lessonId: string): string => lessonHash(lessonId, 1);

/**
 * A first visit to `#/` or no address at all starts the course (a saved session resumes its own lesson once it loads).
 * The empty address stands for the first lesson until the lesson writes its own (`#/<lesson>/1`) into the address bar:
 * no extra history update while the page starts.
 */
export function openFirstVisit(course: Course): void {
  const first = course.lessons[0];
  if (first && !hasSavedSession()) setStartHash(firstLessonHash(first.id));
}

/** The step a lesson opens at: the address's, else the saved one when the session last ran this lesson, else the first. */
export function openingStep(view: SessionView, lessonId: string, routeStep: number | undefined): number {
  return routeStep !== undefined ? routeStep - 1 : view.lessonId === lessonId ? view.stepIndex : 0;
}

/**
 * Opens the lesson the address names (or, with none, the saved one) in the new session, when it is a lesson the page will
 * show running. The live page then finds it open and renders it ready in one go.
 */
export async function openAddressedLesson({ session, checkLesson }: Simulation, course: Course): Promise<void> {
  const route = parseHash(currentHash());
  const view = session.getView();
  const id = route.lessonId ?? view.lessonId;
  const entry = buildEntries(course, checkLesson).find((e) => e.id === id);
  const lesson = entry?.problems.length ? undefined : entry?.lesson;
  if (!lesson || route.badStep !== undefined || (route.step ?? 1) > lesson.steps.length) return;
  await session.openLesson(scriptOf(lesson), openingStep(view, lesson.id, route.step));
}
