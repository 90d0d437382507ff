import { describe, expect, it } from 'vitest';
import { isCourseFile } from '../../src/content/chapters';
import { loadCourse } from '../../src/content/load';
import { displayPath } from '../../src/content/parse';

const lesson = (title: string, front = 'flow: story\nscenario: none') => `---\ntitle: ${title}\n${front}\n---\n## One\ntext`;
const meta = (title: string, extra = '') => `title: ${title}\n${extra}`;

describe('loadCourse', () => {
  it('orders chapters by their number, lessons by their chapter then their own number (not alphabetically)', () => {
    const course = loadCourse({
      '../../lessons/10-later/meta.yml': meta('Later'),
      '../../lessons/10-later/1-last.md': lesson('Last'),
      '../../lessons/2-middle/meta.yml': meta('Middle', 'summary: In between.'),
      '../../lessons/2-middle/10-ten.md': lesson('Ten'),
      '../../lessons/2-middle/2-two.md': lesson('Two'),
      '../../lessons/01-first/meta.yml': meta('First'),
      '../../lessons/01-first/01-one.md': lesson('One'),
    });
    expect(course.problems).toEqual([]);
    expect(course.lessons.map((l) => l.id)).toEqual(['one', 'two', 'ten', 'last']);
    expect(course.chapters).toEqual([
      { id: 'first', title: 'First', order: 1, summary: '', file: 'lessons/01-first/meta.yml', lessons: ['one'] },
      { id: 'middle', title: 'Middle', order: 2, summary: 'In between.', file: 'lessons/2-middle/meta.yml', lessons: ['two', 'ten'] },
      { id: 'later', title: 'Later', order: 10, summary: '', file: 'lessons/10-later/meta.yml', lessons: ['last'] },
    ]);
    expect(course.lessons[1]).toMatchObject({ id: 'two', order: 2, file: 'lessons/2-middle/2-two.md', chapter: { id: 'middle', title: 'Middle' } });
  });

  it('computes prev/next once over the whole course, across chapter boundaries', () => {
    const course = loadCourse({
      'lessons/01-a/meta.yml': meta('A'),
      'lessons/01-a/01-one.md': lesson('One'),
      'lessons/01-a/02-two.md': lesson('Two'),
      'lessons/02-b/meta.yml': meta('B'),
      'lessons/02-b/01-three.md': lesson('Three'),
    });
    const [one, two, three] = course.lessons;
    expect(one!.prev).toBeUndefined();
    expect(one!.next).toEqual({ id: 'two', title: 'Two' });
    expect(two!.next).toEqual({ id: 'three', title: 'Three' });
    expect(three!.prev).toEqual({ id: 'two', title: 'Two' });
    expect(three!.next).toBeUndefined();
  });

  it("merges the chapter's flow and scenario into lessons that do not set their own", () => {
    const course = loadCourse({
      'lessons/01-stories/meta.yml': meta('Stories', 'flow: story\nscenario: none'),
      'lessons/01-stories/01-inherits.md': lesson('Inherits', ''),
      'lessons/01-stories/02-own.md': lesson('Own', 'flow: signUp\nscenario: emptyPool'),
    });
    expect(course.problems).toEqual([]);
    expect(course.lessons.map((l) => [l.id, l.flow, l.scenario])).toEqual([
      ['inherits', 'story', 'none'],
      ['own', 'signUp', 'emptyPool'],
    ]);
  });

  it('keeps slugs unique across the whole course, and lesson numbers unique within a chapter', () => {
    const course = loadCourse({
      'lessons/01-a/meta.yml': meta('A'),
      'lessons/01-a/01-one.md': lesson('One'),
      'lessons/01-a/01-other.md': lesson('Other'),
      'lessons/02-b/meta.yml': meta('B'),
      'lessons/02-b/01-fine.md': lesson('Fine'),
      'lessons/02-b/02-one.md': lesson('One again'),
    });
    expect(course.lessons.map((l) => l.file)).toEqual(['lessons/01-a/01-one.md', 'lessons/02-b/01-fine.md']);
    expect(course.problems).toEqual([
      { file: 'lessons/01-a/01-other.md', chapter: { id: 'a', title: 'A' }, message: 'the number 1 in this chapter is already used by lessons/01-a/01-one.md' },
      { file: 'lessons/02-b/02-one.md', chapter: { id: 'b', title: 'B' }, message: 'the slug "one" is already used by lessons/01-a/01-one.md' },
    ]);
    expect(course.chapters.map((c) => c.lessons)).toEqual([['one'], ['fine']]);
  });

  it('refuses a second chapter with the same number, naming both folders', () => {
    const course = loadCourse({
      'lessons/01-a/meta.yml': meta('A'),
      'lessons/01-a/01-one.md': lesson('One'),
      'lessons/01-b/meta.yml': meta('B'),
      'lessons/01-b/01-two.md': lesson('Two'),
    });
    expect(course.lessons.map((l) => l.id)).toEqual(['one']);
    expect(course.problems).toEqual([{ file: 'lessons/01-b/', message: 'the chapter number 1 is already used by lessons/01-a/' }]);
  });

  it.each([
    ['bad YAML', 'title: [unclosed', /^not valid YAML/],
    ['no title', 'summary: Only a summary.', /needs a "title"/],
    ['an unknown field', 'title: A\ntitel: typo', /unknown field "titel"/],
    ['a list instead of fields', '- title', /write the chapter's fields as YAML/],
  ])('reports a meta.yml with %s, naming it, and still loads the chapter and the rest of the course', (_name, source, message) => {
    const course = loadCourse({
      'lessons/01-first/meta.yml': meta('First'),
      'lessons/01-first/01-one.md': lesson('One'),
      'lessons/02-user-pools/meta.yml': source,
      'lessons/02-user-pools/01-two.md': lesson('Two'),
    });
    expect(course.problems).toHaveLength(1);
    expect(course.problems[0]).toMatchObject({ file: 'lessons/02-user-pools/meta.yml', chapter: { id: 'user-pools', title: 'User pools' } });
    expect(course.problems[0]!.message).toMatch(message);
    expect(course.lessons.map((l) => [l.id, l.chapter.title])).toEqual([
      ['one', 'First'],
      ['two', 'User pools'],
    ]);
  });

  it('reports a chapter without meta.yml, a badly named folder and a lesson outside any chapter', () => {
    const course = loadCourse({
      'lessons/01-a/01-one.md': lesson('One'),
      'lessons/Extras/01-two.md': lesson('Two'),
      'lessons/03-loose.md': lesson('Loose'),
      'lessons/README.md': '# How to write a lesson',
      'lessons/01-a/README.md': '# Notes',
    });
    expect(course.lessons.map((l) => l.id)).toEqual(['one']);
    expect(course.problems.map((p) => [p.file, p.message])).toEqual([
      ['lessons/03-loose.md', 'a lesson belongs in a chapter folder, such as lessons/01-foundations/'],
      ['lessons/Extras/', "a chapter folder's name must be NN-slug: a number, a dash, then lowercase words joined by dashes"],
      ['lessons/01-a/meta.yml', 'the chapter has no meta.yml: add one with at least a title'],
    ]);
  });

  it('reports a malformed lesson with its chapter, and links around it', () => {
    const course = loadCourse({
      'lessons/01-a/meta.yml': meta('A'),
      'lessons/01-a/01-one.md': lesson('One'),
      'lessons/01-a/02-broken.md': '---\ntitle: Broken\n---\n## A',
      'lessons/02-b/meta.yml': meta('B'),
      'lessons/02-b/01-three.md': lesson('Three'),
    });
    expect(course.lessons.map((l) => l.id)).toEqual(['one', 'three']);
    expect(course.lessons[0]!.next).toEqual({ id: 'three', title: 'Three' });
    expect(course.problems).toEqual([
      { file: 'lessons/01-a/02-broken.md', chapter: { id: 'a', title: 'A' }, line: 2, message: 'the front matter needs "flow"' },
    ]);
  });
});

describe('course files', () => {
  it('are lessons and chapter metadata', () => {
    expect(['01-x.md', 'meta.yml', 'README.md'].map(isCourseFile)).toEqual([true, true, true]);
    expect(['notes.txt', 'other.yml', '.DS_Store'].map(isCourseFile)).toEqual([false, false, false]);
  });

  it('are named from the lessons/ folder, not from a chapter whose name ends in "lessons"', () => {
    expect(displayPath('/home/me/app/lessons/03-more-lessons/01-x.md')).toBe('lessons/03-more-lessons/01-x.md');
    expect(displayPath('../../lessons/01-a/01-x.md')).toBe('lessons/01-a/01-x.md');
    expect(displayPath('lessons/01-a/meta.yml')).toBe('lessons/01-a/meta.yml');
    expect(displayPath('C:\\work\\lessons\\01-a\\01-x.md')).toBe('lessons/01-a/01-x.md');
  });
});
