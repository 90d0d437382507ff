import { asRef, type ServiceModel, type ShapeRef } from './shapes';

/** A request as the cloud reads it: header names lowercase, body bytes. */
export interface WireRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** Bytes from the wire, or text from the facade and `ctx.call` (which never encode it). */
  body: Uint8Array | string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export interface ResponseMeta {
  requestId: string;
  /** RFC 7231, as the `Date` header carries it. */
  date: string;
}

/** An error as a protocol writes it; `code` may be a shape name of the model (the wire code then comes from its `error.code`). */
export interface WireError {
  code: string;
  message: string;
  status: number;
  senderFault?: boolean;
  /** REST-XML (S3): more elements of `<Error>` after the message (`BucketName`, `Key`, `Endpoint`). */
  details?: Record<string, string>;
  /** Headers the error response carries (S3's redirect names the bucket's region in `x-amz-bucket-region`). */
  headers?: Record<string, string>;
}

export interface Protocol {
  id: 'json' | 'query' | 'rest-json' | 'rest-xml';
  /** The operation a request names (X-Amz-Target / Query Action / method+path against the model's http bindings), or undefined. */
  operationOf(request: WireRequest, model: ServiceModel): string | undefined;
  /** The operation's input in AWS member names; throws CloudError for unreadable input. */
  parse(request: WireRequest, model: ServiceModel, operation: string): unknown;
  serialize(model: ServiceModel, operation: string, output: unknown, meta: ResponseMeta): WireResponse;
  serializeError(error: WireError, meta: ResponseMeta, model: ServiceModel): WireResponse;
  /** How an SDK would send this operation: the facade and `ctx.call` take the same pipeline as the wire. */
  request?(model: ServiceModel, operation: string, input: unknown, url: URL): WireRequest;
}

/**
 * A reference merged with the shape it names; the reference's own fields (locationName, location…) win. Models never
 * change once loaded, so each reference of a model is merged once and the merge (frozen: readers share it) kept.
 */
export function resolve(model: ServiceModel, ref: ShapeRef): ShapeRef {
  if (!ref.shape) return ref;
  let merged = RESOLVED.get(model);
  if (!merged) RESOLVED.set(model, (merged = new WeakMap()));
  let found = merged.get(ref);
  if (!found) {
    const { shape: _named, ...own } = ref;
    found = Object.freeze({ ...model.shapes[ref.shape], ...own });
    merged.set(ref, found);
  }
  return found;
}
const RESOLVED = new WeakMap<ServiceModel, WeakMap<ShapeRef, ShapeRef>>();

/**
 * An operation's input shape: botocore's `{ input: { shape } }`, or the minified model's inline input structure
 * (the cognito-idp model in models/ keeps only inputs).
 */
export function inputShape(model: ServiceModel, operation: string): ShapeRef | undefined {
  const op = model.operations[operation];
  if (!op) return undefined;
  if (op.input) return resolve(model, asRef(op.input)!);
  return op.http || op.output ? undefined : op;
}

/** An operation's output shape, or undefined when the model has none (the response is then an empty document). */
export function outputShape(model: ServiceModel, operation: string): ShapeRef | undefined {
  const output = asRef(model.operations[operation]?.output);
  return output ? resolve(model, output) : undefined;
}

/** The wire code for an error: a modelled error shape may name a different code (`IDPRejectedClaimException` → `IDPRejectedClaim`). */
export function wireCode(model: ServiceModel, code: string): string {
  return model.shapes[code]?.error?.code ?? code;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** Bytes as UTF-8 text; undefined when they are not valid UTF-8. */
export function text(bytes: Uint8Array | string): string | undefined {
  if (typeof bytes === 'string') return bytes;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 to bytes; undefined when the text is not base64. */
export function fromBase64(value: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export type TimestampFormat = 'iso8601' | 'rfc822' | 'unixTimestamp';

/** A timestamp in the format the protocol (or the member's `timestampFormat`) uses on the wire. */
export function formatTimestamp(date: Date, format: TimestampFormat): string | number {
  if (format === 'unixTimestamp') return date.getTime() / 1000;
  if (format === 'rfc822') return date.toUTCString();
  // AWS writes whole seconds without a fraction: 2024-01-02T03:04:05Z.
  return date.getTime() % 1000 === 0 ? date.toISOString().replace('.000Z', 'Z') : date.toISOString();
}

/** A wire timestamp (epoch seconds, ISO 8601 or an HTTP date) as a Date; undefined when unreadable. */
export function parseTimestamp(value: string | number): Date | undefined {
  const millis = typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(millis) ? new Date(millis) : undefined;
}

/** Response headers every AWS protocol sends. */
export function metaHeaders(meta: ResponseMeta, contentType: string): Record<string, string> {
  return { 'content-type': contentType, 'x-amzn-requestid': meta.requestId, date: meta.date };
}

/** RFC 3986 encoding as SigV4 and REST labels use it (encodeURIComponent leaves `!'()*`). */
export function uriEscape(value: string): string {
  const encoded = encodeURIComponent(value);
  return RESERVED.test(encoded) ? encoded.replace(RESERVED_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : encoded;
}
const RESERVED = /[!'()*]/;
const RESERVED_ALL = /[!'()*]/g;

const lenient = new TextDecoder();

/** The body as text, invalid bytes replaced (for the log). */
export function bodyText(body: Uint8Array | string): string {
  return typeof body === 'string' ? body : body.length === 0 ? '' : lenient.decode(body);
}
