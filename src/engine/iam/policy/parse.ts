/**
 * Reading an IAM policy document (the IAM User Guide's "IAM JSON policy grammar"): Version, Id, Statement as one object or
 * a list; per statement Sid, Effect, Principal/NotPrincipal, Action/NotAction, Resource/NotResource, Condition.
 * Structure only: what IAM calls syntax. The checks that depend on the policy's kind live in validate.ts.
 */
import type { ConditionEntry, ParsedPolicy, PolicyInput, PolicyStatement, PolicyVersion, PrincipalBlock } from './types';

/** IAM's MalformedPolicyDocument texts. [O] where moto's validator (tested against IAM) or AWS answers quoted in issues carry them. */
export const POLICY_MESSAGES = {
  syntax: 'Syntax errors in policy.',
  version: 'Policy document must be version 2012-10-17 or greater.',
  legacy: 'The policy failed legacy parsing',
  sidUnique: 'Statement IDs (SID) in a single policy must be unique.',
  sidFormat: 'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
  noActions: 'Policy statement must contain actions.',
  noResources: 'Policy statement must contain resources.',
  principalInIdentity: 'Policy document should not specify a principal.',
  missingPrincipal: 'Missing required field Principal',
  // [U] what CreateRole says of a Resource in a trust policy, and of an action that is not an AssumeRole action.
  resourceInTrust: 'Has prohibited field Resource',
  trustActions: 'AssumeRole policy may only specify STS AssumeRole actions.',
  actionVendor: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  actionColons: 'Actions/Condition can contain only one colon.',
  vendorInvalid: (vendor: string) => `Vendor ${vendor} is not valid`,
  resourceFormat: (resource: string) => `Resource ${resource} must be in ARN format or "*".`,
} as const;

/** A document IAM would answer with MalformedPolicyDocument; `message` is IAM's text. */
export class PolicyDocumentError extends Error {
  readonly code = 'MalformedPolicyDocument';
  constructor(message: string) {
    super(message);
    this.name = 'MalformedPolicyDocument';
  }
}

const TOP_ELEMENTS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_ELEMENTS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);
const PRINCIPAL_TYPES = new Set(['AWS', 'Federated', 'Service', 'CanonicalUser']);

export const BASE_OPERATORS = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
]);

/** `ForAllValues:StringLikeIfExists` → its parts; `base` is undefined for an operator IAM does not know. */
export function splitOperator(operator: string): { base?: string; qualifier?: 'ForAnyValue' | 'ForAllValues'; ifExists: boolean } {
  let rest = operator;
  let qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  for (const q of ['ForAnyValue', 'ForAllValues'] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
    }
  }
  const ifExists = rest.endsWith('IfExists');
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  return { base: BASE_OPERATORS.has(rest) ? rest : undefined, qualifier, ifExists };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrList = (v: unknown): v is string | string[] => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
const list = (v: string | string[]): string[] => (typeof v === 'string' ? [v] : [...v]);

/** JSON text or an object → the document object, or undefined when it is not one. */
export function readDocumentObject(input: string | object): Record<string, unknown> | undefined {
  if (typeof input !== 'string') return isPlainObject(input) ? input : undefined;
  try {
    const value: unknown = JSON.parse(input);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The raw statements of a document object (Statement as one object or a list), or undefined when malformed. */
export function rawStatements(doc: Record<string, unknown>): Record<string, unknown>[] | undefined {
  const s = doc.Statement;
  const statements = Array.isArray(s) ? s : isPlainObject(s) ? [s] : undefined;
  if (!statements || statements.length === 0 || !statements.every(isPlainObject)) return undefined;
  return statements as Record<string, unknown>[];
}

function parsePrincipal(value: unknown): PrincipalBlock | undefined {
  if (value === '*') return '*';
  if (!isPlainObject(value)) return undefined;
  const block: Exclude<PrincipalBlock, '*'> = {};
  for (const [type, v] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.has(type) || !isStringOrList(v)) return undefined;
    block[type as keyof typeof block] = list(v);
  }
  return block;
}

/** Condition values may be written as JSON numbers or booleans; IAM keeps them as strings. */
function conditionValues(v: unknown): string[] | undefined {
  const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  if (scalar(v)) return [String(v)];
  if (Array.isArray(v) && v.every(scalar)) return v.map(String);
  return undefined;
}

function parseConditions(value: unknown): ConditionEntry[] | undefined {
  if (value === undefined) return [];
  if (!isPlainObject(value)) return undefined;
  const entries: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isPlainObject(block)) return undefined;
    // An unknown operator with an empty block is tolerated, as moto observed of IAM; with keys it is a syntax error.
    if (!splitOperator(operator).base && Object.keys(block).length > 0) return undefined;
    for (const [key, v] of Object.entries(block)) {
      const values = conditionValues(v);
      if (!values) return undefined;
      entries.push({ operator, key, values });
    }
  }
  return entries;
}

