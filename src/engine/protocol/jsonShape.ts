import { CloudError } from '../kernel/errors';
import type { ServiceModel, ShapeRef } from './shapes';
import { formatTimestamp, fromBase64, parseTimestamp, resolve, toBase64, type TimestampFormat } from './wire';

// [U] AWS's wording for a value of the wrong JSON type varies by service; these follow Coral's Jackson messages.
const mismatch = (expected: string) => new CloudError('SerializationException', `Unexpected value where ${expected} was expected.`);

/** Body members only: REST protocols bind the others to the URI, query string, headers or status. */
const inBody = (member: ShapeRef) => member.location === undefined;

/**
 * A JSON document read into AWS's member names by the model: timestamps become Dates, blobs Uint8Arrays, unknown members
 * are dropped. Throws SerializationException for a value of the wrong JSON type.
 */
export function readJson(model: ServiceModel, ref: ShapeRef, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  const shape = resolve(model, ref);
  switch (shape.type ?? 'string') {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) throw mismatch('a structure');
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (!inBody(member)) continue;
        const read = readJson(model, member, record[member.locationName ?? name]);
        if (read !== undefined) out[name] = read;
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) throw mismatch('a list');
      return value.map((item) => readJson(model, shape.member ?? {}, item) ?? null);
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) throw mismatch('a map');
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = readJson(model, shape.value ?? {}, item);
      return out;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch('a boolean');
      return value;
    case 'integer':
    case 'long':
    case 'double':
      if (typeof value !== 'number') throw mismatch('a number');
      return value;
    case 'timestamp': {
      const date = typeof value === 'number' || typeof value === 'string' ? parseTimestamp(value) : undefined;
      if (!date) throw mismatch('a timestamp');
      return date;
    }
    case 'blob': {
      const bytes = typeof value === 'string' ? fromBase64(value) : undefined;
      if (!bytes) throw mismatch('base64 bytes');
      return bytes;
    }
    default:
      if (shape.jsonvalue) return value;
      if (typeof value !== 'string') throw mismatch('a string');
      return value;
  }
}

/** A value written as AWS's JSON protocols write it: epoch-second timestamps (unless the member says otherwise), base64 blobs. */
export function writeJson(model: ServiceModel, ref: ShapeRef | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (!ref) return loose(value);
  const shape = resolve(model, ref);
  switch (shape.type ?? 'string') {
    case 'structure': {
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (!inBody(member)) continue;
        const written = writeJson(model, member, record[name]);
        if (written !== undefined) out[member.locationName ?? name] = written;
      }
      return out;
    }
    case 'list':
      return (value as unknown[]).map((item) => writeJson(model, shape.member ?? {}, item) ?? null);
    case 'map':
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, writeJson(model, shape.value ?? {}, v)]));
    case 'timestamp': {
      // A handler may answer epoch seconds, as the JSON 1.1 services' handlers do (the facade then reads the same number).
      const date = typeof value === 'number' ? new Date(value * 1000) : (value as Date);
      return formatTimestamp(date, (shape.timestampFormat as TimestampFormat | undefined) ?? 'unixTimestamp');
    }
    case 'blob':
      return value instanceof Uint8Array ? toBase64(value) : value;
    default:
      return value;
  }
}

/** Without a model (the minified cognito-idp model has no outputs): Dates as epoch seconds, bytes as base64, the rest as is. */
function loose(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return toBase64(value);
  if (Array.isArray(value)) return value.map(loose);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, loose(v)]));
  return value;
}
