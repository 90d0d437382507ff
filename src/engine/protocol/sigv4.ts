import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { uriEscape, type WireRequest } from './wire';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** What a SigV4 signature claims: from the `Authorization` header or from presigned `X-Amz-*` query parameters. */
export interface SignatureClaim {
  accessKeyId: string;
  /** `YYYYMMDD` from the credential scope. */
  day: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  /** `YYYYMMDDTHHMMSSZ` from `X-Amz-Date` (or the `Date` header). */
  amzDate: string | undefined;
  sessionToken: string | undefined;
  presigned: boolean;
  /** `X-Amz-Expires` of a presigned URL, in seconds. */
  expires: number | undefined;
}

export type ClaimResult = { ok: true; claim: SignatureClaim } | { ok: false; missing: true } | { ok: false; missing: false; message: string };

export const sha256Hex = (data: Uint8Array | string): string =>
  data.length === 0 ? EMPTY_SHA256 : bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));

/** The decoded query parameters, in order, as the raw query string carries them (`+` is a plus, not a space, in SigV4). */
export function rawQuery(url: URL): [string, string][] {
  const search = url.search.slice(1);
  if (!search) return [];
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return search
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
    });
}

/**
 * Reads the SigV4 claim of a request, as AWS's front door does: `Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240115/us-east-1/sts/aws4_request,
 * SignedHeaders=host;x-amz-date, Signature=…`, or a presigned URL's `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Signature`….
 * `missing` when the request carries no signature at all; otherwise a message in AWS's IncompleteSignature wording.
 */
export function readClaim(request: WireRequest): ClaimResult {
  const authorization = request.headers['authorization'];
  const token = request.headers['x-amz-security-token'];
  if (authorization !== undefined) {
    if (!authorization.startsWith(`${ALGORITHM} `))
      return { ok: false, missing: false, message: `Unsupported AWS 'algorithm': '${authorization.split(' ')[0]}'` };
    const fields = new Map(
      authorization
        .slice(ALGORITHM.length + 1)
        .split(',')
        .map((part) => part.trim().split('=', 2) as [string, string | undefined])
        .map(([key, value]) => [key, value ?? '']),
    );
    const absent = ['Credential', 'Signature', 'SignedHeaders'].filter((field) => !fields.get(field));
    if (absent.length > 0) {
      const missing = absent.map((field) => `Authorization header requires '${field}' parameter.`).join(' ');
      return { ok: false, missing: false, message: `${missing} Authorization=${authorization}` };
    }
    const amzDate = request.headers['x-amz-date'] ?? isoDate(request.headers['date']);
    if (!amzDate)
      return {
        ok: false,
        missing: false,
        message: `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`,
      };
    return scoped(fields.get('Credential')!, fields.get('SignedHeaders')!, fields.get('Signature')!, amzDate, token, false, undefined);
  }
  const query = new Map(rawQuery(request.url));
  if (query.get('X-Amz-Algorithm') !== undefined || query.get('X-Amz-Signature') !== undefined) {
    if (query.get('X-Amz-Algorithm') !== ALGORITHM)
      return { ok: false, missing: false, message: `Unsupported AWS 'algorithm': '${query.get('X-Amz-Algorithm') ?? ''}'` };
    const absent = ['X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'].filter((name) => !query.get(name));
    if (absent.length > 0)
      return {
        ok: false,
        missing: false,
        message: absent.map((name) => `AWS query-string parameters must include '${name}'.`).join(' ') + ' Re-examine the query-string parameters.',
      };
    const expires = query.get('X-Amz-Expires');
    return scoped(
      query.get('X-Amz-Credential')!,
      query.get('X-Amz-SignedHeaders')!,
      query.get('X-Amz-Signature')!,
      query.get('X-Amz-Date'),
      query.get('X-Amz-Security-Token') ?? token,
      true,
      expires === undefined ? undefined : Number(expires),
    );
  }
  return { ok: false, missing: true };
}

