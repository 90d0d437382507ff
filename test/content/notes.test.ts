import { describe, expect, it } from 'vitest';
import { isLessonProblem, parseLesson } from '../../src/content/parse';

const FRONT = 'title: A lesson\nsummary: What it teaches\nflow: signUp\nscenario: emptyPool';
const source = (body: string) => `---\n${FRONT}\n---\n${body}`;

describe('speaker notes', () => {
  it('takes a ```notes block out of the step text and keeps it as HTML', () => {
    const result = parseLesson('lessons/01-a.md', source('## One\n\nFor learners.\n\n```notes\nAsk the **room** first.\n```\n\nMore.\n'));
    if (isLessonProblem(result)) throw new Error(result.message);
    const [step] = result.steps;
    expect(step!.notesHtml).toContain('<strong>room</strong>');
    expect(step!.bodyHtml).not.toContain('room');
    expect(step!.bodyHtml).toContain('More.');
  });

  it('names the line of a second notes block in the same step', () => {
    const result = parseLesson('lessons/01-a.md', source('## One\n\n```notes\nA\n```\n\n```notes\nB\n```\n'));
    expect(isLessonProblem(result) && result.message).toContain('step "One" has more than one notes block');
  });

  it('rejects a notes block before the first step and an empty one', () => {
    expect(isLessonProblem(parseLesson('lessons/01-a.md', source('```notes\nA\n```\n\n## One\n\nText.\n')))).toBe(true);
    const empty = parseLesson('lessons/01-a.md', source('## One\n\n```notes\n```\n'));
    expect(isLessonProblem(empty) && empty.message).toContain('is empty');
  });
});
