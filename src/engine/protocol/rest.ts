import { CloudError } from '../kernel/errors';
import type { ServiceModel, ShapeRef } from './shapes';
import { formatTimestamp, fromBase64, parseTimestamp, resolve, text, toBase64, uriEscape, utf8, type TimestampFormat, type WireRequest } from './wire';

/** How a REST protocol reads and writes the body document (JSON or XML) of a structure. */
export interface BodyCodec {
  /** The code a REST protocol answers an unreadable header, query value or body with. */
  errorCode: string;
  read(model: ServiceModel, shape: ShapeRef, body: string): Record<string, unknown>;
  write(model: ServiceModel, shape: ShapeRef, value: Record<string, unknown>): string | undefined;
}

function template(requestUri: string): { path: RegExp; labels: string[]; query: [string, string | undefined][]; weight: number } {
  const [path = '', literalQuery = ''] = requestUri.split('?');
  const labels: string[] = [];
  const source = path.replace(/\{(\w+)(\+?)\}|[^{]+/g, (part, label: string | undefined, greedy: string) => {
    if (!label) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    labels.push(label);
    return greedy ? '(.+)' : '([^/]+)';
  });
  const query = literalQuery ? literalQuery.split('&').map((pair) => pair.split('=') as [string, string | undefined]) : [];
  // A path ending in a label also matches with a trailing slash (`/bucket/` lists the bucket).
  return {
    path: new RegExp(`^${source}${path.endsWith('}') ? '/?' : ''}$`),
    labels,
    query,
    weight: query.length * 1000 + path.replace(/\{[^}]*\}/g, '').length,
  };
}

const cache = new Map<string, ReturnType<typeof template>>();
const compiled = (requestUri: string) => cache.get(requestUri) ?? cache.set(requestUri, template(requestUri)).get(requestUri)!;

const decode = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** The operation whose http method and requestUri (labels and literal query parameters) match; the most specific one wins. */
/** Each operation's and route's compiled request URI, by HTTP method: built once per model. */
const BINDINGS = new WeakMap<ServiceModel, Map<string, [string, ReturnType<typeof compiled>][]>>();

function bindingsOf(model: ServiceModel): Map<string, [string, ReturnType<typeof compiled>][]> {
  let byMethod = BINDINGS.get(model);
  if (!byMethod) {
    byMethod = new Map();
    const all = [...Object.entries(model.operations).map(([name, op]) => [name, op.http] as const), ...Object.entries(model.routes ?? {})];
    for (const [name, http] of all) {
      if (!http?.requestUri || !http.method) continue;
      const list = byMethod.get(http.method) ?? [];
      list.push([name, compiled(http.requestUri)]);
      byMethod.set(http.method, list);
    }
    BINDINGS.set(model, byMethod);
  }
  return byMethod;
}

export function restOperationOf(request: WireRequest, model: ServiceModel): string | undefined {
  let best: { name: string; weight: number } | undefined;
  for (const [name, uri] of bindingsOf(model).get(request.method) ?? []) {
    if (!uri.path.test(request.url.pathname)) continue;
    const params = request.url.searchParams;
    if (!uri.query.every(([key, value]) => params.has(key) && (value === undefined || params.get(key) === value))) continue;
    if (!best || uri.weight > best.weight) best = { name, weight: uri.weight };
  }
  return best?.name;
}

/** A structure's members as the REST protocols bind them, each resolved once: the same for every request of the operation. */
interface Binding {
  name: string;
  ref: ShapeRef;
  shape: ShapeRef;
  wireName: string;
  /** The wire name lowercased, as headers are read and written. */
  header: string;
}
const PLANS = new WeakMap<ShapeRef, Binding[]>();

function bindings(model: ServiceModel, structure: ShapeRef): Binding[] {
  let plan = PLANS.get(structure);
  if (!plan) {
    plan = Object.entries(structure.members ?? {}).map(([name, ref]) => {
      const wireName = ref.locationName ?? name;
      return { name, ref, shape: resolve(model, ref), wireName, header: wireName.toLowerCase() };
    });
    PLANS.set(structure, plan);
  }
  return plan;
}

