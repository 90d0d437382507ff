import { describe, expect, it } from 'vitest';
import { course, findLesson, lessonWithText, loadLessonText } from '../../src/content';
import { loadCourse } from '../../src/content/load';
import { MARKDOWN_SOURCES } from '../../src/content/types';
import { lessonFileCount, lessonFiles } from '../support/lessons';

/** A value as the browser's copy holds it: the Markdown sources left out. */
const withoutSources = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, member: unknown) => ((MARKDOWN_SOURCES as readonly string[]).includes(key) ? undefined : member)));

describe('the bundled course (src/content/index.ts through Vite)', () => {
  it('reads every lesson in the chapter folders of lessons/, skips the README and loads them without problems', () => {
    expect(course.problems).toEqual([]);
    expect(course.lessons).toHaveLength(lessonFileCount());
    expect(course.chapters.flatMap((c) => c.lessons)).toEqual(course.lessons.map((l) => l.id));
    expect(course.lessons[0]!.file).toMatch(/^lessons\/0*1-[a-z0-9-]+\/0*1-[a-z0-9-]+\.md$/);
  });

  it('carries each lesson rendered to HTML, without the Markdown sources the browser does not need', async () => {
    const lesson = await loadLessonText(findLesson(course, 'sign-up')!);
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

  it('opens every app lesson on a step 0: nothing runs until the learner presses Next step', async () => {
    for (const outline of course.lessons.filter((l) => l.flow !== 'story')) {
      const lesson = await loadLessonText(outline);
      const first = lesson.steps[0]!;
      expect(first.action, `${lesson.file}: the first step runs ${first.action}`).toBeUndefined();
      expect(first.bodyHtml, lesson.file).toMatch(/Press <strong>Next step<\/strong> to /);
    }
  });

  it('starts with the first lesson whole and every other lesson’s outline; each text, loaded, gives the lesson as parsed', async () => {
    const parsed = loadCourse(lessonFiles('../../lessons/'));
    const [first, ...others] = course.lessons;
    expect(first!.textPending).toBeUndefined();
    expect(withoutSources(first)).toEqual(withoutSources(parsed.lessons[0]));
    for (const outline of others) {
      expect(outline.textPending, outline.file).toBe(true);
      expect(outline.introHtml + outline.steps.map((s) => s.bodyHtml).join(''), outline.file).toBe('');
    }
    for (const outline of others) {
      const full = await loadLessonText(outline);
      expect(withoutSources(full), outline.file).toEqual(withoutSources(parsed.lessons.find((l) => l.id === outline.id)));
      expect(lessonWithText(outline)).toBe(full);
    }
  });
});
