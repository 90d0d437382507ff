/**
 * JSON as `JSON.stringify(value, null, 2)` writes it, cut into pieces: plain text, and one member per object key or array
 * item carrying its path (`UserPool.Policies.PasswordPolicy`, `UserAttributes[0].Name`), so the Requests tab can mark,
 * point at and scroll to a field while the text stays the same JSON, copyable as it is. Pure.
 */
export type JsonPiece = string | JsonMember;

export interface JsonMember {
  /** Keys joined by dots, array items as `[n]` (src/content/focus.ts `pathKey` writes the same form). */
  path: string;
  /** `"Key": value` or the array item, without its indentation or comma. */
  pieces: JsonPiece[];
}

const memberPath = (parent: string, key: string | number) => (typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key);

function write(value: unknown, path: string, indent: string, out: JsonPiece[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  const items: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function');
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (!items.length) {
    out.push(open + close);
    return;
  }
  out.push(`${open}\n`);
  items.forEach(([key, item], i) => {
    const child = memberPath(path, key);
    const pieces: JsonPiece[] = typeof key === 'string' ? [`${JSON.stringify(key)}: `] : [];
    write(item, child, inner, pieces);
    out.push(inner, { path: child, pieces: merge(pieces) }, i < items.length - 1 ? ',\n' : '\n');
  });
  out.push(indent + close);
}

/** Joins neighbouring strings, so the page gets one text node per run of plain text. */
function merge(pieces: JsonPiece[]): JsonPiece[] {
  const out: JsonPiece[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    if (typeof piece === 'string' && typeof out[last] === 'string') out[last] += piece;
    else out.push(piece);
  }
  return out;
}

/** The pieces of `value` written as indented JSON. */
export function jsonPieces(value: unknown): JsonPiece[] {
  const out: JsonPiece[] = [];
  write(value, '', '', out);
  return merge(out);
}

/** The text the pieces spell: always `JSON.stringify(value, null, 2)`. */
export const piecesText = (pieces: readonly JsonPiece[]): string => pieces.map((p) => (typeof p === 'string' ? p : piecesText(p.pieces))).join('');

/** Every member's path, in document order. */
export const piecePaths = (pieces: readonly JsonPiece[]): string[] => pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.path, ...piecePaths(p.pieces)]));
