/**
 * The request context and policy variables (IAM User Guide: "IAM policy elements: Variables and tags").
 * Condition key names are case-insensitive; a variable `${key}` takes the key's value, `${key, 'default'}` the default
 * when the key has none, `${*}` `${?}` `${$}` stand for the literal characters. Only policies of Version 2012-10-17 are
 * substituted; in a 2008-10-17 policy `${aws:username}` is plain text.
 */
import type { ContextValue, EvaluationRequest, PolicyVersion } from './types';

/** A key's values in the request: always a list (a single value is a one-element list); undefined when absent. */
export type KeyLookup = (key: string) => string[] | undefined;

const asList = (v: ContextValue): string[] | undefined => {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.map(String);
  return [String(v)];
};

/**
 * The request's condition keys: the context given, plus the global keys the principal implies (`aws:PrincipalArn`,
 * `aws:userid`, `aws:username`, `aws:PrincipalTag/<key>`, `aws:PrincipalType`) where the context does not set them.
 */
export function requestKeys(request: EvaluationRequest): KeyLookup {
  const keys = new Map<string, string[]>();
  const put = (key: string, value: ContextValue) => {
    const values = asList(value);
    if (values && !keys.has(key.toLowerCase())) keys.set(key.toLowerCase(), values);
  };
  for (const [k, v] of Object.entries(request.context ?? {})) put(k, v);
  const p = request.principal;
  if (!['WebIdentity', 'SAML', 'Service', 'Anonymous'].includes(p.type)) put('aws:PrincipalArn', p.arn);
  const principalType = { User: 'User', AssumedRole: 'AssumedRole', Root: 'Account', FederatedUser: 'FederatedUser', Anonymous: 'Anonymous' }[p.type as string];
  put('aws:PrincipalType', principalType);
  put('aws:userid', p.userid);
  put('aws:username', p.username);
  // [U] tag keys matched case-insensitively, like the rest of the key name.
  for (const [k, v] of Object.entries(p.tags ?? {})) put(`aws:PrincipalTag/${k}`, v);
  return (key) => keys.get(key.toLowerCase());
}

/** A piece of a substituted string: `literal` pieces keep `*` and `?` as plain characters when matched as a pattern. */
export interface Piece {
  text: string;
  literal: boolean;
}

export interface Substituted {
  /** The string after substitution, for display. */
  text: string;
  pieces: Piece[];
  /** The variables that had no value and no default: the string matches nothing (IAM: "the value is effectively null"). */
  unresolved: string[];
}

const VARIABLE = /^\s*([^,'\s][^,']*?)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;

/** The index of the `}` closing a variable opened before `from`, skipping quoted defaults; -1 if none. */
function closing(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === '}' && !quoted) return i;
  }
  return -1;
}

/** `value` with its policy variables replaced from the request, for a policy of `version`. */
export function substitute(value: string, version: PolicyVersion, lookup: KeyLookup): Substituted {
  if (version !== '2012-10-17' || !value.includes('${')) return { text: value, pieces: [{ text: value, literal: false }], unresolved: [] };
  const pieces: Piece[] = [];
  const unresolved: string[] = [];
  let i = 0;
  let plain = '';
  const flush = () => {
    if (plain) pieces.push({ text: plain, literal: false });
    plain = '';
  };
  while (i < value.length) {
    const end = value.startsWith('${', i) ? closing(value, i + 2) : -1;
    if (end < 0) {
      plain += value[i];
      i += 1;
      continue;
    }
    const inner = value.slice(i + 2, end);
    const trimmed = inner.trim();
    const m = VARIABLE.exec(inner);
    flush();
    if (trimmed === '*' || trimmed === '?' || trimmed === '$') {
      pieces.push({ text: trimmed, literal: true });
    } else if (m) {
      const values = lookup(m[1] ?? '');
      // [U] a multivalued key cannot be substituted unless it holds exactly one value.
      const found = values && values.length === 1 ? values[0] : undefined;
      if (found !== undefined) pieces.push({ text: found, literal: true });
      else if (m[2] !== undefined) pieces.push({ text: m[2].replace(/''/g, "'"), literal: true });
      else unresolved.push(value.slice(i, end + 1));
    } else {
      // [U] text that is not a variable's grammar stays as written.
      pieces.push({ text: value.slice(i, end + 1), literal: false });
    }
    i = end + 1;
  }
  flush();
  return { text: pieces.map((p) => p.text).join(''), pieces, unresolved };
}
