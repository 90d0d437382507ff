/**
 * The edges of the cloud's pipeline: a WHATWG Request read into the wire form the protocols parse, an answer written back
 * as a Response or as what the facade returns, and the HTTP exchange as the log records it.
 */
import { keepSetCookies } from './setCookies';
import { TextResponse } from './textResponse';
import { CloudError } from './kernel/errors';
import type { ServiceModel } from './protocol/validate';
import { validateRequest } from './protocol/validate';
import { bodyText, utf8, type WireRequest, type WireResponse } from './protocol/wire';
import type { Registry } from './router';
import type { AnyService } from './services';
import type { LogEntry } from './state';

/** What the pipeline produced for one request: the wire response, and the output or the error behind it. */
export interface Answer {
  parts: WireResponse;
  output?: unknown;
  error?: CloudError;
}

export async function readRequest(input: Request | string | URL, init?: RequestInit): Promise<WireRequest> {
  const quick = input instanceof Request ? undefined : readPlain(input, init);
  if (quick) return quick;
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key] = value));
  return { method: request.method, url: new URL(request.url), headers, body: new Uint8Array(await request.arrayBuffer()) };
}

/** Methods WHATWG fetch writes in upper case whatever case they come in. */
const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\0\r\n]|[^\x00-\xff]/;
const HTTP_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * The wire form of a plain request (a URL, a method, headers, and a string or bytes or no body) read without building a
 * WHATWG Request, which costs more than answering most actions. It gives exactly what `new Request(input, init)` would:
 * the method's case normalized, header names lower-cased, values trimmed, repeats joined with ", ", names sorted, and a
 * string body's default `text/plain;charset=UTF-8`. Anything else (another body type, an option, a header or URL fetch
 * would refuse) returns undefined, and the Request path answers it, its errors included. Reading the headers itself also keeps
 * the ones a browser's Request drops (`Cookie`, a forbidden request header): the simulated browser pane sends its cookies so.
 */
function readPlain(input: string | URL, init: RequestInit | undefined): WireRequest | undefined {
  // `redirect` changes nothing here: the cloud answers a redirect as it is, for the client to follow or not.
  if (init) for (const key in init) if (key !== 'method' && key !== 'headers' && key !== 'body' && key !== 'redirect') return undefined;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  const upper = (init?.method ?? 'GET').toUpperCase();
  if (!NORMALIZED_METHODS.has(upper)) return undefined;
  const raw = init?.body;
  let body: Uint8Array;
  if (raw === undefined || raw === null) body = new Uint8Array(0);
  else if (upper === 'GET' || upper === 'HEAD') return undefined;
  else if (typeof raw === 'string') body = utf8(raw);
  else if (raw instanceof Uint8Array) body = new Uint8Array(raw);
  else if (raw instanceof ArrayBuffer) body = new Uint8Array(raw.slice(0));
  else return undefined;
  const pairs: [string, string][] = [];
  const given = init?.headers;
  if (given instanceof Headers) given.forEach((value, name) => pairs.push([name, value]));
  else if (Array.isArray(given)) {
    for (const pair of given) {
      if (pair.length !== 2) return undefined;
      pairs.push([String(pair[0]), String(pair[1])]);
    }
  } else if (given) for (const name of Object.keys(given)) pairs.push([name, String((given as Record<string, unknown>)[name])]);
  const headers: Record<string, string> = {};
  for (const [name, value] of pairs) {
    if (!TOKEN.test(name) || BAD_VALUE.test(value)) return undefined;
    const key = name.toLowerCase();
    if (key === 'set-cookie') return undefined;
    const trimmed = edgeWhitespace(value) ? value.replace(HTTP_WHITESPACE, '') : value;
    headers[key] = Object.hasOwn(headers, key) ? `${headers[key]}, ${trimmed}` : trimmed;
  }
  if (typeof raw === 'string' && !Object.hasOwn(headers, 'content-type')) headers['content-type'] = 'text/plain;charset=UTF-8';
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(headers).sort()) sorted[key] = headers[key]!;
  return { method: upper, url, headers: sorted, body };
}

