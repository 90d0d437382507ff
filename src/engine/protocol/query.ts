import { CloudError } from '../kernel/errors';
import { asRef, type ServiceModel, type ShapeRef } from './shapes';
import {
  formatTimestamp,
  inputShape,
  metaHeaders,
  outputShape,
  resolve,
  text,
  toBase64,
  uriEscape,
  wireCode,
  type Protocol,
  type ResponseMeta,
  type WireRequest,
} from './wire';
import { buildXml, scalar, writeXml, type XmlElement } from './xml';

const MALFORMED = 'MalformedQueryString';

/** The request's parameters: the form-urlencoded body of a POST, or the query string of a GET. */
function paramsOf(request: WireRequest): URLSearchParams {
  if (request.method === 'GET') return request.url.searchParams;
  // Read once per request: finding the operation and parsing the input both read them.
  const known = FORMS.get(request);
  if (known) return known;
  const body = text(request.body);
  // URLSearchParams would quietly keep a broken escape: AWS rejects the request.
  if (body === undefined || /%(?![0-9A-Fa-f]{2})/.test(body)) throw new CloudError(MALFORMED, 'The query string is malformed.');
  const params = new URLSearchParams(body);
  FORMS.set(request, params);
  return params;
}
const FORMS = new WeakMap<WireRequest, URLSearchParams>();

/** [U] AWS Query services word a value of the wrong type so (STS, IAM). */
function invalidValue(value: string, name: string, type: string): CloudError {
  return new CloudError('InvalidParameterValue', `Value (${value}) for parameter ${name} is invalid. Expected: '${type}'.`);
}

function readParam(model: ServiceModel, ref: ShapeRef, params: URLSearchParams, key: string): unknown {
  const shape = resolve(model, ref);
  switch (shape.type ?? 'string') {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const value = readParam(model, member, params, key ? `${key}.${member.locationName ?? name}` : (member.locationName ?? name));
        if (value !== undefined) out[name] = value;
      }
      return key && Object.keys(out).length === 0 ? undefined : out;
    }
    case 'list': {
      // An empty list is sent as the bare name: `PolicyArns=`.
      if (params.get(key) === '') return [];
      const item = shape.member ?? {};
      const prefix = shape.flattened ? key : `${key}.${item.locationName ?? 'member'}`;
      const out: unknown[] = [];
      for (let i = 1; ; i++) {
        const value = readParam(model, item, params, `${prefix}.${i}`);
        if (value === undefined) return out.length > 0 ? out : undefined;
        out.push(value);
      }
    }
    case 'map': {
      const prefix = shape.flattened ? key : `${key}.entry`;
      const out: Record<string, unknown> = {};
      for (let i = 1; params.has(`${prefix}.${i}.${shape.key?.locationName ?? 'key'}`); i++) {
        const name = params.get(`${prefix}.${i}.${shape.key?.locationName ?? 'key'}`)!;
        out[name] = readParam(model, shape.value ?? {}, params, `${prefix}.${i}.${shape.value?.locationName ?? 'value'}`);
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    default: {
      const value = params.get(key);
      if (value === null) return undefined;
      try {
        return scalar(shape, value);
      } catch {
        throw invalidValue(value, key, shape.type ?? 'string');
      }
    }
  }
}

/** A scalar as the SDKs write it in a form: booleans as `true`/`false`, timestamps in ISO 8601, blobs in base64. */
function formValue(shape: ShapeRef, value: unknown): string {
  if (value instanceof Date) return String(formatTimestamp(value, 'iso8601'));
  if (value instanceof Uint8Array) return toBase64(value);
  if (shape.type === 'timestamp' && (typeof value === 'number' || typeof value === 'string')) {
    const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
    return Number.isFinite(date.getTime()) ? String(formatTimestamp(date, 'iso8601')) : String(value);
  }
  return String(value);
}

/**
 * The form parameters for a value of a shape, as the SDKs flatten them: structure members as `Key.Member` (their
 * locationName), lists as `Key.member.N` (an empty list as the bare `Key=`), maps as `Key.entry.N.key` / `.value`
 * (flattened ones without `member`/`entry`); the exact mirror of {@link readParam}.
 */