/** A header or query value read by its shape; timestamps may be HTTP dates, ISO 8601 or epoch seconds. */
function bound(shape: ShapeRef, value: string, where: string, errorCode: string): unknown {
  const bad = () => new CloudError(errorCode, `Invalid value '${value}' for ${where}.`);
  switch (shape.type ?? 'string') {
    case 'integer':
    case 'long':
      if (!/^-?\d+$/.test(value.trim())) throw bad();
      return Number(value);
    case 'double':
      if (value.trim() === '' || !Number.isFinite(Number(value))) throw bad();
      return Number(value);
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw bad();
      return value === 'true';
    case 'timestamp': {
      const date = parseTimestamp(value);
      if (!date) throw bad();
      return date;
    }
    case 'blob':
      return fromBase64(value) ?? bad();
    case 'list':
      return value.split(',').map((item) => item.trim());
    default:
      return shape.jsonvalue ? JSON.parse(text(fromBase64(value) ?? new Uint8Array()) ?? 'null') : value;
  }
}

/** An operation's input from the URI labels, query string, headers and body (a payload member or the body members). */
export function readRest(request: WireRequest, model: ServiceModel, operation: string, input: ShapeRef, codec: BodyCodec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const uri = compiled(model.operations[operation]?.http?.requestUri ?? '/');
  const match = uri.path.exec(request.url.pathname);
  const labels = new Map(uri.labels.map((label, i) => [label, match?.[i + 1] ?? '']));
  const params = request.url.searchParams;
  const claimed = new Set(uri.query.map(([key]) => key));
  let mapQuery: [string, ShapeRef] | undefined;
  let hasBodyMembers = false;
  for (const { name, ref, shape, wireName, header } of bindings(model, input)) {
    switch (ref.location) {
      case 'uri': {
        const raw = labels.get(wireName);
        // A greedy label keeps its slashes; each segment was escaped on its own.
        if (raw !== undefined) out[name] = raw.split('/').map(decode).join('/');
        break;
      }
      case 'querystring':
        if (shape.type === 'map') mapQuery = [name, shape];
        else if (shape.type === 'list' && params.has(wireName))
          out[name] = params.getAll(wireName).map((v) => bound(resolve(model, shape.member ?? {}), v, wireName, codec.errorCode));
        else if (params.has(wireName)) out[name] = bound(shape, params.get(wireName)!, wireName, codec.errorCode);
        claimed.add(wireName);
        break;
      case 'header': {
        const value = request.headers[header];
        if (value !== undefined) out[name] = bound(shape, value, wireName, codec.errorCode);
        break;
      }
      case 'headers': {
        const prefix = header;
        const found = Object.entries(request.headers).filter(([key]) => key.startsWith(prefix));
        if (found.length > 0) out[name] = Object.fromEntries(found.map(([key, value]) => [key.slice(prefix.length), value]));
        break;
      }
      default:
        if (input.payload === name) out[name] = readPayload(request, model, shape, codec);
        else hasBodyMembers = true;
    }
  }
  if (mapQuery) {
    const rest = [...params.keys()].filter((key) => !claimed.has(key));
    if (rest.length > 0) out[mapQuery[0]] = Object.fromEntries(rest.map((key) => [key, params.get(key)]));
  }
  if (hasBodyMembers && !input.payload && request.body.length > 0) Object.assign(out, codec.read(model, input, bodyText(request, codec)));
  return out;
}

function bodyText(request: WireRequest, codec: BodyCodec): string {
  const body = text(request.body);
  if (body === undefined) throw new CloudError(codec.errorCode, 'The request body is not valid UTF-8.');
  return body;
}

