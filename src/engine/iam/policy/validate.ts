/**
 * IAM's checks of a policy document for the place it goes, in the order IAM applies them (as getmoto/moto's
 * `policy_validation.py`, written against IAM's answers, orders them): syntax, version, legacy parsing, Sid uniqueness,
 * actions, resources, resource formats, action vendors. CreateRole (trust), PutRolePolicy/CreatePolicy (identity) and
 * AssumeRole*'s `Policy` (session) answer MalformedPolicyDocument with the returned text.
 */
import { POLICY_MESSAGES, parseStructure, readDocumentObject, rawStatements } from './parse';
import type { ParsedPolicy, PolicyKind, PolicyStatement } from './types';

/** Actions a trust policy may name. [U] IAM's exact list; these are STS's AssumeRole actions and the session-tag companions. */
const TRUST_ACTIONS = /^sts:(\*|AssumeRole\*?|AssumeRoleWithWebIdentity|AssumeRoleWithSAML|TagSession|SetSourceIdentity|SetContext)$/i;

const ISO_DATE = /^(-?\d{1,9})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:t(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.\d{1,9})?)?)?(z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** IAM's legacy parser refuses Date condition values that are neither ISO 8601 nor epoch seconds. */
function legacyDateOk(value: string): boolean {
  const v = value.toLowerCase();
  if (!v.includes('t') && !v.includes('-')) return /^\d+$/.test(v);
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const [, , month, day, hour, minute, second] = m;
  const within = (s: string | undefined, lo: number, hi: number) => s === undefined || (Number(s) >= lo && Number(s) <= hi);
  return within(month, 1, 12) && within(day, 1, 31) && within(hour, 0, 23) && within(minute, 0, 59) && within(second, 0, 59);
}

function legacyOk(raw: Record<string, unknown>[], policy: ParsedPolicy): boolean {
  // Effect is matched case-insensitively by the syntax pass but case-sensitively by the legacy one.
  if (!raw.every((s) => s.Effect === 'Allow' || s.Effect === 'Deny')) return false;
  for (const s of policy.statements) {
    for (const c of s.conditions) {
      if (c.operator.replace(/^For(Any|All)Values?:/, '').startsWith('Date') && !c.values.every(legacyDateOk)) return false;
    }
    for (const r of [...(s.resource ?? []), ...(s.notResource ?? [])]) {
      if (r === '*' || !r.includes(':')) continue;
      if (r.split(':').length < 6 && r.includes('::')) return false;
      if (r.split(':')[2] === '') return false;
    }
  }
  return true;
}

function resourceError(s: PolicyStatement): string | undefined {
  for (const r of [...(s.resource ?? []), ...(s.notResource ?? [])]) {
    if (r !== '*' && !r.includes(':')) return POLICY_MESSAGES.resourceFormat(r);
  }
  return undefined;
}

function actionError(s: PolicyStatement): string | undefined {
  for (const a of [...(s.action ?? []), ...(s.notAction ?? [])]) {
    const parts = a.split(':');
    if (parts.length === 1 && a !== '*') return POLICY_MESSAGES.actionVendor;
    if (parts.length > 2) return POLICY_MESSAGES.actionColons;
    const vendor = parts[0] ?? '';
    if (vendor !== '*' && /[^a-zA-Z0-9\-.]/.test(vendor)) return POLICY_MESSAGES.vendorInvalid(vendor);
  }
  return undefined;
}

/**
 * What IAM answers (MalformedPolicyDocument's message) for this document as a policy of `kind`, or undefined when IAM
 * accepts it. Identity policies may not name a principal; trust policies must, may name no Resource and only
 * AssumeRole actions.
 */
export function validatePolicyDocument(input: string | object, kind: PolicyKind): string | undefined {
  const policy = parseStructure(input);
  if (typeof policy === 'string') return policy;
  const raw = rawStatements(readDocumentObject(input) ?? {}) ?? [];
  const statements = policy.statements;
  const hasPrincipal = (s: PolicyStatement) => s.principal !== undefined || s.notPrincipal !== undefined;

  // [U] STS's wording for a session policy naming a principal; IAM's for identity policies.
  if (kind !== 'trust' && statements.some(hasPrincipal)) return POLICY_MESSAGES.principalInIdentity;
  // [U] moto records IAM refusing identity policies without `"Version": "2012-10-17"`; trust policies of 2008-10-17 are common and accepted.
  if (kind === 'identity' && policy.version !== '2012-10-17') return POLICY_MESSAGES.version;
  if (!legacyOk(raw, policy)) return POLICY_MESSAGES.legacy;

  const sids = statements.map((s) => s.sid).filter((sid): sid is string => !!sid);
  if (new Set(sids).size !== sids.length) return POLICY_MESSAGES.sidUnique;
  // [U] IAM (not S3 or STS) restricts Sids of identity policies to letters and digits.
  if (kind === 'identity' && !sids.every((sid) => /^[0-9A-Za-z]*$/.test(sid))) return POLICY_MESSAGES.sidFormat;

  if (kind === 'trust' && !statements.every((s) => s.principal !== undefined)) return POLICY_MESSAGES.missingPrincipal;
  if (!statements.every((s) => (s.action ?? s.notAction ?? []).length > 0)) return POLICY_MESSAGES.noActions;
  if (kind === 'trust') {
    if (statements.some((s) => s.resource || s.notResource)) return POLICY_MESSAGES.resourceInTrust;
  } else if (!statements.every((s) => (s.resource ?? s.notResource ?? []).length > 0)) {
    return POLICY_MESSAGES.noResources;
  }
  for (const s of statements) {
    const err = resourceError(s) ?? actionError(s);
    if (err) return err;
  }
  if (kind === 'trust' && !statements.every((s) => (s.action ?? []).every((a) => TRUST_ACTIONS.test(a)) && !s.notAction)) {
    return POLICY_MESSAGES.trustActions;
  }
  return undefined;
}
