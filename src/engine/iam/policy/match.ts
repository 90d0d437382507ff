/**
 * Matching the request against Action, Resource and Principal (IAM User Guide: "IAM JSON policy elements"):
 * `*` any run of characters, `?` one character. Actions compare case-insensitively; resource ARNs case-sensitively, `*`
 * spanning `/` (and colons, as a segment's trailing `*` may), never in the service part.
 */
import type { Piece } from './variables';
import type { PrincipalBlock, RequestPrincipal } from './types';

const escape = (s: string) => s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');

/** A glob of pieces (literal pieces' `*` and `?` are plain characters) as an anchored regular expression. */
export function globRegExp(pieces: Piece[], ignoreCase = false): RegExp {
  let id = ignoreCase ? 'i' : 's';
  for (const p of pieces) id += (p.literal ? '\u0001' : '\u0002') + p.text;
  const known = GLOBS.get(id);
  if (known) return known;
  const made = compileGlob(pieces, ignoreCase);
  if (GLOBS.size >= 2000) GLOBS.delete(GLOBS.keys().next().value!);
  GLOBS.set(id, made);
  return made;
}

/** Compiled globs by their pieces (bounded): the same patterns come back on every request a policy judges. */
const GLOBS = new Map<string, RegExp>();

function compileGlob(pieces: Piece[], ignoreCase: boolean): RegExp {
  const source = pieces
    .map((p) =>
      p.literal
        ? escape(p.text)
        : p.text
            .split('')
            .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : escape(c)))
            .join(''),
    )
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'si' : 's');
}

export const glob = (pattern: string, value: string, ignoreCase = false) => globRegExp([{ text: pattern, literal: false }], ignoreCase).test(value);

/** Does an Action/NotAction pattern name the request's action? `*` is every action. */
export function actionMatches(pattern: string, action: string): boolean {
  return glob(pattern, action, true);
}

/** The six parts of an ARN (the resource part keeps its colons); undefined for a string that is not an ARN. */
export function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/**
 * Does a Resource pattern (after variable substitution) cover the request's resource ARN? `note` says why a pattern
 * can never match.
 */
export function resourceMatches(pieces: Piece[], resource: string): { matched: boolean; note?: string } {
  const text = pieces.map((p) => p.text).join('');
  if (text === '*' && !pieces[0]?.literal) return { matched: true };
  const service = text.split(':')[2];
  if (service !== undefined && /[*?]/.test(service)) return { matched: false, note: 'no wildcard in the service part of an ARN' };
  if (resource === '*') return { matched: false };
  return { matched: globRegExp(pieces).test(resource) };
}

/**
 * ArnEquals/ArnLike: each of the six colon-separated parts compared on its own, case-sensitively, with `*` and `?`.
 */
export function arnLike(pattern: Piece[], value: string): boolean {
  const text = pattern.map((p) => p.text).join('');
  const want = arnParts(text);
  const have = arnParts(value);
  if (!want || !have) return false;
  // [U] a variable spanning a colon is matched as text; the parts come from the substituted string.
  if (pattern.some((p) => p.literal)) return globRegExp(pattern).test(value);
  return want.every((w, i) => glob(w, have[i] ?? ''));
}

/** The role ARN an assumed-role session ARN belongs to (`arn:aws:sts::1:assumed-role/R/s` → `arn:aws:iam::1:role/R`). */
function roleOfSession(arn: string): string | undefined {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/(.+)\/[^/]+$/.exec(arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

function accountOf(arn: string): string | undefined {
  return arnParts(arn)?.[4] || undefined;
}

/** One value of a Principal's `AWS` list against the caller: `*`, an account id or root ARN (any principal of it), or an ARN. */
function awsPrincipalMatches(value: string, p: RequestPrincipal): boolean {
  if (value === '*') return true;
  if (['WebIdentity', 'SAML', 'Service', 'Anonymous'].includes(p.type)) return false;
  const account = /^\d{12}$/.test(value) ? value : /^arn:[^:]+:iam::(\d{12}):root$/.exec(value)?.[1];
  if (account) return accountOf(p.arn) === account;
  return value === p.arn || value === roleOfSession(p.arn);
}

/** Which value of a Principal block names the caller, if any. */
export function principalMatch(block: PrincipalBlock, p: RequestPrincipal): string | undefined {
  // `"*"` is everyone, anonymous callers included.
  if (block === '*') return '*';
  for (const v of block.AWS ?? []) if (awsPrincipalMatches(v, p)) return `AWS: ${v}`;
  for (const v of block.Federated ?? []) if ((p.type === 'WebIdentity' || p.type === 'SAML') && p.federated === v) return `Federated: ${v}`;
  for (const v of block.Service ?? []) if (p.type === 'Service' && p.service === v) return `Service: ${v}`;
  return undefined;
}

/** A Principal block as the strings a trace shows. */
export function principalPatterns(block: PrincipalBlock): string[] {
  if (block === '*') return ['*'];
  return Object.entries(block).flatMap(([type, values]) => (values as string[]).map((v) => `${type}: ${v}`));
}
