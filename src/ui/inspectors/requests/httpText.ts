/** A request and its answer as raw HTTP, as they went over the wire, with SigV4's headers where the call is IAM-authorized. */
import type { LogEntry } from '../../../engine';
import { whoDecides } from '../../../flows/diagrams/whoDecides';
import { isApiCall, regionOf } from './snippets';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
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

/** The headers a signer would sign: those sent, with host and x-amz-date, in SigV4's order. */
function placeholderSigned(headers: Record<string, string>): string {
  return [...new Set(['host', 'x-amz-date', ...Object.keys(headers).map((h) => h.toLowerCase())])].sort().join(';');
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
    `Authorization: AWS4-HMAC-SHA256 Credential=${EXAMPLE_KEY}/${scope}, SignedHeaders=${placeholderSigned(entry.http.request.headers)}, Signature=<placeholder: not computed>`,
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
