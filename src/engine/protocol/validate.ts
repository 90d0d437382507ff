import { CloudError } from '../kernel/errors';
import { compilePattern } from './patterns';

/** A member's reference to a shape, with how the protocols serialize it. */
export interface MemberRef {
  shape: string;
  location?: string;
  locationName?: string;
}

/** The slice of a shape in AWS's service model (botocore's service-2.json, trimmed) the engine reads. */
export interface Shape {
  type: 'structure' | 'list' | 'map' | 'string' | 'boolean' | 'integer' | 'long' | 'float' | 'double' | 'timestamp' | 'blob';
  members?: Record<string, MemberRef>;
  required?: string[];
  member?: MemberRef;
  key?: MemberRef;
  value?: MemberRef;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  /** A document type: any JSON value, not checked. */
  document?: boolean;
}

/** One operation of a service model: its input and output shape names, HTTP binding and modelled errors. */
export interface OperationModel {
  input?: string;
  output?: string;
  http?: { method?: string; requestUri?: string; responseCode?: number };
  errors?: string[];
}

/** A trimmed service model, as src/engine/protocol/models/generate.ts writes it. */
export interface ServiceModel {
  metadata?: Record<string, string>;
  /** Every operation name of the service, simulated or not. */
  actions?: string[];
  /** The simulated operations. */
  operations: Record<string, OperationModel>;
  shapes: Record<string, Shape>;
}

/** A shape made ready for checking: constraints read and patterns compiled once. */
interface Node {
  type: Shape['type'] | 'document';
  sensitive: boolean;
  min?: number | undefined;
  max?: number | undefined;
  pattern?: string | undefined;
  regex?: RegExp | null | undefined;
  enum?: string[] | undefined;
  required: string[];
  /** Member name, the camelCase name AWS shows in paths, and the member's shape. */
  members: [string, string, string][];
  member?: string | undefined;
  key?: string | undefined;
  value?: string | undefined;
}

const nodes = new WeakMap<ServiceModel, Map<string, Node>>();

function nodeOf(model: ServiceModel, name: string): Node {
  let byName = nodes.get(model);
  if (!byName) nodes.set(model, (byName = new Map()));
  let node = byName.get(name);
  if (node) return node;
  const shape = model.shapes[name] ?? ({ type: 'string' } as Shape);
  node = {
    type: shape.document ? 'document' : shape.type,
    sensitive: shape.sensitive === true,
    min: shape.min,
    max: shape.max,
    pattern: shape.pattern,
    regex: shape.pattern === undefined ? undefined : compilePattern(shape.pattern),
    enum: shape.enum,
    required: shape.required ?? [],
    members: Object.entries(shape.members ?? {}).map(([member, ref]) => [member, member.charAt(0).toLowerCase() + member.slice(1), ref.shape]),
    member: shape.member?.shape,
    key: shape.key?.shape,
    value: shape.value?.shape,
  };
  byName.set(name, node);
  return node;
}

const describe = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  return `'${JSON.stringify(value)}'`;
};

/** AWS shows list and map values as Java prints them: `[email, name]`, `{k=v}`. */
const javaString = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(javaString).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${javaString(v)}`)
      .join(', ')}}`;
  return String(value);
};

/** The rules a scalar value breaks (length, range, pattern, enum), in AWS's wording; none for a value of the wrong type. */
function scalarRules(node: Node, value: unknown): string[] {
  const rules: string[] = [];
  if (node.type === 'string' && typeof value === 'string') {
    // Java's String.length() counts UTF-16 code units, as JavaScript's does.
    if (node.min !== undefined && value.length < node.min) rules.push(`Member must have length greater than or equal to ${node.min}`);
    if (node.max !== undefined && value.length > node.max) rules.push(`Member must have length less than or equal to ${node.max}`);
    if (node.regex && !node.regex.test(value)) rules.push(`Member must satisfy regular expression pattern: ${node.pattern}`);
    if (node.enum && !node.enum.includes(value)) rules.push(`Member must satisfy enum value set: [${node.enum.join(', ')}]`);
  } else if (typeof value === 'number' && node.type !== 'timestamp') {
    if (node.min !== undefined && value < node.min) rules.push(`Member must have value greater than or equal to ${node.min}`);
    if (node.max !== undefined && value > node.max) rules.push(`Member must have value less than or equal to ${node.max}`);
  }
  return rules;
}

const TYPE_RULES: Partial<Record<Node['type'], [(value: unknown) => boolean, string]>> = {
  string: [(v) => typeof v === 'string', 'Member must be a string'],
  // A blob is base64 text in JSON and bytes as a REST payload (S3's object bodies).
  blob: [(v) => typeof v === 'string' || v instanceof Uint8Array, 'Member must be a string'],
  boolean: [(v) => typeof v === 'boolean', 'Member must be a boolean'],
  integer: [(v) => typeof v === 'number' && Number.isFinite(v), 'Member must be a number'],
  long: [(v) => typeof v === 'number' && Number.isFinite(v), 'Member must be a number'],
  float: [(v) => typeof v === 'number' && Number.isFinite(v), 'Member must be a number'],
  double: [(v) => typeof v === 'number' && Number.isFinite(v), 'Member must be a number'],
  // JSON 1.1 sends epoch seconds as they are; the REST protocols read timestamps into Dates.
  timestamp: [(v) => typeof v === 'number' || v instanceof Date, 'Member must be a timestamp'],
};

/**
 * Checks a request against the operation's input shape in AWS's model the way AWS's front door does: required members,
 * types, string/list/map lengths, numeric ranges, patterns and enums. Throws InvalidParameterException worded as AWS words it:
 * `1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null`.
 * Unknown operations and members are left to the caller. A body that is not a JSON object is a SerializationException.
 */
