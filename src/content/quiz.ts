import { parse } from 'yaml';
import { renderMarkdown } from './markdown.ts';
import { LessonSyntaxError } from './syntaxError.ts';
import type { Quiz } from './types.ts';

const FIELDS = ['question', 'options', 'answer', 'explain'];

/** Reads a ```quiz block: YAML `{ question, options: [..], answer: <0-based index>, explain? }`. */
export function parseQuiz(yamlText: string, stepTitle: string, line: number): Quiz {
  const fail = (what: string): never => {
    throw new LessonSyntaxError(`quiz in step "${stepTitle}": ${what}`, line);
  };
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    fail(`not valid YAML (${firstLine(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('write question, options, answer and explain as YAML fields');
  const quiz = data as Record<string, unknown>;
  const unknown = Object.keys(quiz).filter((k) => !FIELDS.includes(k));
  if (unknown.length) fail(`unknown field "${unknown[0]}" (known: ${FIELDS.join(', ')})`);
  const { question, options, answer, explain } = quiz;
  if (typeof question !== 'string' || !question.trim()) fail('"question" must be text');
  if (!Array.isArray(options) || options.length < 2) fail('"options" must list at least two answers');
  const texts = (options as unknown[]).map((o) => (typeof o === 'number' || typeof o === 'boolean' ? String(o) : o));
  if (texts.some((o) => typeof o !== 'string' || !o.trim())) fail('every option must be text');
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= texts.length) {
    fail(`"answer" must be the index of the right option, counting from 0 (0 to ${texts.length - 1})`);
  }
  if (explain !== undefined && typeof explain !== 'string') fail('"explain" must be text');
  return {
    question: (question as string).trim(),
    options: (texts as string[]).map((o) => o.trim()),
    answer: answer as number,
    ...(typeof explain === 'string' && explain.trim() ? { explain: explain.trim(), explainHtml: renderMarkdown(explain.trim()) } : {}),
  };
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}
