import { describe, expect, it } from 'vitest';
import { course, findLesson } from '../../src/content';
import { lessonFileCount } from '../support/lessons';

describe('the bundled course (src/content/index.ts through Vite)', () => {
  it('reads every lesson in the chapter folders of lessons/, skips the README and loads them without problems', () => {
    expect(course.problems).toEqual([]);
    expect(course.lessons).toHaveLength(lessonFileCount());
    expect(course.chapters.flatMap((c) => c.lessons)).toEqual(course.lessons.map((l) => l.id));
    expect(course.lessons[0]!.file).toMatch(/^lessons\/0*1-[a-z0-9-]+\/0*1-[a-z0-9-]+\.md$/);
  });

  it('carries each lesson rendered to HTML, without the Markdown sources the browser does not need', () => {
    const lesson = findLesson(course, 'sign-up')!;
    expect(lesson.introHtml).toMatch(/^<p>/);
    expect(lesson.steps.every((s) => typeof s.bodyHtml === 'string')).toBe(true);
    expect(lesson).not.toHaveProperty('intro');
    expect(lesson.steps.some((s) => 'body' in s)).toBe(false);
    expect(JSON.stringify(course)).not.toMatch(/"(intro|body|explain)":/);
  });

  it('finds a lesson by slug whatever its chapter, and nothing for an unknown slug', () => {
    expect(findLesson(course, 'inside-the-tokens')?.chapter.id).toBe('user-pools');
    expect(findLesson(course, 'no-such-lesson')).toBeUndefined();
  });

  it('opens every app lesson on a step 0: nothing runs until the learner presses Next step', () => {
    for (const lesson of course.lessons.filter((l) => l.flow !== 'story')) {
      const first = lesson.steps[0]!;
      expect(first.action, `${lesson.file}: the first step runs ${first.action}`).toBeUndefined();
      expect(first.bodyHtml, lesson.file).toMatch(/Press <strong>Next step<\/strong> to /);
    }
  });
});
