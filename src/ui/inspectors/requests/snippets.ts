/**
 * The same request four ways: Python boto3, JavaScript SDK v3, the AWS CLI and raw HTTP.
 * Pure functions over the cloud's log entries, so the Requests inspector shows code a learner can run against real AWS.
 */
import { SERVICES, type AnyService, type LogEntry } from '../../../engine';
import { isSiteCall, siteSnippet } from './siteSnippets';
import { httpSnippet } from './httpText';

export { headerName, httpRequestText, httpResponseText, httpSnippet, sigV4Placeholder } from './httpText';
import { BodyBytes, cliCredentials, cliOutfile, javascriptCredentials, pythonCredentials, sdkInput, sessionSigner } from './identitySnippets';

export type SnippetKind = 'python' | 'javascript' | 'cli' | 'http';

export const SNIPPET_LABELS: Record<SnippetKind, string> = {
  python: 'Python (boto3)',
  javascript: 'JavaScript (SDK v3)',
  cli: 'AWS CLI',
  http: 'HTTP',
};

/** What a snippet of this entry is written in: a site's requests (the hosted UI, your API) are plain HTTP, with no SDK or CLI. */
export function snippetLabel(kind: SnippetKind, entry: Pick<LogEntry, 'service'>): string {
  if (!isSiteCall(entry)) return SNIPPET_LABELS[kind];
  return { python: 'Python (urllib)', javascript: 'JavaScript (fetch)', cli: 'curl', http: 'HTTP' }[kind];
}

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

/**
 * An API call of an AWS service, in any of its protocols (JSON, Query, REST), as opposed to a GET of a well-known document
 * such as the JWKS (a service's extra route) or a call to a site.
 */
export function isApiCall(entry: Pick<LogEntry, 'http'> & Partial<Pick<LogEntry, 'service' | 'action'>>): boolean {
  if (entry.http.request.method === 'POST' && headerValue(entry.http.request.headers, 'x-amz-target')) return true;
  const service = SERVICES.find((s) => s.id === entry.service);
  return Boolean(service && !service.extraRoutes?.some((route) => route.action === entry.action));
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** The request's members as the SDKs take them (an S3 object's body as bytes). */
function requestObject(entry: LogEntry): Record<string, unknown> {
  return sdkInput(entry);
}

// ---- Python -------------------------------------------------------------------------------------------------------

export function pythonLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof BodyBytes) return value.text !== undefined ? `b${JSON.stringify(value.text)}` : `bytes.fromhex("${value.hex}")`;
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

export function pythonSnippet(entry: LogEntry, entries: readonly LogEntry[] = []): string {
  const site = siteSnippet('python', entry);
  if (site) return site;
  if (!isApiCall(entry)) {
    return `import json, urllib.request\n\nwith urllib.request.urlopen(${JSON.stringify(entry.http.request.url)}) as r:\n    document = json.load(r)`;
  }
  const args = Object.entries(requestObject(entry)).map(([k, v]) => `    ${k}=${pythonLiteral(v, '    ')},`);
  const call = args.length ? `client.${snakeCase(entry.action)}(\n${args.join('\n')}\n)` : `client.${snakeCase(entry.action)}()`;
  const signer = sessionSigner(entry, entries);
  const client = signer
    ? [
        `# credentials: the Credentials in ${signer.issuer.action}'s answer`,
        `client = boto3.client(`,
        `    ${JSON.stringify(serviceOf(entry).boto3)},`,
        `    region_name=${JSON.stringify(regionOf(entry))},`,
        ...pythonCredentials(signer),
        ')',
      ].join('\n')
    : `client = boto3.client(${JSON.stringify(serviceOf(entry).boto3)}, region_name=${JSON.stringify(regionOf(entry))})`;
  return `import boto3\n\n${client}\n\nresponse = ${call}`;
}

// ---- JavaScript SDK v3 ---------------------------------------------------------------------------------------------

const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function jsLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'undefined';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof BodyBytes) return value.text !== undefined ? JSON.stringify(value.text) : `Uint8Array.from(${JSON.stringify([...value.bytes])})`;
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

export function javascriptSnippet(entry: LogEntry, entries: readonly LogEntry[] = []): string {
  const site = siteSnippet('javascript', entry);
  if (site) return site;
  if (!isApiCall(entry)) return `const response = await fetch(${JSON.stringify(entry.http.request.url)});\nconst document = await response.json();`;
  const command = `${entry.action}Command`;
  const { jsClient, jsPackage } = serviceOf(entry);
  const signer = sessionSigner(entry, entries);
  const region = JSON.stringify(regionOf(entry));
  return [
    `import { ${jsClient}, ${command} } from ${JSON.stringify(jsPackage)};`,
    '',
    ...(signer
      ? [
          `// Credentials: the Credentials in ${signer.issuer.action}'s answer`,
          `const client = new ${jsClient}({`,
          `  region: ${region},`,
          ...javascriptCredentials(signer),
          '});',
        ]
      : [`const client = new ${jsClient}({ region: ${region} });`]),
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

export function cliSnippet(entry: LogEntry, entries: readonly LogEntry[] = []): string {
  const site = siteSnippet('cli', entry);
  if (site) return site;
  if (!isApiCall(entry)) return `curl ${shellQuote(entry.http.request.url)}`;
  const lines = [`aws ${serviceOf(entry).cli} ${kebabCase(entry.action)}`];
  const before: string[] = [];
  const signer = sessionSigner(entry, entries);
  if (signer) before.push(...cliCredentials(signer));
  for (const [name, value] of Object.entries(requestObject(entry))) {
    const option = `--${kebabCase(name)}`;
    if (typeof value === 'boolean') lines.push(value ? option : `--no-${kebabCase(name)}`);
    else if (value instanceof BodyBytes) {
      // The CLI reads an object's body from a file.
      before.push(`# ${value.file} holds the object's ${value.bytes.length} bytes`);
      lines.push(`${option} ${shellQuote(value.file)}`);
    } else {
      const text = cliValue(value);
      if (text !== undefined) lines.push(`${option} ${text}`);
    }
  }
  const outfile = cliOutfile(entry);
  if (outfile) lines.push(shellQuote(outfile));
  lines.push(`--region ${regionOf(entry)}`);
  return [...before, lines.join(' \\\n  ')].join('\n');
}

/** One request as code; `entries` (the log) names where a session's credentials came from. */
export function snippet(kind: SnippetKind, entry: LogEntry, entries: readonly LogEntry[] = []): string {
  switch (kind) {
    case 'python':
      return pythonSnippet(entry, entries);
    case 'javascript':
      return javascriptSnippet(entry, entries);
    case 'cli':
      return cliSnippet(entry, entries);
    case 'http':
      return httpSnippet(entry);
  }
}
