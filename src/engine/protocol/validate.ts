import { CloudError } from '../errors';

/** The slice of AWS's JSON service model the validator reads. */
export interface ShapeRef {
  shape?: string;
  type?: 'structure' | 'list' | 'map' | 'string' | 'boolean' | 'integer' | 'long' | 'timestamp' | 'blob' | 'double';
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  sensitive?: boolean;
  // What the wire protocols read (botocore's service-2.json names); see protocol/wire.ts.
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  locationName?: string;
  queryName?: string;
  xmlNamespace?: { uri: string; prefix?: string };
  xmlAttribute?: boolean;
  flattened?: boolean;
  timestampFormat?: 'iso8601' | 'rfc822' | 'unixTimestamp';
  payload?: string;
  streaming?: boolean;
  jsonvalue?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  exception?: boolean;
  // An operation's entry in botocore's format.
  name?: string;
  http?: { method: string; requestUri: string; responseCode?: number };
  input?: ShapeRef;
  output?: ShapeRef & { resultWrapper?: string };
  errors?: ShapeRef[];
}

export interface ServiceModel {
  operations: Record<string, ShapeRef>;
  shapes: Record<string, ShapeRef>;
  /** The minified cognito-idp model's own field for X-Amz-Target's prefix. */
  targetPrefix?: string;
  metadata?: { protocol?: string; apiVersion?: string; targetPrefix?: string; jsonVersion?: string; xmlNamespace?: string; signingName?: string; endpointPrefix?: string };
}

/** Length, pattern and enum constraints the minified model leaves out, copied from the full AWS model for the members learners touch. */
export interface Constraint {
  min?: number;
  max?: number;
  pattern?: string;
  enum?: readonly string[];
}

const compiled = new Map<string, RegExp>();
/** Unicode-property patterns are costly to compile: compile each once. */
function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) compiled.set(pattern, (regex = new RegExp(`^(?:${pattern})$`, 'u')));
  return regex.test(value);
}

/** A member's reference merged with the shape it names, built once per model and reference (requests check the same members again and again). */
const merged = new WeakMap<ServiceModel, WeakMap<ShapeRef, ShapeRef>>();
function resolved(model: ServiceModel, ref: ShapeRef): ShapeRef {
  let byRef = merged.get(model);
  if (!byRef) merged.set(model, (byRef = new WeakMap()));
  let shape = byRef.get(ref);
  if (!shape) byRef.set(ref, (shape = Object.freeze({ ...model.shapes[ref.shape!], ...ref, shape: undefined })));
  return shape;
}

const describe = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  return `'${JSON.stringify(value)}'`;
};

/**
 * Checks a request against AWS's model the way AWS's front door does, and throws InvalidParameterException
 * worded as AWS words it: `1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null`.
 */
export function validateRequest(
  model: ServiceModel,
  operation: string,
  body: unknown,
  constraints: Record<string, Constraint>,
): void {
  const input = model.operations[operation];
  if (!input) return;
  const problems: string[] = [];
  const resolve = (ref: ShapeRef): ShapeRef => (ref.shape ? resolved(model, ref) : ref);

  const check = (ref: ShapeRef, value: unknown, path: string, memberName: string | undefined): void => {
    const shape = resolve(ref);
    const type = shape.type ?? 'string';
    const at = (rule: string) => {
      const shown = shape.sensitive ? 'Value' : `Value ${describe(value)}`;
      problems.push(`${shown} at '${path}' failed to satisfy constraint: ${rule}`);
    };
    if (value === null || value === undefined) return;
    switch (type) {
      case 'structure': {
        if (typeof value !== 'object' || Array.isArray(value)) return at('Member must be a structure');
        const record = value as Record<string, unknown>;
        for (const name of shape.required ?? []) {
          if (record[name] === undefined || record[name] === null) {
            problems.push(`Value null at '${join(path, name)}' failed to satisfy constraint: Member must not be null`);
          }
        }
        for (const [name, member] of Object.entries(shape.members ?? {})) {
          if (record[name] !== undefined) check(member, record[name], join(path, name), name);
        }
        return;
      }
      case 'list':
        if (!Array.isArray(value)) return at('Member must be a list');
        value.forEach((item, i) => {
          const itemPath = `${path}.${i + 1}.member`;
          if (item === null || item === undefined) problems.push(`Value null at '${itemPath}' failed to satisfy constraint: Member must not be null`);
          else check(shape.member ?? {}, item, itemPath, undefined);
        });
        return;
      case 'map':
        if (typeof value !== 'object' || Array.isArray(value)) return at('Member must be a map');
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          if (typeof v !== 'string' && (shape.value?.type ?? 'string') === 'string') {
            problems.push(`Value ${describe(v)} at '${path}.${k}' failed to satisfy constraint: Member must be a string`);
          }
        }
        return;
      case 'boolean':
        if (typeof value !== 'boolean') at('Member must be a boolean');
        return;
      case 'integer':
      case 'long':
      case 'double':
        if (typeof value !== 'number' || !Number.isFinite(value)) at('Member must be a number');
        return;
      case 'timestamp':
        if (typeof value !== 'number') at('Member must be a timestamp');
        return;
      default: {
        if (typeof value !== 'string') return at('Member must be a string');
        const rule = memberName ? constraints[memberName] : undefined;
        if (!rule) return;
        if (rule.min !== undefined && value.length < rule.min) at(`Member must have length greater than or equal to ${rule.min}`);
        if (rule.max !== undefined && value.length > rule.max) at(`Member must have length less than or equal to ${rule.max}`);
        if (rule.pattern && !matches(rule.pattern, value)) at(`Member must satisfy regular expression pattern: ${rule.pattern}`);
        if (rule.enum && !rule.enum.includes(value)) at(`Member must satisfy enum value set: [${rule.enum.join(', ')}]`);
      }
    }
  };

  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new CloudError('SerializationException', 'Start of structure or map found where not expected.');
  }
  check(input, body, '', undefined);
  if (problems.length > 0) {
    const head = problems.length === 1 ? '1 validation error detected: ' : `${problems.length} validation errors detected: `;
    throw new CloudError('InvalidParameterException', head + problems.join('; '));
  }
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