function writeParam(model: ServiceModel, ref: ShapeRef, value: unknown, key: string, out: [string, string][]): void {
  if (value === undefined || value === null) return;
  const shape = resolve(model, ref);
  const join = (name: string) => (key ? `${key}.${name}` : name);
  switch (shape.type ?? 'string') {
    case 'structure':
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        writeParam(model, member, (value as Record<string, unknown>)[name], join(member.locationName ?? name), out);
      }
      return;
    case 'list': {
      const items = value as unknown[];
      if (items.length === 0) {
        out.push([key, '']);
        return;
      }
      const item = shape.member ?? {};
      const prefix = shape.flattened ? key : `${key}.${item.locationName ?? 'member'}`;
      items.forEach((v, i) => writeParam(model, item, v, `${prefix}.${i + 1}`, out));
      return;
    }
    case 'map': {
      const prefix = shape.flattened ? key : `${key}.entry`;
      Object.entries(value as Record<string, unknown>).forEach(([name, v], i) => {
        out.push([`${prefix}.${i + 1}.${shape.key?.locationName ?? 'key'}`, name]);
        writeParam(model, shape.value ?? {}, v, `${prefix}.${i + 1}.${shape.value?.locationName ?? 'value'}`, out);
      });
      return;
    }
    default:
      out.push([key, formValue(shape, value)]);
  }
}

/** `Action=…&Version=…&…`: an operation's input as the form body an SDK posts. */
export function queryBody(model: ServiceModel, operation: string, input: unknown): string {
  const pairs: [string, string][] = [
    ['Action', operation],
    ['Version', model.metadata?.apiVersion ?? ''],
  ];
  const shape = inputShape(model, operation);
  if (shape) writeParam(model, shape, input ?? {}, '', pairs);
  return pairs.map(([k, v]) => `${uriEscape(k)}=${uriEscape(v)}`).join('&');
}

/**
 * AWS Query (STS, IAM): form-urlencoded parameters naming `Action` and `Version`, lists as `X.member.N`, maps as
 * `X.entry.N.key/value`; XML answers `<{Op}Response><{Op}Result>…</{Op}Result><ResponseMetadata>…` and `<ErrorResponse>` errors.
 */
export const query: Protocol = {
  id: 'query',
  operationOf(request, model) {
    if (request.method !== 'POST' && request.method !== 'GET') return undefined;
    let action: string | null;
    try {
      action = paramsOf(request).get('Action');
    } catch {
      return undefined;
    }
    return action && Object.hasOwn(model.operations, action) ? action : undefined;
  },
  parse(request, model, operation) {
    const params = paramsOf(request);
    const version = params.get('Version');
    const expected = model.metadata?.apiVersion;
    // [U] STS answers a missing or different Version so.
    if (expected && version !== expected) {
      throw new CloudError('InvalidAction', `Could not find operation ${operation} for version ${version ?? 'NO_VERSION_SPECIFIED'}`);
    }
    const input = inputShape(model, operation);
    return input ? (readParam(model, input, params, '') ?? {}) : {};
  },
  serialize(model, operation, output, meta) {
    const shape = outputShape(model, operation);
    const content: XmlElement = {};
    if (shape) content[asRef(model.operations[operation]?.output)?.resultWrapper ?? `${operation}Result`] = [writeXml(model, shape, output ?? {})];
    content.ResponseMetadata = [{ RequestId: [{ '#text': meta.requestId }] }];
    return { status: 200, headers: metaHeaders(meta, 'text/xml'), body: buildXml(`${operation}Response`, content, model.metadata?.xmlNamespace) };
  },
  serializeError(error, meta, model) {
    return errorXml(wireCode(model, error.code), error.message, error.status, error.senderFault ?? error.status < 500, meta, model.metadata?.xmlNamespace);
  },
  request: (model, operation, input, url) => ({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: queryBody(model, operation, input),
  }),
};

/** `<ErrorResponse><Error><Type>Sender|Receiver</Type><Code/><Message/></Error><RequestId/></ErrorResponse>`, as STS and IAM answer. */
export function errorXml(code: string, message: string, status: number, senderFault: boolean, meta: ResponseMeta, namespace?: string) {
  const content: XmlElement = {
    Error: [{ Type: [{ '#text': senderFault ? 'Sender' : 'Receiver' }], Code: [{ '#text': code }], Message: [{ '#text': message }] }],
    RequestId: [{ '#text': meta.requestId }],
  };
  return { status, headers: metaHeaders(meta, 'text/xml'), body: buildXml('ErrorResponse', content, namespace) };
}
