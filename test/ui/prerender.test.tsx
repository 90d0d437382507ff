// @vitest-environment happy-dom
import { act, Profiler } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/load';
import { inspectorsFor } from '../../src/ui/inspectors/registry';
import { prerenderFirstLesson } from '../../src/ui/prerender';
import { App } from '../../src/ui/shell/App';
import { openAddressedLesson, openFirstVisit } from '../../src/ui/shell/opening';
import { setStartHash } from '../../src/ui/shell/useHashRoute';
import { startSimulation } from '../../src/ui/simulation';
import { lessonFiles } from '../support/lessons';

const course = loadCourse(lessonFiles('../../lessons/'));
const first = course.lessons[0]!;
const page = (await prerenderFirstLesson(course))!;

/** index.html as the build writes it: the prerendered root, then the opening script. */
function load(hash: string, stored: Record<string, string> = {}): Element {
  window.localStorage.clear();
  for (const [key, value] of Object.entries(stored)) window.localStorage.setItem(key, value);
  window.location.hash = hash;
  document.documentElement.className = '';
  document.body.innerHTML = `<div id="root">${page.html}</div>`;
  new Function(page.script)();
  return document.getElementById('root')!;
}

describe('the prerendered first lesson', () => {
  beforeEach(() => window.localStorage.clear());

  it('is the running first lesson at step 1, rendered by the app itself: contents, text, and the app and inspectors (a story: its diagram)', () => {
    expect(page.lessonId).toBe(first.id);
    document.body.innerHTML = page.html;
    expect(document.querySelector('h1')?.textContent).toBe(first.title);
    expect(document.querySelectorAll('nav[aria-label="Lessons"] a')).toHaveLength(course.lessons.length);
    expect(document.querySelector('nav[aria-label="Lessons"] a[aria-current="page"]')?.getAttribute('href')).toBe(`#/${first.id}`);
    expect(document.querySelectorAll('.steps > li')).toHaveLength(first.steps.length);
    expect(document.querySelector('.step[aria-current="step"]')?.getAttribute('data-step')).toBe('1');
    expect(document.querySelector('.workspace')?.getAttribute('data-busy')).toBe('false');
    if (first.flow === 'story') {
      // A story: its diagram beside the text, no app and no tabs.
      expect(document.querySelector('.column-story .sequence-panel')).not.toBeNull();
      expect(document.querySelectorAll('[role="tab"]')).toHaveLength(0);
    } else {
      expect([...document.querySelectorAll('.inspectors [role="tab"]')].map((t) => t.textContent)).toEqual(inspectorsFor(first).map((i) => i.label));
      expect(document.querySelector('.device')?.getAttribute('data-state')).toBeTruthy();
    }
  });

  it('stays for a first visit to the course or to the first lesson', () => {
    for (const hash of ['', '#/', `#/${first.id}`, `#/${first.id}/1`]) expect(load(hash).childElementCount, hash).toBe(1);
  });

  it('is emptied before it shows when the visit opens elsewhere: another lesson or step, or a saved session', () => {
    expect(load('#/sign-up').childElementCount).toBe(0);
    expect(load(`#/${first.id}/3`).childElementCount).toBe(0);
    expect(load('', { 'cognito-simulator/session/v2': '{}' }).childElementCount).toBe(0);
  });

  it('applies large text at once when the learner chose it', () => {
    load('', { 'cognito-simulator/large-text': '1' });
    expect(document.documentElement.classList.contains('large-text')).toBe(true);
    load('');
    expect(document.documentElement.classList.contains('large-text')).toBe(false);
  });

  it('is adopted by a single render: the address the lesson then writes is the one it was rendered for', async () => {
    const container = load('');
    openFirstVisit(course);
    const sim = await startSimulation({});
    const commits: string[] = [];
    const mismatches: unknown[] = [];
    const reactEnv = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    reactEnv.IS_REACT_ACT_ENVIRONMENT = true;
    let root: Root | undefined;
    try {
      await openAddressedLesson(sim, course);
      await act(async () => {
        root = hydrateRoot(
          container,
          <Profiler id="app" onRender={(_id, phase) => commits.push(phase)}>
            <App course={course} sim={sim} />
          </Profiler>,
          { onRecoverableError: (error) => mismatches.push(error) },
        );
      });
      expect(window.location.hash).toBe(`#/${first.id}/1`);
      expect(mismatches).toEqual([]);
      // A second commit here would re-render the whole page just after it became usable.
      expect(commits).toEqual(['mount']);
    } finally {
      act(() => root?.unmount());
      reactEnv.IS_REACT_ACT_ENVIRONMENT = false;
      sim.session.dispose();
      setStartHash('');
    }
  });
});
