/**
 * The Condition element (IAM User Guide: "Condition operators", "Single-valued vs. multivalued context keys"): each
 * operator × key is one test, all tests must hold (AND), a key's values are alternatives (OR), and a negated operator
 * holds when none of them matches. A key absent from the request fails the test, except for negated operators,
 * `…IfExists` and `ForAllValues:` (which hold); `Null` tests presence itself.
 */
import { splitOperator } from './parse';
import { arnLike, globRegExp } from './match';
import { substitute, type KeyLookup, type Substituted } from './variables';
import type { ConditionEntry, ConditionTrace, PolicyVersion } from './types';

interface Comparer {
  negated: boolean;
  /** Policy variables are substituted only in string and ARN operators' values. */
  variables: boolean;
  /** The positive form: does the request's value match this policy value? */
  test: (value: string, policy: Substituted) => boolean;
}

const ISO = /^(-?\d{4,9})(?:-(\d{2})(?:-(\d{2}))?)?(?:[Tt](\d{2})(?::(\d{2})(?::(\d{2})(\.\d+)?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** ISO 8601 or epoch seconds → epoch ms; NaN when neither. A date-time without a zone is taken as UTC. [U] */
export function parseDate(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const m = ISO.exec(text.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let ms = Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), Math.round(Number(frac ?? 0) * 1000));
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (z) ms -= (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0)) * 60_000;
  }
  return ms;
}

/** An IPv4 or IPv6 address as a number and its width in bits; undefined when not an address. */
function parseIp(text: string): { value: bigint; bits: number } | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    return { value: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n), bits: 32 };
  }
  if (!text.includes(':') || !/^[0-9a-fA-F:]+$/.test(text)) return undefined;
  const [head, tail, ...more] = text.split('::');
  if (more.length) return undefined;
  const groups = (s: string | undefined) => (s ? s.split(':') : []);
  const h = groups(head);
  const t = groups(tail);
  const missing = 8 - h.length - t.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const all = [...h, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...t];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { value: all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n), bits: 128 };
}

/** Is `ip` within `cidr` (`203.0.113.0/24`, `2001:db8::/32`, or one address)? */
export function inCidr(ip: string, cidr: string): boolean {
  const [base, prefix] = cidr.split('/');
  const addr = parseIp(ip);
  const net = parseIp(base ?? '');
  if (!addr || !net || addr.bits !== net.bits) return false;
  const len = prefix === undefined ? net.bits : Number(prefix);
  if (!Number.isInteger(len) || len < 0 || len > net.bits) return false;
  const shift = BigInt(net.bits - len);
  return addr.value >> shift === net.value >> shift;
}

const numeric = (cmp: (a: number, b: number) => boolean) => (v: string, p: Substituted) => {
  const a = Number(v);
  const b = Number(p.text);
  return v.trim() !== '' && p.text.trim() !== '' && !Number.isNaN(a) && !Number.isNaN(b) && cmp(a, b);
};
const date = (cmp: (a: number, b: number) => boolean) => (v: string, p: Substituted) => {
  const a = parseDate(v);
  const b = parseDate(p.text);
  return !Number.isNaN(a) && !Number.isNaN(b) && cmp(a, b);
};
const eq = (a: number, b: number) => a === b;
const plain = (test: Comparer['test'], negated = false): Comparer => ({ negated, variables: false, test });
const withVars = (test: Comparer['test'], negated = false): Comparer => ({ negated, variables: true, test });

const stringEquals = (v: string, p: Substituted) => v === p.text;
const stringEqualsIgnoreCase = (v: string, p: Substituted) => v.toLowerCase() === p.text.toLowerCase();
const stringLike = (v: string, p: Substituted) => globRegExp(p.pieces).test(v);
const arn = (v: string, p: Substituted) => arnLike(p.pieces, v);