function parseStatement(raw: Record<string, unknown>, index: number): PolicyStatement | undefined {
  if (!Object.keys(raw).every((k) => STATEMENT_ELEMENTS.has(k))) return undefined;
  const pairs: [string, string][] = [
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
    ['Principal', 'NotPrincipal'],
  ];
  if (pairs.some(([a, b]) => a in raw && b in raw)) return undefined;
  const effect = raw.Effect;
  if (typeof effect !== 'string' || !['allow', 'deny'].includes(effect.toLowerCase())) return undefined;
  if (raw.Sid !== undefined && typeof raw.Sid !== 'string') return undefined;
  for (const k of ['Action', 'NotAction', 'Resource', 'NotResource']) if (k in raw && !isStringOrList(raw[k])) return undefined;
  const conditions = parseConditions(raw.Condition);
  if (!conditions) return undefined;
  const statement: PolicyStatement = { index, effect: effect.toLowerCase() === 'allow' ? 'Allow' : 'Deny', conditions };
  if (typeof raw.Sid === 'string') statement.sid = raw.Sid;
  for (const [k, field] of [
    ['Principal', 'principal'],
    ['NotPrincipal', 'notPrincipal'],
  ] as const) {
    if (!(k in raw)) continue;
    const p = parsePrincipal(raw[k]);
    if (!p) return undefined;
    statement[field] = p;
  }
  for (const [k, field] of [
    ['Action', 'action'],
    ['NotAction', 'notAction'],
    ['Resource', 'resource'],
    ['NotResource', 'notResource'],
  ] as const) {
    if (k in raw) statement[field] = list(raw[k] as string | string[]);
  }
  return statement;
}

/** The document parsed, or IAM's syntax message. Kind-independent: see `validatePolicyDocument` for the kind's rules. */
export function parseStructure(input: string | object): ParsedPolicy | string {
  const doc = readDocumentObject(input);
  if (!doc || !Object.keys(doc).every((k) => TOP_ELEMENTS.has(k))) return POLICY_MESSAGES.syntax;
  if (doc.Version !== undefined && (typeof doc.Version !== 'string' || !VERSIONS.has(doc.Version))) return POLICY_MESSAGES.syntax;
  if (doc.Id !== undefined && typeof doc.Id !== 'string') return POLICY_MESSAGES.syntax;
  const raws = rawStatements(doc);
  if (!raws) return POLICY_MESSAGES.syntax;
  const statements: PolicyStatement[] = [];
  for (const [i, raw] of raws.entries()) {
    const s = parseStatement(raw, i);
    if (!s) return POLICY_MESSAGES.syntax;
    statements.push(s);
  }
  const policy: ParsedPolicy = {
    parsed: true,
    version: (doc.Version as PolicyVersion | undefined) ?? '2008-10-17',
    versionMissing: doc.Version === undefined,
    statements,
  };
  if (typeof doc.Id === 'string') policy.id = doc.Id;
  return policy;
}

export function isParsedPolicy(value: unknown): value is ParsedPolicy {
  return isPlainObject(value) && value.parsed === true && Array.isArray(value.statements);
}

/**
 * A policy document parsed for evaluation (JSON text or object; a parsed policy is returned as is). Throws
 * `PolicyDocumentError` with IAM's MalformedPolicyDocument text when the document is not a policy.
 */
export function parsePolicy(input: string | object): ParsedPolicy {
  if (isParsedPolicy(input)) return input;
  const known = typeof input === 'string' ? PARSED.get(input) : undefined;
  if (known) return known;
  const result = parseStructure(input);
  if (typeof result === 'string') throw new PolicyDocumentError(result);
  if (typeof input === 'string') {
    // A document's text always parses to the same policy: requests under the same role share one parse.
    if (PARSED.size >= 500) PARSED.delete(PARSED.keys().next().value!);
    PARSED.set(input, deepFreeze(result));
  }
  return result;
}

/** Parsed policies by document text (bounded; the oldest goes first). Frozen, since every caller shares them. */
const PARSED = new Map<string, ParsedPolicy>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

/** A PolicyInput split into its optional name and its document. */
export function unwrapPolicyInput(input: PolicyInput): { name?: string; document: string | object } {
  if (isPlainObject(input) && typeof input.name === 'string' && 'document' in input && !('Statement' in input)) {
    return { name: input.name, document: input.document as string | object };
  }
  return { document: input };
}
