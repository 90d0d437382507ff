/**
 * The same request four ways: Python boto3, JavaScript SDK v3, the AWS CLI and raw HTTP.
 * Pure functions over the cloud's log entries, so the Requests inspector shows code a learner can run against real AWS.
 */
import { SERVICES, type AnyService, type LogEntry } from '../../../engine';
import { whoDecides } from '../../../flows/diagrams/whoDecides';
import { siteSnippet } from './siteSnippets';

export type SnippetKind = 'python' | 'javascript' | 'cli' | 'http';

export const SNIPPET_LABELS: Record<SnippetKind, string> = {
  python: 'Python (boto3)',
  javascript: 'JavaScript (SDK v3)',
  cli: 'AWS CLI',
  http: 'HTTP',
};

/** `InitiateAuth` → `initiate_auth` (boto3's method names). */
export function snakeCase(action: string): string {
  return action
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** `InitiateAuth` → `initiate-auth`; `ClientId` → `client-id` (the CLI's command and option names). */
export function kebabCase(name: string): string {
  return snakeCase(name).replace(/_/g, '-');
}

/** The region the request went to (older log entries lack it: read it from the host, `https://<service>.us-east-1.amazonaws.com/`). */
export function regionOf(entry: Pick<LogEntry, 'http'> & { region?: string }): string {
  return entry.region ?? /\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com/.exec(entry.http.request.url)?.[1] ?? 'us-east-1';
}

/** The registry's descriptor of the service that answered: how its SDKs and CLI name it. */
function serviceOf(entry: Pick<LogEntry, 'service'>): AnyService['sdk'] {
  const service = SERVICES.find((s) => s.id === entry.service);
  return service?.sdk ?? { boto3: entry.service, cli: entry.service, jsPackage: `@aws-sdk/client-${entry.service}`, jsClient: 'Client' };
}

/** A JSON-1.1 API call (as opposed to a GET of a well-known document such as the JWKS). */
export function isApiCall(entry: Pick<LogEntry, 'http'>): boolean {
  return entry.http.request.method === 'POST' && Boolean(headerValue(entry.http.request.headers, 'x-amz-target'));
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function requestObject(entry: LogEntry): Record<string, unknown> {
  const r = entry.request;
  return r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>) : {};
}

// ---- Python -------------------------------------------------------------------------------------------------------

export function pythonLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    const flat = `[${value.map((v) => pythonLiteral(v, inner)).join(', ')}]`;
    if (flat.length <= 80) return flat;
    return `[\n${value.map((v) => `${inner}${pythonLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const flat = `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pythonLiteral(v, inner)}`).join(', ')}}`;
  if (flat.length <= 80) return flat;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pythonLiteral(v, inner)},`).join('\n')}\n${indent}}`;
}

export function pythonSnippet(entry: LogEntry): string {
  const site = siteSnippet('python', entry);
  if (site) return site;
  if (!isApiCall(entry)) {
    return `import json, urllib.request\n\nwith urllib.request.urlopen(${JSON.stringify(entry.http.request.url)}) as r:\n    document = json.load(r)`;
  }
  const args = Object.entries(requestObject(entry)).map(([k, v]) => `    ${k}=${pythonLiteral(v, '    ')},`);
  const call = args.length ? `client.${snakeCase(entry.action)}(\n${args.join('\n')}\n)` : `client.${snakeCase(entry.action)}()`;
  return `import boto3\n\nclient = boto3.client(${JSON.stringify(serviceOf(entry).boto3)}, region_name=${JSON.stringify(regionOf(entry))})\n\nresponse = ${call}`;
}

// ---- JavaScript SDK v3 ---------------------------------------------------------------------------------------------

const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function jsLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'undefined';
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const flat = `[${value.map((v) => jsLiteral(v, inner)).join(', ')}]`;
    if (flat.length <= 80) return flat;
    return `[\n${value.map((v) => `${inner}${jsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.length) return '{}';
  const key = (k: string) => (JS_IDENTIFIER.test(k) ? k : JSON.stringify(k));
  const flat = `{ ${entries.map(([k, v]) => `${key(k)}: ${jsLiteral(v, inner)}`).join(', ')} }`;
  // The command's own input reads best one member per line, as in the SDK's documentation.
  if (flat.length <= 60 && (indent || entries.length === 1)) return flat;
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${jsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
}

export function javascriptSnippet(entry: LogEntry): string {
  const site = siteSnippet('javascript', entry);
  if (site) return site;
  if (!isApiCall(entry)) return `const response = await fetch(${JSON.stringify(entry.http.request.url)});\nconst document = await response.json();`;
  const command = `${entry.action}Command`;
  const { jsClient, jsPackage } = serviceOf(entry);
  return [
    `import { ${jsClient}, ${command} } from ${JSON.stringify(jsPackage)};`,
    '',
    `const client = new ${jsClient}({ region: ${JSON.stringify(regionOf(entry))} });`,
    '',
    `const response = await client.send(new ${command}(${jsLiteral(requestObject(entry))}));`,
  ].join('\n');
}

// ---- AWS CLI -------------------------------------------------------------------------------------------------------

/** POSIX shell quoting: bare when safe, else single quotes. */
export function shellQuote(text: string): string {
  if (text !== '' && /^[\w@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const isScalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
const shorthandSafe = (v: unknown) => isScalar(v) && !/[,=\s[\]{}"']/.test(String(v));

/** The CLI's value syntax for one parameter: scalars bare, lists space-separated, simple structures in shorthand, else JSON. */
function cliValue(value: unknown): string | undefined {
  if (isScalar(value)) return shellQuote(String(value));
  if (Array.isArray(value)) {
    if (value.every(isScalar)) return value.map((v) => shellQuote(String(v))).join(' ');
    if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(shorthandSafe))) {
      return value
        .map((v) =>
          shellQuote(
            Object.entries(v as object)
              .map(([k, x]) => `${k}=${String(x)}`)
              .join(','),
          ),
        )
        .join(' ');
    }
  } else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length && entries.every(([, v]) => shorthandSafe(v))) return shellQuote(entries.map(([k, v]) => `${k}=${String(v)}`).join(','));
  }
  return value === undefined ? undefined : shellQuote(JSON.stringify(value));
}

export function cliSnippet(entry: LogEntry): string {
  const site = siteSnippet('cli', entry);
  if (site) return site;
  if (!isApiCall(entry)) return `curl ${shellQuote(entry.http.request.url)}`;
  const lines = [`aws ${serviceOf(entry).cli} ${kebabCase(entry.action)}`];
  for (const [name, value] of Object.entries(requestObject(entry))) {
    const option = `--${kebabCase(name)}`;
    if (typeof value === 'boolean') lines.push(value ? option : `--no-${kebabCase(name)}`);
    else {
      const text = cliValue(value);
      if (text !== undefined) lines.push(`${option} ${text}`);
    }
  }
  lines.push(`--region ${regionOf(entry)}`);
  return lines.join(' \\\n  ');
}

// ---- Raw HTTP ------------------------------------------------------------------------------------------------------

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

const AWS_HEADER_CASE: Record<string, string> = {
  'x-amzn-requestid': 'x-amzn-RequestId',
  'x-amzn-errortype': 'x-amzn-ErrorType',
  'www-authenticate': 'WWW-Authenticate',
};

/** Header names as AWS and the SDKs write them (`X-Amz-Target`, `x-amzn-RequestId`); HTTP itself ignores case. */
export function headerName(name: string): string {
  const lower = name.toLowerCase();
  return AWS_HEADER_CASE[lower] ?? lower.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/** AWS's documentation example key: the placeholder signature names no real credentials. */
const EXAMPLE_KEY = 'AKIAIOSFODNN7EXAMPLE';

/**
 * The SigV4 headers an IAM-authorized call carries, with the request's own date, region and service.
 * SIMPLIFIED: a placeholder (the signature is not computed); the simulated user pool does not verify signatures yet, and the
 * Requests tab says so beside it.
 */
export function sigV4Placeholder(entry: Pick<LogEntry, 'time' | 'service' | 'http'> & { region?: string }): string[] {
  const amzDate = new Date(entry.time).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const scope = `${amzDate.slice(0, 8)}/${regionOf(entry)}/${entry.service}/aws4_request`;
  return [
    `X-Amz-Date: ${amzDate}`,
    `Authorization: AWS4-HMAC-SHA256 Credential=${EXAMPLE_KEY}/${scope}, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=<placeholder: not computed>`,
  ];
}

export function httpRequestText(entry: LogEntry): string {
  const { method, url, headers, body } = entry.http.request;
  const u = new URL(url);
  const head = [`${method} ${u.pathname}${u.search} HTTP/1.1`, `Host: ${u.host}`];
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() !== 'host') head.push(`${headerName(k)}: ${v}`);
  const signed = Object.keys(headers).some((k) => k.toLowerCase() === 'authorization');
  if (!signed && isApiCall(entry) && whoDecides(entry).type === 'iam') head.push(...sigV4Placeholder(entry));
  return body ? `${head.join('\n')}\n\n${prettyBody(body)}` : head.join('\n');
}

export function httpResponseText(entry: LogEntry): string {
  const { status, headers, body } = entry.http.response;
  const head = [`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? ''}`.trimEnd()];
  for (const [k, v] of Object.entries(headers)) head.push(`${headerName(k)}: ${v}`);
  return `${head.join('\n')}\n\n${prettyBody(body)}`;
}

export function httpSnippet(entry: LogEntry): string {
  return `${httpRequestText(entry)}\n\n${httpResponseText(entry)}`;
}

export function snippet(kind: SnippetKind, entry: LogEntry): string {
  switch (kind) {
    case 'python':
      return pythonSnippet(entry);
    case 'javascript':
      return javascriptSnippet(entry);
    case 'cli':
      return cliSnippet(entry);
    case 'http':
      return httpSnippet(entry);
  }
}
