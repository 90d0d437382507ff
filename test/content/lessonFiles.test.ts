import { describe, expect, it } from 'vitest';
import { course, findLesson } from '../../src/content';

describe('the bundled course (src/content/index.ts through Vite)', () => {
  it('globs every lesson in lessons/, skips the README and loads them without problems', () => {
    expect(course.problems).toEqual([]);
    expect(course.lessons).toHaveLength(8);
    expect(course.lessons.map((l) => l.file)[0]).toBe('lessons/01-authentication-vs-authorization.md');
  });

  it('carries each lesson rendered to HTML, without the Markdown sources the browser does not need', () => {
    const lesson = findLesson(course, 'sign-up')!;
    expect(lesson.introHtml).toMatch(/^<p>/);
    expect(lesson.steps.every((s) => typeof s.bodyHtml === 'string')).toBe(true);
    expect(lesson).not.toHaveProperty('intro');
    expect(lesson.steps.some((s) => 'body' in s)).toBe(false);
    expect(JSON.stringify(course)).not.toMatch(/"(intro|body|explain)":/);
  });

  it('finds a lesson by slug, and nothing for an unknown slug', () => {
    expect(findLesson(course, 'inside-the-tokens')?.order).toBe(7);
    expect(findLesson(course, 'no-such-lesson')).toBeUndefined();
  });
});
