/**
 * SigV4 streaming bodies (`Content-Encoding: aws-chunked`, `x-amz-content-sha256: STREAMING-…`), as S3 reads them: chunks of
 * `<hex size>[;chunk-signature=<sig>]\r\n<bytes>\r\n`, a zero-size chunk, then trailers (`x-amz-checksum-crc32:<b64>`) and a blank
 * line. Decoded, the request carries the object's bytes, its trailers as headers, `aws-chunked` gone from its content
 * encoding and `x-amz-decoded-content-length` as its length, so the protocol reads it like any other.
 */
import { CloudError } from '../kernel/errors';
import { bodyText, utf8, type WireRequest } from './wire';

/** Whether a request's body is aws-chunked. */
export function isAwsChunked(request: WireRequest): boolean {
  const encodings = (request.headers['content-encoding'] ?? '').split(',').map((e) => e.trim());
  return encodings.includes('aws-chunked') || (request.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
}

const malformed = () => new CloudError('IncompleteBody', 'The request body terminated unexpectedly');

/** The request with its aws-chunked body decoded (or the request itself, when its body is not chunked). */
export function decodeAwsChunked(request: WireRequest): WireRequest {
  if (!isAwsChunked(request)) return request;
  const body = typeof request.body === 'string' ? utf8(request.body) : request.body;
  const parts: Uint8Array[] = [];
  let at = 0;
  const line = (): string => {
    const end = indexOfCrlf(body, at);
    if (end < 0) throw malformed();
    const text = bodyText(body.subarray(at, end));
    at = end + 2;
    return text;
  };
  for (;;) {
    const size = Number.parseInt(line().split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) throw malformed();
    if (size === 0) break;
    if (at + size + 2 > body.length) throw malformed();
    parts.push(body.subarray(at, at + size));
    at += size + 2;
  }
  const trailers: Record<string, string> = {};
  while (at < body.length) {
    const header = line();
    if (header === '') break;
    const colon = header.indexOf(':');
    if (colon > 0) trailers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
  }
  delete trailers['x-amz-trailer-signature'];
  const decoded = concat(parts);
  const declared = request.headers['x-amz-decoded-content-length'];
  if (declared !== undefined && Number(declared) !== decoded.length) {
    throw new CloudError('IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header');
  }
  const headers: Record<string, string> = { ...request.headers, ...trailers, 'content-length': String(decoded.length) };
  const encoding = (request.headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e && e !== 'aws-chunked')
    .join(', ');
  if (encoding) headers['content-encoding'] = encoding;
  else delete headers['content-encoding'];
  return { ...request, headers, body: decoded };
}

function indexOfCrlf(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 1 < bytes.length; i++) if (bytes[i] === 13 && bytes[i + 1] === 10) return i;
  return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
