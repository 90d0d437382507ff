import { parseFocus } from './focus.ts';
import { LessonSyntaxError } from './syntaxError.ts';
import type { LessonStep, StepLabel } from './types.ts';

type StepAttributes = Pick<LessonStep, 'action' | 'state' | 'message' | 'label' | 'cast' | 'focus'>;

const KNOWN = ['action', 'state', 'message', 'label', 'cast', 'focus'] as const;
type AttributeName = (typeof KNOWN)[number];
const LABELS: readonly StepLabel[] = ['authentication', 'authorization'];

/** A dotted id: `signIn.submit`, `signedIn.profileShown`, `inbox.open`. */
const DOTTED_ID = /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)*$/;
/**
 * `Sender->>Receiver: text` with one of Mermaid's sequence arrows. Mermaid ends a message at `;` or `#`,
 * so neither may appear in it.
 */
const MESSAGE = /^([^:;#,<>]+?)\s*(-->>|->>|--\)|-\)|--x|-x|-->|->)\s*([^:;#,<>]+?)\s*:\s*([^;#]+)$/;
/** A cast's name becomes a Mermaid box title: words, without what Mermaid reads as syntax. */
const CAST = /^[^:;#,<>{}()"]{1,40}$/;

/** Splits `## Title {a=b c="d e"}` into the title and the raw text between the braces (undefined when there are none). */
export function splitHeading(heading: string, line: number): { title: string; raw?: string } {
  const open = heading.search(/\s\{/);
  if (open < 0) {
    if (heading.trimStart().startsWith('{')) throw new LessonSyntaxError('a step heading needs a title before its {attributes}', line);
    return { title: heading.trim() };
  }
  const title = heading.slice(0, open).trim();
  const rest = heading.slice(open).trim();
  if (!rest.endsWith('}')) {
    throw new LessonSyntaxError(`the attributes of step "${title}" must end with "}" at the end of the heading line`, line);
  }
  return { title, raw: rest.slice(1, -1) };
}

/**
 * Reads `action=signUp.submit state=awaitingCode message="A->>B: text" label=authentication cast="In Cognito" focus=Tokens:id.email`.
 * Values are bare (no spaces or quotes) or quoted with " or ' (a backslash escapes the quote).
 */
export function parseAttributes(raw: string, stepTitle: string, line: number): StepAttributes {
  const fail = (what: string): never => {
    throw new LessonSyntaxError(`step "${stepTitle}": ${what}`, line);
  };
  const values: Partial<Record<AttributeName, string>> = {};
  let pos = 0;
  const skipSpace = () => {
    while (pos < raw.length && /\s/.test(raw[pos]!)) pos += 1;
  };
  skipSpace();
  while (pos < raw.length) {
    const key = /^[A-Za-z][\w-]*/.exec(raw.slice(pos))?.[0];
    if (!key) fail(`cannot read the attributes at "${raw.slice(pos)}" (write name=value, quoting values that contain spaces)`);
    pos += key!.length;
    if (raw[pos] !== '=') {
      fail(
        Object.keys(values).length
          ? `cannot read "${key}": write name=value, and quote values that contain spaces`
          : `attribute "${key}" needs a value: ${key}=…`,
      );
    }
    pos += 1;
    let value = '';
    const quote = raw[pos];
    if (quote === '"' || quote === "'") {
      pos += 1;
      let closed = false;
      while (pos < raw.length) {
        const c = raw[pos]!;
        if (c === '\\' && (raw[pos + 1] === quote || raw[pos + 1] === '\\')) {
          value += raw[pos + 1];
          pos += 2;
        } else if (c === quote) {
          closed = true;
          pos += 1;
          break;
        } else {
          value += c;
          pos += 1;
        }
      }
      if (!closed) fail(`the value of "${key}" opens a ${quote} quote that is never closed`);
      if (pos < raw.length && !/\s/.test(raw[pos]!)) fail(`put a space after the quoted value of "${key}"`);
    } else {
      value = /^[^\s"'{}=]*/.exec(raw.slice(pos))![0];
      pos += value.length;
      if (pos < raw.length && !/\s/.test(raw[pos]!)) fail(`the value of "${key}" contains "${raw[pos]}": quote it`);
    }
    if (!(KNOWN as readonly string[]).includes(key!)) fail(`unknown attribute "${key}" (known: ${KNOWN.join(', ')})`);
    const name = key as AttributeName;
    if (values[name] !== undefined) fail(`attribute "${name}" is given twice`);
    if (value.trim() === '') fail(`attribute "${name}" is empty`);
    values[name] = value.trim();
    skipSpace();
  }
  return checkValues(values, fail);
}

function checkValues(values: Partial<Record<AttributeName, string>>, fail: (what: string) => never): StepAttributes {
  const { action, state, message, label, cast } = values;
  const focus = values.focus === undefined ? undefined : parseFocus(values.focus);
  if (typeof focus === 'string') fail(focus);
  if (action !== undefined && !DOTTED_ID.test(action)) fail(`action "${action}" is not an action id like signUp.submit`);
  if (state !== undefined && !DOTTED_ID.test(state)) fail(`state "${state}" is not a state path like signedIn.profileShown`);
  if (message !== undefined && !MESSAGE.test(message)) {
    fail(`message "${message}" must read "Sender->>Receiver: text" (no ";" or "#")`);
  }
  if (label !== undefined && !(LABELS as readonly string[]).includes(label)) {
    fail(`label "${label}" must be ${LABELS.join(' or ')}`);
  }
  if (cast !== undefined && message === undefined) fail('"cast" names who tells a story message: give the step a message too');
  if (cast !== undefined && !CAST.test(cast)) fail(`cast "${cast}" must be a short name (up to 40 characters, no : ; # , < > { } ( ) or ")`);
  return {
    ...(action !== undefined ? { action } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(label !== undefined ? { label: label as StepLabel } : {}),
    ...(cast !== undefined ? { cast } : {}),
    ...(focus !== undefined && typeof focus !== 'string' ? { focus } : {}),
  };
}