export function validateRequest(model: ServiceModel, operation: string, body: unknown): void {
  // The generated models name the input shape; botocore's own format (test models) wraps the name: `{ shape }`.
  const given = model.operations[operation]?.input as string | { shape?: string } | undefined;
  const input = typeof given === 'object' ? given.shape : given;
  if (!input) return;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new CloudError('SerializationException', 'Start of structure or map found where not expected.');
  }
  const problems: string[] = [];
  const fail = (node: Node, value: unknown, path: string, rule: string): void => {
    problems.push(`${node.sensitive ? 'Value' : `Value ${describe(value)}`} at '${path}' failed to satisfy constraint: ${rule}`);
  };
  const failList = (node: Node, value: unknown, path: string, rule: string): void => {
    problems.push(`${node.sensitive ? 'Value' : `Value '${javaString(value)}'`} at '${path}' failed to satisfy constraint: ${rule}`);
  };
  /** Checks a scalar's type; returns false when it is of the wrong type (already reported). */
  const typeOk = (node: Node, value: unknown, path: string): boolean => {
    const rule = TYPE_RULES[node.type];
    if (!rule || rule[0](value)) return true;
    fail(node, value, path, rule[1]);
    return false;
  };

  const check = (node: Node, value: unknown, path: string): void => {
    switch (node.type) {
      case 'structure': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(node, value, path, 'Member must be a structure');
        const record = value as Record<string, unknown>;
        for (const name of node.required) {
          if (record[name] === undefined || record[name] === null) {
            problems.push(`Value null at '${join(path, name)}' failed to satisfy constraint: Member must not be null`);
          }
        }
        for (const [name, shown, shape] of node.members) {
          const member = Object.hasOwn(record, name) ? record[name] : undefined;
          if (member !== undefined && member !== null) check(nodeOf(model, shape), member, path ? `${path}.${shown}` : shown);
        }
        return;
      }
      case 'list': {
        if (!Array.isArray(value)) return fail(node, value, path, 'Member must be a list');
        lengthRules(node, value.length).forEach((rule) => failList(node, value, path, rule));
        const item = nodeOf(model, node.member ?? '');
        // AWS reports what a list's scalar items break once, on the list: `Member must satisfy constraint: [<rules>]`.
        const broken = new Set<string>();
        value.forEach((entry, i) => {
          const itemPath = `${path}.${i + 1}.member`;
          if (entry === null || entry === undefined) problems.push(`Value null at '${itemPath}' failed to satisfy constraint: Member must not be null`);
          else if (item.type === 'structure' || item.type === 'list' || item.type === 'map') check(item, entry, itemPath);
          else if (typeOk(item, entry, itemPath)) scalarRules(item, entry).forEach((rule) => broken.add(rule));
        });
        if (broken.size > 0) failList(node, value, path, `Member must satisfy constraint: [${[...broken].join(', ')}]`);
        return;
      }
      case 'map': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(node, value, path, 'Member must be a map');
        const entries = Object.entries(value as Record<string, unknown>);
        lengthRules(node, entries.length).forEach((rule) => failList(node, value, path, rule));
        const key = nodeOf(model, node.key ?? '');
        const item = nodeOf(model, node.value ?? '');
        const brokenKeys = new Set<string>();
        const brokenValues = new Set<string>();
        for (const [k, v] of entries) {
          scalarRules(key, k).forEach((rule) => brokenKeys.add(rule));
          if (v === null || v === undefined) continue;
          if (item.type === 'structure' || item.type === 'list' || item.type === 'map') check(item, v, `${path}.${k}`);
          // A wrong-typed map value shows its value even in a sensitive map, as before [U].
          else if (typeOk(item, v, `${path}.${k}`)) scalarRules(item, v).forEach((rule) => brokenValues.add(rule));
        }
        // [U] AWS's wording for map keys and values: "Map keys/value must satisfy constraint: [...]".
        if (brokenKeys.size > 0) failList(node, value, path, `Map keys must satisfy constraint: [${[...brokenKeys].join(', ')}]`);
        if (brokenValues.size > 0) failList(node, value, path, `Map value must satisfy constraint: [${[...brokenValues].join(', ')}]`);
        return;
      }
      default:
        if (typeOk(node, value, path)) scalarRules(node, value).forEach((rule) => fail(node, value, path, rule));
    }
  };

  check(nodeOf(model, input), body, '');
  if (problems.length > 0) {
    const head = problems.length === 1 ? '1 validation error detected: ' : `${problems.length} validation errors detected: `;
    throw new CloudError('InvalidParameterException', head + problems.join('; '));
  }
}

/** A list's or map's size against its `min`/`max`: AWS words it as a length. */
function lengthRules(node: Node, size: number): string[] {
  const rules: string[] = [];
  if (node.min !== undefined && size < node.min) rules.push(`Member must have length greater than or equal to ${node.min}`);
  if (node.max !== undefined && size > node.max) rules.push(`Member must have length less than or equal to ${node.max}`);
  return rules;
}

/** AWS names members in camelCase in validation messages: `userAttributes.1.member.name`. */
function join(path: string, member: string): string {
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  return path ? `${path}.${name}` : name;
}

/** AWS treats a member sent as `null` as not sent: drop them so actions see only what was really given. */
export function dropNullMembers<T>(value: T): T {
  return hasNull(value) ? withoutNulls(value) : value;
}

function hasNull(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasNull);
  if (value === null || typeof value !== 'object') return false;
  for (const member of Object.values(value)) if (member === null || hasNull(member)) return true;
  return false;
}

function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== null) Object.defineProperty(out, key, { value: withoutNulls(member), writable: true, enumerable: true, configurable: true });
  }
  return out as T;
}
