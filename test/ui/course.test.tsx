// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { loadCourse } from '../../src/content/load';
import { App } from '../../src/ui/shell/App';
import { checkLesson } from '../../src/ui/shell/checkLesson';
import { buildEntries, groupByChapter } from '../../src/ui/shell/course';
import { parseHash } from '../../src/ui/shell/route';
import { currentHash, replaceHash, setStartHash } from '../../src/ui/shell/useHashRoute';
import { explainError } from '../../src/ui/app/errorWords';

const good = `---
title: A good lesson
summary: It works.
flow: signUp
scenario: emptyPool
---

Intro text.

## Sign up {action=signUp.submit}

Body one.

## Look around

Body two.
`;
const broken = `---
title: [unclosed
---
`;
const unknownIds = good
  .replace('flow: signUp', 'flow: signIn')
  .replace('action=signUp.submit', 'action=signUp.teleport')
  .replace('scenario: emptyPool', 'scenario: moonBase');

const course = loadCourse({
  '../../lessons/01-basics/meta.yml': 'title: Basics',
  '../../lessons/01-basics/01-good.md': good,
  '../../lessons/01-basics/02-broken.md': broken,
  '../../lessons/02-more/meta.yml': 'title: More',
  '../../lessons/02-more/01-odd-ids.md': unknownIds,
});

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

describe('the course in the UI', () => {
  it('checks flow, scenario and action ids against the flow registry', () => {
    const odd = course.lessons.find((l) => l.id === 'odd-ids')!;
    const problems = checkLesson(odd);
    expect(problems.join('\n')).toMatch(/lessons\/02-more\/01-odd-ids\.md: unknown scenario "moonBase"/);
    expect(problems.join('\n')).toMatch(/step 1 \("Sign up"\) uses action "signUp\.teleport", which the signIn flow does not have/);
    expect(checkLesson(course.lessons.find((l) => l.id === 'good')!)).toEqual([]);
  });

  it('keeps unparseable files in the table of contents, in order', () => {
    const entries = buildEntries(course, checkLesson);
    expect(entries.map((e) => [e.id, e.problems.length > 0])).toEqual([
      ['good', false],
      ['broken', true],
      ['odd-ids', true],
    ]);
  });

  it('groups the table of contents by chapter: one list per chapter, named by its title, numbers counting on across chapters', () => {
    render(<App course={course} sim={undefined} />);
    const nav = screen.getByRole('navigation', { name: 'Lessons' });
    const basics = within(nav).getByRole('list', { name: 'Chapter 1: Basics' });
    const more = within(nav).getByRole('list', { name: 'Chapter 2: More' });
    expect(
      within(basics)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#/good', '#/broken']);
    expect(
      within(more)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#/odd-ids']);
    expect([...nav.querySelectorAll('.toc-number')].map((n) => n.textContent)).toEqual(['1', '!', '3']);
  });

  it('names a chapter whose meta.yml is broken, with the problem, and keeps its lessons', () => {
    const withBadMeta = loadCourse({
      'lessons/01-basics/meta.yml': 'title: Basics',
      'lessons/01-basics/01-good.md': good,
      'lessons/02-user-pools/meta.yml': 'titel: typo',
      'lessons/02-user-pools/01-other.md': good,
    });
    const groups = groupByChapter(withBadMeta, buildEntries(withBadMeta));
    expect(groups.map((g) => [g.title, g.entries.map((e) => e.id), g.problems])).toEqual([
      ['Basics', ['good'], []],
      ['User pools', ['other'], ['lessons/02-user-pools/meta.yml: unknown field "titel" (known: title, summary, flow, scenario)']],
    ]);
    render(<App course={withBadMeta} sim={undefined} />);
    const list = screen.getByRole('list', { name: /^Chapter 2: User pools \(lessons\/02-user-pools\/meta\.yml: unknown field "titel"/ });
    expect(within(list).getByRole('link').getAttribute('href')).toBe('#/other');
  });

  it('shows a malformed lesson as an error naming the file, and the rest still works', async () => {
    render(<App course={course} sim={undefined} />);
    await go('#/broken');
    expect(screen.getByRole('alert').textContent).toMatch(/lessons\/01-basics\/02-broken\.md/);
    const nav = screen.getByRole('navigation', { name: 'Lessons' });
    expect(nav.querySelectorAll('a')).toHaveLength(3);
    await go('#/good');
    expect(screen.getByRole('heading', { name: 'A good lesson', level: 1 })).toBeTruthy();
    expect(screen.getByTestId('step-counter').textContent).toBe('Step 1 of 2');
  });

  it('says when a lesson or a step does not exist, with a way back', async () => {
    render(<App course={course} sim={undefined} />);
    await go('#/nope');
    expect(screen.getByRole('heading', { name: 'Lesson not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Go to the first lesson: A good lesson/ }).getAttribute('href')).toBe('#/good');
    await go('#/good/9');
    expect(screen.getByRole('heading', { name: 'Step not found' })).toBeTruthy();
  });

  it('renders the lesson Markdown, highlighting the step in the address', async () => {
    render(<App course={course} sim={undefined} />);
    await go('#/good/2');
    const current = document.querySelector('[aria-current="step"]')!;
    expect(current.textContent).toContain('Body two.');
    expect(screen.getByText('Intro text.')).toBeTruthy();
  });
});

describe('routes', () => {
  it('reads #/<lesson> and #/<lesson>/<step>', () => {
    expect(parseHash('')).toEqual({});
    expect(parseHash('#/sign-up')).toEqual({ lessonId: 'sign-up' });
    expect(parseHash('#/sign-up/3')).toEqual({ lessonId: 'sign-up', step: 3 });
    expect(parseHash('#/sign-up/0')).toEqual({ lessonId: 'sign-up', badStep: '0' });
    expect(parseHash('#/sign-up/x')).toEqual({ lessonId: 'sign-up', badStep: 'x' });
  });

  it('lets an address naming no lesson stand for the start lesson, until the app first writes an address', () => {
    window.history.replaceState(null, '', '#');
    setStartHash('#/authentication-vs-authorization');
    try {
      expect(currentHash()).toBe('#/authentication-vs-authorization');
      window.location.hash = '#/';
      expect(currentHash()).toBe('#/authentication-vs-authorization');
      window.location.hash = '#/sign-up/2';
      expect(currentHash()).toBe('#/sign-up/2');
      replaceHash('#/sign-up/3');
      window.location.hash = '#/';
      expect(currentHash()).toBe('#/');
    } finally {
      setStartHash('');
    }
  });
});

describe('errors in words', () => {
  it('puts the way out of a disabled auth flow on a button', () => {
    expect(explainError({ code: 'InvalidParameterException', message: 'USER_PASSWORD_AUTH flow not enabled for this client' })).toEqual({
      words: 'This app client does not allow signing in with a username and password (USER_PASSWORD_AUTH is off by default).',
      wayOut: { label: 'Allow USER_PASSWORD_AUTH on the app client', event: { type: 'client.allowPasswordAuth' } },
    });
  });
  it('says a wrong code is wrong', () => {
    expect(explainError({ code: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' }).words).toBe('That code is wrong.');
  });
});