const COMPARERS: Record<string, Comparer> = {
  StringEquals: withVars(stringEquals),
  StringNotEquals: withVars(stringEquals, true),
  StringEqualsIgnoreCase: withVars(stringEqualsIgnoreCase),
  StringNotEqualsIgnoreCase: withVars(stringEqualsIgnoreCase, true),
  StringLike: withVars(stringLike),
  StringNotLike: withVars(stringLike, true),
  NumericEquals: plain(numeric(eq)),
  NumericNotEquals: plain(numeric(eq), true),
  NumericLessThan: plain(numeric((a, b) => a < b)),
  NumericLessThanEquals: plain(numeric((a, b) => a <= b)),
  NumericGreaterThan: plain(numeric((a, b) => a > b)),
  NumericGreaterThanEquals: plain(numeric((a, b) => a >= b)),
  DateEquals: plain(date(eq)),
  DateNotEquals: plain(date(eq), true),
  DateLessThan: plain(date((a, b) => a < b)),
  DateLessThanEquals: plain(date((a, b) => a <= b)),
  DateGreaterThan: plain(date((a, b) => a > b)),
  DateGreaterThanEquals: plain(date((a, b) => a >= b)),
  // Bool compares the words true/false, case-insensitively. [U] for a value that is neither.
  Bool: plain((v, p) => v.toLowerCase() === p.text.toLowerCase()),
  // SIMPLIFIED: binary keys arrive base64-encoded, so equal bytes are equal base64 text.
  BinaryEquals: plain((v, p) => v === p.text),
  IpAddress: plain((v, p) => inCidr(v, p.text)),
  NotIpAddress: plain((v, p) => inCidr(v, p.text), true),
  ArnEquals: withVars(arn),
  ArnLike: withVars(arn),
  ArnNotEquals: withVars(arn, true),
  ArnNotLike: withVars(arn, true),
};

/** One condition test, with its trace. */
export function evaluateCondition(entry: ConditionEntry, version: PolicyVersion, lookup: KeyLookup): ConditionTrace {
  const { base, qualifier, ifExists } = splitOperator(entry.operator);
  const trace = (result: boolean, why: string, extra: Partial<ConditionTrace> = {}): ConditionTrace => {
    const t: ConditionTrace = {
      operator: entry.operator,
      baseOperator: base ?? entry.operator,
      ifExists,
      key: entry.key,
      policyValues: entry.values,
      result,
      why,
    };
    if (qualifier) t.qualifier = qualifier;
    const requestValues = lookup(entry.key);
    if (requestValues) t.requestValues = requestValues;
    return { ...t, ...extra };
  };
  if (!base) return trace(false, 'unknown operator');
  const values = lookup(entry.key);
  // [U] an empty list counts as no value, for presence as for the set operators.
  const absent = !values || values.length === 0;

  if (base === 'Null') {
    // No variables in Null. `true` asks that the key be absent, `false` that it be present.
    const ok = entry.values.some((v) => (v.toLowerCase() === 'true' ? absent : v.toLowerCase() === 'false' ? !absent : false));
    return trace(ok, absent ? 'key absent' : 'key present');
  }

  const comparer = COMPARERS[base];
  if (!comparer) return trace(false, 'unknown operator');
  const substituted = entry.values.map((v) => (comparer.variables ? substitute(v, version, lookup) : substitute(v, '2008-10-17', lookup)));
  const resolved = substituted.filter((s) => s.unresolved.length === 0);
  const unresolved = substituted.filter((s) => s.unresolved.length > 0).map((s) => entry.values[substituted.indexOf(s)] ?? s.text);
  const extra: Partial<ConditionTrace> = { policyValues: substituted.map((s) => s.text) };
  if (unresolved.length) extra.unresolved = unresolved;

  if (absent) {
    if (ifExists) return trace(true, 'IfExists: key absent', extra);
    if (qualifier === 'ForAllValues') return trace(true, 'ForAllValues: no values in the request', extra);
    if (qualifier === 'ForAnyValue') return trace(false, 'ForAnyValue: no values in the request', extra);
    if (comparer.negated) return trace(true, 'key absent (a negated operator holds)', extra);
    return trace(false, 'key absent', extra);
  }

  // A request value passes when it matches one policy value (negated: when it matches none). A value whose variable
  // had no value is null: nothing equals it, so it never matches.
  const passes = (v: string) => {
    const hit = resolved.some((p) => comparer.test(v, p));
    return comparer.negated ? !hit : hit;
  };
  const present = values ?? [];
  if (qualifier === 'ForAllValues') {
    const ok = present.every(passes);
    return trace(ok, ok ? 'every request value matches' : 'a request value matches none', extra);
  }
  if (qualifier === 'ForAnyValue') {
    const ok = present.some(passes);
    return trace(ok, ok ? 'a request value matches' : 'no request value matches', extra);
  }
  // [U] a multivalued key under a plain operator: positive operators need one value to match, negated ones that none does.
  const ok = comparer.negated ? present.every(passes) : present.some(passes);
  if (comparer.negated) return trace(ok, ok ? 'no policy value matches' : 'a policy value matches', extra);
  return trace(ok, ok ? 'a policy value matches' : 'no policy value matches', extra);
}

/** Every test of a statement's Condition: they must all hold. */
export function evaluateConditions(entries: ConditionEntry[], version: PolicyVersion, lookup: KeyLookup): { met: boolean; traces: ConditionTrace[] } {
  const traces = entries.map((e) => evaluateCondition(e, version, lookup));
  return { met: traces.every((t) => t.result), traces };
}