function readPayload(request: WireRequest, model: ServiceModel, shape: ShapeRef, codec: BodyCodec): unknown {
  if (shape.type === 'blob') return request.body;
  if (shape.type === 'structure') return request.body.length > 0 ? codec.read(model, shape, bodyText(request, codec)) : undefined;
  return request.body.length > 0 ? bodyText(request, codec) : undefined;
}

const headerText = (shape: ShapeRef, value: unknown): string => {
  if (value instanceof Date) return String(formatTimestamp(value, (shape.timestampFormat as TimestampFormat | undefined) ?? 'rfc822'));
  if (value instanceof Uint8Array) return toBase64(value);
  if (Array.isArray(value)) return value.join(', ');
  if (shape.jsonvalue) return toBase64(utf8(JSON.stringify(value)));
  return String(value);
};

/** An operation's output as a status (`responseCode` or a statusCode member), headers and a body (payload or body members). */
export function writeRest(model: ServiceModel, operation: string, output: ShapeRef | undefined, value: Record<string, unknown>, codec: BodyCodec) {
  let status = model.operations[operation]?.http?.responseCode ?? 200;
  const headers: Record<string, string> = {};
  let body: string | Uint8Array | undefined;
  for (const { name, ref, shape, header } of output ? bindings(model, output) : []) {
    const item = value[name];
    if (item === undefined || item === null) continue;
    if (ref.location === 'header') headers[header] = headerText(shape, item);
    else if (ref.location === 'headers') for (const [k, v] of Object.entries(item as Record<string, string>)) headers[`${header}${k}`] = v;
    else if (ref.location === 'statusCode') status = item as number;
    else if (output?.payload === name)
      body = shape.type === 'structure' ? codec.write(model, shape, item as Record<string, unknown>) : (item as string | Uint8Array);
  }
  if (output && !output.payload) body = codec.write(model, output, value);
  return { status, headers, body };
}

/**
 * The request an SDK sends for an operation (the facade's and `ctx.call`'s way in): labels into the requestUri (a greedy
 * label keeps its slashes), query, header and prefixed-header members, and the payload or the body members as the body.
 */
export function writeRestRequest(
  model: ServiceModel,
  operation: string,
  input: ShapeRef | undefined,
  value: Record<string, unknown>,
  codec: BodyCodec,
  base: URL,
) {
  const http = model.operations[operation]?.http ?? {};
  const [path = '/', literalQuery = ''] = (http.requestUri ?? '/').split('?');
  const headers: Record<string, string> = {};
  const url = new URL(base.href);
  let body: string | Uint8Array = '';
  const members = Object.entries(input?.members ?? {});
  url.pathname = path.replace(/\{(\w+)(\+?)\}/g, (_, label: string, greedy: string) => {
    const member = members.find(([name, m]) => m.location === 'uri' && (m.locationName ?? name) === label)?.[0];
    const item = member === undefined ? '' : String(value[member] ?? '');
    return greedy ? item.split('/').map(uriEscape).join('/') : uriEscape(item);
  });
  for (const pair of literalQuery ? literalQuery.split('&') : []) {
    const [key = '', literal = ''] = pair.split('=');
    url.searchParams.set(key, literal);
  }
  for (const [name, ref] of members) {
    const item = value[name];
    if (item === undefined || item === null) continue;
    const shape = resolve(model, ref);
    const wireName = ref.locationName ?? name;
    if (ref.location === 'querystring') for (const v of [item].flat()) url.searchParams.append(wireName, headerText(shape, v));
    else if (ref.location === 'header') headers[wireName.toLowerCase()] = headerText(shape, item);
    else if (ref.location === 'headers') for (const [k, v] of Object.entries(item as Record<string, string>)) headers[`${wireName.toLowerCase()}${k}`] = v;
    else if (input?.payload === name)
      body = shape.type === 'structure' ? (codec.write(model, shape, item as Record<string, unknown>) ?? '') : (item as string | Uint8Array);
  }
  if (input && !input.payload) body = codec.write(model, input, value) ?? '';
  return { method: http.method ?? 'GET', url, headers, body };
}