function scoped(
  credential: string,
  signedHeaders: string,
  signature: string,
  amzDate: string | undefined,
  sessionToken: string | undefined,
  presigned: boolean,
  expires: number | undefined,
): ClaimResult {
  const parts = credential.split('/');
  // [U] AWS's wording for a malformed scope depends on which part is wrong; this is its message for the terminator.
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || !/^\d{8}$/.test(parts[1]!)) {
    return { ok: false, missing: false, message: `Credential should be scoped with a valid terminator: 'aws4_request', not '${parts[4] ?? ''}'.` };
  }
  const [accessKeyId, day, region, service] = parts as [string, string, string, string];
  return {
    ok: true,
    claim: { accessKeyId, day, region, service, signedHeaders: signedHeaders.split(';'), signature, amzDate, sessionToken, presigned, expires },
  };
}

/** An RFC 7231 `Date` header as SigV4's basic ISO 8601 (`20240115T100000Z`). */
function isoDate(header: string | undefined): string | undefined {
  const millis = header ? Date.parse(header) : NaN;
  return Number.isFinite(millis) ? new Date(millis).toISOString().replace(/[-:]|\.\d{3}/g, '') : undefined;
}

/**
 * The canonical URI: S3 signs the path exactly as sent (single-encoded, not normalized); every other service normalizes
 * `.`/`..`/empty segments and encodes the path once more.
 */
export function canonicalUri(path: string, service: string): string {
  if (service === 's3') return path || '/';
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const normalized = `/${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
  return uriEscape(normalized).replace(/%2F/g, '/');
}

/** Query parameters escaped by RFC 3986 and sorted by key then value; a presigned URL's own `X-Amz-Signature` is left out. */
export function canonicalQuery(url: URL): string {
  return rawQuery(url)
    .filter(([key]) => key !== 'X-Amz-Signature')
    .map(([key, value]) => [uriEscape(key), uriEscape(value)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
}

/** `name:value\n` for each signed header, values trimmed with inner runs of spaces collapsed. */
export function canonicalHeaders(headers: Record<string, string>, signed: readonly string[]): string {
  let out = '';
  for (const name of signed) {
    const value = headers[name] ?? '';
    // Most values have no whitespace to fold: they are written as they are.
    out += `${name}:${
      /\s/.test(value)
        ? value
            .replace(/[\r\n]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
        : value
    }\n`;
  }
  return out;
}

/** The canonical request SigV4 hashes: method, URI, query, headers, signed header names and the payload hash. */
export function canonicalRequest(request: WireRequest, service: string, signedHeaders: readonly string[], payloadHash: string): string {
  return [
    request.method,
    canonicalUri(request.url.pathname, service),
    canonicalQuery(request.url),
    canonicalHeaders(request.headers, signedHeaders),
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

export function stringToSign(amzDate: string, scope: string, canonical: string): string {
  return [ALGORITHM, amzDate, scope, sha256Hex(canonical)].join('\n');
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, day), region), service), "aws4_request"). */
export function signingKey(secret: string, day: string, region: string, service: string): Uint8Array {
  return keyed(secret, day, region, service).key;
}

/** A signing key, and the HMAC already keyed with it: each signature then hashes only the string to sign. */
interface SigningKey {
  key: Uint8Array;
  hmac: ReturnType<typeof hmac.create>;
}

function keyed(secret: string, day: string, region: string, service: string): SigningKey {
  const id = `${secret}\n${day}\n${region}\n${service}`;
  const known = SIGNING_KEYS.get(id);
  if (known) return known;
  let key = utf8ToBytes(`AWS4${secret}`);
  for (const part of [day, region, service, 'aws4_request']) key = hmac(sha256, key, utf8ToBytes(part));
  // A signing key depends on nothing else, so it is derived once a day per secret and scope, as the SDKs' signers cache it.
  if (SIGNING_KEYS.size >= 500) SIGNING_KEYS.delete(SIGNING_KEYS.keys().next().value!);
  const made = { key, hmac: hmac.create(sha256, key) };
  SIGNING_KEYS.set(id, made);
  return made;
}
const SIGNING_KEYS = new Map<string, SigningKey>();

export const signatureOf = (key: Uint8Array, toSign: string): string => bytesToHex(hmac(sha256, key, utf8ToBytes(toSign)));

/** The signature of `toSign` under the signing key of this secret and scope (the same as signatureOf(signingKey(…), toSign)). */
export function signatureFor(secret: string, day: string, region: string, service: string, toSign: string): string {
  return bytesToHex(keyed(secret, day, region, service).hmac.clone().update(utf8ToBytes(toSign)).digest());
}
