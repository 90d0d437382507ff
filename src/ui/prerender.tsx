/**
 * Build time only (the `cognito-simulator:prerender` plugin in vite.config.ts): the course's first lesson, running at its
 * first step in a fresh session, rendered to static HTML with the very components the browser uses. A first visit paints
 * it before any JavaScript has run; when the simulation is ready, main.tsx hydrates it with that same fresh state.
 */
import { renderToString } from 'react-dom/server';
import type { Course } from '../content';
import { App } from './shell/App';
import { LARGE_TEXT_KEY } from './shell/Header';
import { firstLessonHash, openAddressedLesson, SESSION_KEY } from './shell/opening';
import { startSimulation } from './simulation';
import { setStartHash } from './shell/useHashRoute';

export interface PrerenderedPage {
  lessonId: string;
  /** The inside of `<div id="root">`. */
  html: string;
  /**
   * An inline script to run right after the root: a visit that opens somewhere else (another lesson or step, a saved
   * session) empties the root before anything is painted, and large text is applied at once.
   */
  script: string;
}

export async function prerenderFirstLesson(course: Course): Promise<PrerenderedPage | undefined> {
  const first = course.lessons[0];
  if (!first) return undefined;
  setStartHash(firstLessonHash(first.id));
  // The running lesson as a first visitor's browser will have it (a fresh session, its first step), so React in the
  // browser can hydrate this markup instead of rebuilding it. The first lessons are stories: no keys, no network.
  const sim = await startSimulation({});
  try {
    await openAddressedLesson(sim, course);
    const html = renderToString(<App course={course} sim={sim} />);
    return { lessonId: first.id, html, script: openingScript(first.id) };
  } finally {
    sim.session.dispose();
    setStartHash('');
  }
}

function openingScript(lessonId: string): string {
  const id = JSON.stringify(encodeURIComponent(lessonId));
  const start = JSON.stringify(firstLessonHash(lessonId).replace(/^#\//, ''));
  return [
    '(function () {',
    `  var path = location.hash.replace(/^#\\/?/, '').replace(/\\/+$/, ''), saved = false;`,
    '  try {',
    `    saved = localStorage.getItem(${JSON.stringify(SESSION_KEY)}) !== null;`,
    `    if (localStorage.getItem(${JSON.stringify(LARGE_TEXT_KEY)}) === '1') document.documentElement.classList.add('large-text');`,
    '  } catch (e) {}',
    `  if (saved || (path && path !== ${id} && path !== ${start})) document.getElementById('root').replaceChildren();`,
    '})();',
  ].join('\n');
}