/** Whether a value starts or ends with HTTP whitespace (tab, LF, CR, space): only such a value needs trimming. */
function edgeWhitespace(value: string): boolean {
  if (value.length === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return first === 9 || first === 10 || first === 13 || first === 32 || last === 9 || last === 10 || last === 13 || last === 32;
}

const TEXT_PLAIN = 'text/plain;charset=UTF-8';

/** Statuses whose responses carry no body (WHATWG fetch refuses one): S3's DeleteObject answers 204. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function toResponse(parts: WireResponse): Response {
  // A redirect without content (the hosted UI's 302s) gets no body stream either: building one costs more than the rest.
  const empty = parts.body === '' && parts.status >= 300 && parts.status < 400;
  const body = empty || NULL_BODY_STATUSES.has(parts.status) ? null : parts.body;
  const response =
    typeof body === 'string'
      ? // A string body's type unless the answer names one, as `new Response(text)` would set it.
        new TextResponse(body, {
          status: parts.status,
          headers: 'content-type' in parts.headers ? parts.headers : { ...parts.headers, 'content-type': TEXT_PLAIN },
        })
      : new Response(body as BodyInit | null, { status: parts.status, headers: parts.headers });
  const cookie = parts.headers['set-cookie'];
  if (cookie !== undefined) keepSetCookies(response, [cookie]);
  return response;
}

/** The output the facade and `ctx.call` return (a copy, so callers never hold the cloud's own records), or the error they throw. */
export function unwrap(answer: Answer): unknown {
  if (answer.error) {
    const error = new CloudError(answer.error.code, answer.error.message, answer.error.status);
    if (answer.error.service) error.service = answer.error.service;
    throw error;
  }
  const body = answer.parts.body;
  return typeof body === 'string' && answer.parts.headers['content-type']?.includes('json') ? JSON.parse(body || '{}') : structuredClone(answer.output ?? {});
}

/** The request and response as the log keeps them, bodies as text. */
export function httpRecord(wire: WireRequest, parts: WireResponse): LogEntry['http'] {
  return {
    request: { method: wire.method, url: wire.url.href, headers: wire.headers, body: bodyText(wire.body) },
    response: { status: parts.status, headers: parts.headers, body: bodyText(parts.body) },
  };
}

/** The action named by the request's target or Query Action, for the log when the request cannot be read further. */
export function fallbackAction(wire: WireRequest): string {
  const target = wire.headers['x-amz-target'];
  return target?.slice(target.lastIndexOf('.') + 1) || wire.url.searchParams.get('Action') || 'Unknown';
}

/** A real action of the service that the simulator does not answer, or no action at all. */
export function notSimulated(service: AnyService, model: ServiceModel, action: string): CloudError {
  if (model.actions?.includes(action)) {
    return new CloudError('NotImplemented', `${action} is a real ${service.id} action, but this simulator does not simulate it yet.`, 501);
  }
  return new CloudError('UnknownOperationException', '');
}

/** The model's constraints, answered with the service's own validation code. */
export function validate(service: AnyService, model: ServiceModel, action: string, request: unknown): void {
  if (service.modelValidation === false) return;
  try {
    validateRequest(model, action, request);
  } catch (error) {
    if (error instanceof CloudError && error.code === 'InvalidParameterException' && service.validationError !== error.code) {
      throw new CloudError(service.validationError, error.message, error.status);
    }
    throw error;
  }
}

/**
 * A request no service or site answers. At one local address (`npm run cloud`) the host exists and the request named
 * nothing it serves; elsewhere the host itself is unknown, and the answer says where services do answer.
 */
export function unroutable(registry: Registry, reason: string, local: boolean, region: string): CloudError {
  if (local) return new CloudError('UnknownOperationException', reason, 400);
  const example = registry.services[0];
  const hint = example
    ? ` Services answer at their AWS hostnames in every region, e.g. ${example.global?.host ?? `${example.endpointPrefix}.${region}.amazonaws.com`}.`
    : '';
  return new CloudError('UnknownEndpoint', reason + hint, 404);
}

/** What the log keeps of a site's JSON answer: the document, and for a failure its `error` and `error_description`. */
export function siteOutcome(parts: WireResponse): Pick<LogEntry, 'response' | 'error'> {
  if (!parts.headers['content-type']?.includes('json') || typeof parts.body !== 'string') return {};
  let body: unknown;
  try {
    body = JSON.parse(parts.body);
  } catch {
    return {};
  }
  if (parts.status < 400) return { response: body };
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const code = typeof fields['error'] === 'string' ? fields['error'] : `HTTP ${parts.status}`;
  const message =
    typeof fields['error_description'] === 'string' ? fields['error_description'] : typeof fields['message'] === 'string' ? fields['message'] : '';
  return { error: { code, message } };
}
