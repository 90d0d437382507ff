import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { ServiceModel } from '../../../src/engine/protocol/shapes';
import { uriEscape, type Protocol, type WireError, type WireRequest, type WireResponse } from '../../../src/engine/protocol/wire';

/** A test model from models/ (see models/extract.py). */
export function loadModel(name: string): ServiceModel {
  return JSON.parse(readFileSync(new URL(`./models/${name}.json`, import.meta.url), 'utf8')) as ServiceModel;
}

export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
export const META = { requestId: 'c6104cbe-af31-11e0-8154-cbc7ccf896c7', date: 'Mon, 15 Jan 2024 10:00:00 GMT' };

interface SdkHttpRequest {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

async function bytesOf(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return Uint8Array.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  return Uint8Array.from(Buffer.concat(chunks));
}

/** The SDK's request as the bytes it would put on the wire: the query string escaped as smithy's http handlers escape it. */
export async function toWire(request: SdkHttpRequest): Promise<WireRequest> {
  const pairs = Object.entries(request.query ?? {}).flatMap(([key, value]) =>
    value === null ? [uriEscape(key)] : [value].flat().map((v) => `${uriEscape(key)}=${uriEscape(v)}`),
  );
  const search = pairs.length ? `?${pairs.join('&')}` : '';
  const url = new URL(`${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}${search}`);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: request.method, url, headers, body: await bytesOf(request.body) };
}

export function fromWire(response: WireResponse) {
  return { response: { statusCode: response.status, headers: response.headers, body: Readable.from([Buffer.from(response.body)]) } };
}

export interface Seen {
  request: WireRequest;
  operation: string | undefined;
  input: unknown;
}

/**
 * A `requestHandler` that reads each request with `protocol` (operationOf + parse), keeps what it read in `seen`, and answers
 * with `answer`'s output (serialize) or error (serializeError).
 */
export function protocolHandler(
  protocol: Protocol,
  model: ServiceModel,
  answer: (operation: string, input: unknown) => { output: unknown } | { error: WireError },
) {
  const seen: Seen[] = [];
  const handler = {
    async handle(sdkRequest: SdkHttpRequest) {
      const request = await toWire(sdkRequest);
      const operation = protocol.operationOf(request, model);
      if (!operation) throw new Error(`no operation for ${request.method} ${request.url.href}`);
      const input = protocol.parse(request, model, operation);
      seen.push({ request, operation, input });
      const result = answer(operation, input);
      return fromWire('error' in result ? protocol.serializeError(result.error, META, model) : protocol.serialize(model, operation, result.output, META));
    },
  };
  return { handler, seen };
}

/** What a rejected SDK call threw, for asserting name, message and status together. */
export async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}
