import { parse as parseYaml } from 'yaml';
import { parseAttributes, splitHeading } from './attributes.ts';
import { renderMarkdown } from './markdown.ts';
import { firstLine, parseQuiz } from './quiz.ts';
import { LessonSyntaxError } from './syntaxError.ts';
import { displayPath } from './lookup.ts';
import type { LessonDefaults, LessonProblem, LessonStep, ParsedLesson } from './types.ts';

export { displayPath, findLesson, isLessonProblem } from './lookup.ts';

/**
 * The lesson parser: pure, no Vite or DOM. A lesson is `lessons/NN-chapter/NN-slug.md`:
 * YAML front matter (title, summary, flow, scenario), intro Markdown, then one `## Heading {attributes}` per step,
 * with an optional ```quiz block (YAML) inside a step. load.ts places lessons in their chapters.
 */

const FRONT_MATTER_FIELDS = ['title', 'summary', 'flow', 'scenario'];
const FILE_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/**
 * Parses one lesson file; `defaults` are its chapter's flow and scenario, used where the front matter has none.
 * Anything malformed becomes a LessonProblem naming the file (and the line when there is one).
 */
export function parseLesson(file: string, source: string, defaults: LessonDefaults = {}): ParsedLesson | LessonProblem {
  const shown = displayPath(file);
  try {
    return { file: shown, ...parseSource(shown, source, defaults) };
  } catch (error) {
    if (error instanceof LessonSyntaxError) {
      return { file: shown, ...(error.line !== undefined ? { line: error.line } : {}), message: error.message };
    }
    throw error;
  }
}

function parseSource(shown: string, source: string, defaults: LessonDefaults): Omit<ParsedLesson, 'file'> {
  const name = shown.slice(shown.lastIndexOf('/') + 1);
  const match = FILE_NAME.exec(name);
  if (!match) throw new LessonSyntaxError('the file name must be NN-slug.md: a number, a dash, then lowercase words joined by dashes');
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const { fields, bodyStart } = frontMatter(lines, defaults);
  const { intro, steps } = body(lines, bodyStart);
  return {
    id: match[2]!,
    order: Number(match[1]),
    title: fields.title,
    summary: fields.summary,
    flow: fields.flow,
    scenario: fields.scenario,
    intro,
    introHtml: renderMarkdown(intro),
    steps,
  };
}

function frontMatter(lines: string[], defaults: LessonDefaults): { fields: Record<'title' | 'summary' | 'flow' | 'scenario', string>; bodyStart: number } {
  if (lines[0]?.trim() !== '---') throw new LessonSyntaxError('the file must start with front matter: a line "---", the fields, then "---"', 1);
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) throw new LessonSyntaxError('the front matter is never closed: add a line "---" after its fields', 1);
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    throw new LessonSyntaxError(`the front matter is not valid YAML (${firstLine(error)})`, 2);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LessonSyntaxError('the front matter must be YAML fields: title, summary, flow, scenario', 2);
  }
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).find((k) => !FRONT_MATTER_FIELDS.includes(k));
  if (unknown) throw new LessonSyntaxError(`unknown front matter field "${unknown}" (known: ${FRONT_MATTER_FIELDS.join(', ')})`, 2);
  const text = (key: string, required: boolean): string => {
    const value = record[key] ?? defaults[key as keyof LessonDefaults];
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
      if (required) throw new LessonSyntaxError(`the front matter needs "${key}"`, 2);
      return '';
    }
    if (typeof value !== 'string') throw new LessonSyntaxError(`"${key}" in the front matter must be text`, 2);
    return value.trim();
  };
  return {
    fields: { title: text('title', true), summary: text('summary', false), flow: text('flow', true), scenario: text('scenario', true) },
    bodyStart: end + 1,
  };
}

interface Fence {
  marker: string;
  info: string;
  line: number;
  lines: string[];
}

interface Draft {
  step?: LessonStep & { line: number };
  text: string[];
}

/**
 * Walks the Markdown after the front matter: `## ` headings outside code fences start steps; ```quiz fences become quizzes
 * and ```notes fences the step's speaker notes.
 */
function body(lines: string[], start: number): { intro: string; steps: LessonStep[] } {
  const intro: string[] = [];
  const steps: LessonStep[] = [];
  let current: Draft = { text: intro };
  let fence: Fence | undefined;
  const finish = () => {
    if (current.step) {
      const { line: _line, ...step } = current.step;
      const markdown = current.text.join('\n').trim();
      steps.push({ ...step, body: markdown, bodyHtml: renderMarkdown(markdown) });
    }
  };
  for (let i = start; i < lines.length; i += 1) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (fence) {
      if (closesFence(line, fence.marker)) {
        if (fence.info === 'quiz') addQuiz(current, fence);
        else if (fence.info === 'notes') addNotes(current, fence);
        else current.text.push(...fence.lines, line);
        fence = undefined;
      } else {
        fence.lines.push(line);
      }
      continue;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (opening) {
      fence = { marker: opening[1]!, info: opening[2]!.toLowerCase(), line: lineNo, lines: [line] };
      continue;
    }
    const heading = /^##(?!#)(.*)$/.exec(line);
    if (heading) {
      if (heading[1] !== '' && !/^\s/.test(heading[1]!)) throw new LessonSyntaxError(`put a space after "##" in "${line}"`, lineNo);
      finish();
      const { title, raw } = splitHeading(heading[1]!, lineNo);
      if (!title) throw new LessonSyntaxError('a step heading needs a title', lineNo);
      current = { step: { title, body: '', bodyHtml: '', line: lineNo, ...(raw !== undefined ? parseAttributes(raw, title, lineNo) : {}) }, text: [] };
      continue;
    }
    current.text.push(line);
  }
  if (fence) throw new LessonSyntaxError(`the ${fence.marker} block opened here is never closed`, fence.line);
  finish();
  if (steps.length === 0) throw new LessonSyntaxError('the lesson has no steps: add at least one "## Step title" heading');
  return { intro: intro.join('\n').trim(), steps };
}

function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && /^ {0,3}[`~]+\s*$/.test(line) && trimmed[0] === marker[0] && [...trimmed].every((c) => c === marker[0]);
}

function addQuiz(draft: Draft, fence: Fence): void {
  if (!draft.step) throw new LessonSyntaxError('a quiz block must be inside a step, after its "##" heading', fence.line);
  if (draft.step.quiz) throw new LessonSyntaxError(`step "${draft.step.title}" has more than one quiz block`, fence.line);
  draft.step.quiz = parseQuiz(fence.lines.slice(1).join('\n'), draft.step.title, fence.line);
}

/** A ```notes block: Markdown for the presenter, shown only in presenter mode. */
function addNotes(draft: Draft, fence: Fence): void {
  if (!draft.step) throw new LessonSyntaxError('a notes block must be inside a step, after its "##" heading', fence.line);
  if (draft.step.notesHtml) throw new LessonSyntaxError(`step "${draft.step.title}" has more than one notes block`, fence.line);
  const notes = fence.lines.slice(1).join('\n').trim();
  if (!notes) throw new LessonSyntaxError(`the notes block in step "${draft.step.title}" is empty`, fence.line);
  draft.step.notesHtml = renderMarkdown(notes);
}
