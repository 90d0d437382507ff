/**
 * AWS models write `pattern` constraints in Java regex syntax, and AWS matches them against the whole value.
 * This turns one into a JavaScript RegExp with the `u` flag, compiled once per pattern text.
 */

/** Java's POSIX classes (US-ASCII, as Java reads them without UNICODE_CHARACTER_CLASS), as JavaScript class contents. */
const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};
/** Java's `java*` and `Is*` property names JavaScript spells differently. */
const PROPERTIES: Record<string, string> = {
  javaLowerCase: 'Lowercase',
  javaUpperCase: 'Uppercase',
  javaWhitespace: 'White_Space',
  javaAlphabetic: 'Alphabetic',
  javaLetter: 'L',
  javaDigit: 'Nd',
  IsAlphabetic: 'Alphabetic',
  IsLetter: 'L',
  IsDigit: 'Nd',
  IsLowercase: 'Lowercase',
  IsUppercase: 'Uppercase',
  IsWhite_Space: 'White_Space',
  IsWhiteSpace: 'White_Space',
  IsPunctuation: 'P',
};
const HORIZONTAL_SPACE = ' \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
/** What JavaScript accepts after a backslash with the `u` flag (besides `-` inside a class). */
const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const LETTER_ESCAPES = new Set('dDwWsSbBnrtfv0cxupPk123456789');

/** `\p{Name}` in Java → what JavaScript writes inside `[...]` (without brackets) or, outside a class, as an atom. */
function property(name: string, negated: boolean, inClass: boolean): string | undefined {
  const posix = POSIX[name.replace(/^Is/, '')];
  if (posix !== undefined) {
    if (negated) return inClass ? undefined : `[^${posix}]`;
    return inClass ? posix : `[${posix}]`;
  }
  const js = PROPERTIES[name] ?? name.replace(/^Is(?=\p{Lu})/u, 'Script=').replace(/^In(?=\p{Lu})/u, 'Block=');
  if (js.startsWith('Block=')) return undefined; // JavaScript has no Unicode blocks
  return `\\${negated ? 'P' : 'p'}{${js}}`;
}

/**
 * Rewrites a Java regex for JavaScript's `u` mode: `(?s)`-style leading flags become RegExp flags, needless escapes
 * (`\:`, `\_`, `\@`) lose their backslash, `\p{Alpha}`-style names become classes, `\h`, `\A`, `\z`, `\Z`, `\Q…\E`,
 * possessive quantifiers and atomic groups become their nearest JavaScript equivalent.
 * Returns undefined for what it cannot translate.
 */
export function translateJavaPattern(pattern: string): { source: string; flags: string } | undefined {
  let flags = '';
  let rest = pattern;
  const leading = /^\(\?([imsx]+)\)/.exec(rest);
  if (leading) {
    if (leading[1]!.includes('x')) return undefined;
    flags = [...new Set(leading[1])].join('');
    rest = rest.slice(leading[0].length);
  }
  let out = '';
  let inClass = false;
  /** The last token was a quantifier, so a `+` now makes it possessive. */
  let quantified = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '\\' || inClass) quantified = false;
    if (c === '\\') {
      const next = rest[i + 1];
      if (next === undefined) return undefined;
      i++;
      if (next === 'p' || next === 'P') {
        const braced = /^\{(\^?)([\w=]+)\}/.exec(rest.slice(i + 1));
        const single = /^[A-Z]/.exec(rest.slice(i + 1));
        const name = braced ? braced[2]! : single?.[0];
        if (!name) return undefined;
        const js = property(name, (next === 'P') !== Boolean(braced?.[1]), inClass);
        if (js === undefined) return undefined;
        out += js;
        i += braced ? braced[0].length : 1;
      } else if (next === 'h') out += inClass ? HORIZONTAL_SPACE : `[${HORIZONTAL_SPACE}]`;
      else if (next === 'A' && !inClass) out += '^';
      else if ((next === 'z' || next === 'Z') && !inClass) out += '$';
      else if (next === 'Q') {
        const end = rest.indexOf('\\E', i + 1);
        const literal = rest.slice(i + 1, end < 0 ? undefined : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? rest.length : end + 1;
      } else if (SYNTAX.has(next) || (inClass && next === '-')) out += `\\${next}`;
      else if (LETTER_ESCAPES.has(next)) out += `\\${next}`;
      else if (/[\p{L}\p{N}]/u.test(next))
        return undefined; // \e, \G, \R, \X…: no JavaScript equivalent
      else out += next; // a needless escape of punctuation: the character itself
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '[' || (c === '&' && rest[i + 1] === '&')) return undefined; // Java's nested classes and intersections
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (rest[i + 1] === '^') out += rest[++i];
      if (rest[i + 1] === ']') return undefined; // Java's literal `]` first in a class
      continue;
    }
    if (c === '+' && quantified) {
      quantified = false; // possessive → greedy
      continue;
    }
    quantified = '*+?}'.includes(c) && rest[i - 1] !== '(';
    if (c === '(' && rest.startsWith('(?>', i)) {
      out += '(?:'; // atomic → plain group
      i += 2;
      continue;
    }
    out += c;
  }
  return inClass ? undefined : { source: out, flags };
}

const compiled = new Map<string, RegExp | null>();

/**
 * The whole-value JavaScript RegExp for a model pattern, compiled once; `null` when it cannot be translated or compiled.
 * SIMPLIFIED: possessive quantifiers and atomic groups match as their greedy forms; a pattern this cannot translate is not checked.
 */
export function compilePattern(pattern: string): RegExp | null {
  let regex = compiled.get(pattern);
  if (regex !== undefined) return regex;
  const translated = translateJavaPattern(pattern);
  try {
    regex = translated ? new RegExp(`^(?:${translated.source})$`, `${translated.flags}u`) : null;
  } catch {
    regex = null;
  }
  compiled.set(pattern, regex);
  return regex;
}
