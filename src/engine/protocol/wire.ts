/** The shapes every protocol reads and writes: a request as the cloud sees it and the answer it gives. */
import type { ServiceModel } from './validate';

/** A request as the cloud reads it: header names lowercase; the body as bytes (from the wire) or text (from the facade, which never encodes it). */
export interface WireRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export interface ResponseMeta {
  requestId: string;
  /** RFC 7231, e.g. `Thu, 15 Jan 2026 09:00:00 GMT`. */
  date: string;
}

/** An AWS protocol: how a request names its operation and input, and how answers and errors are written. */
export interface Protocol {
  id: 'json' | 'query' | 'rest-json' | 'rest-xml';
  /** The operation a request names, or undefined when it names none. */
  operationOf(request: WireRequest, model: ServiceModel): string | undefined;
  /** The operation's input in AWS member names. Throws a CloudError for input it cannot read. */
  parse(request: WireRequest, model: ServiceModel, operation: string): unknown;
  serialize(model: ServiceModel, operation: string, output: unknown, meta: ResponseMeta): WireResponse;
  serializeError(error: { code: string; message: string; status: number; senderFault?: boolean }, meta: ResponseMeta, model: ServiceModel): WireResponse;
  /** How an SDK would send this operation (the facade and `ctx.call` go through the same pipeline as the wire). */
  request?(model: ServiceModel, operation: string, input: unknown, url: URL): WireRequest;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The body as UTF-8 text (AWS's JSON, Query and XML protocols are all text). */
export function bodyText(body: Uint8Array | string): string {
  return typeof body === 'string' ? body : decoder.decode(body);
}

export function bodyBytes(text: string): Uint8Array {
  return encoder.encode(text);
}
