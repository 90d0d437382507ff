/** Splitting and re-encoding compact JWTs without trusting them: the inspector must show broken tokens too. */

export type JsonObject = Record<string, unknown>;

export interface DecodedJwt {
  /** The raw base64url segments as they appear in the token. */
  segments: { header: string; payload: string; signature: string };
  header?: JsonObject;
  payload?: JsonObject;
  /** Why the header or payload could not be read, in words. */
  problem?: string;
}

export interface DecodedJwe {
  kind: 'jwe';
  header?: JsonObject;
  segmentCount: number;
}

export function base64UrlDecode(segment: string): string {
  const b64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function parseSegment(segment: string, name: string): { value?: JsonObject; problem?: string } {
  let text: string;
  try {
    text = base64UrlDecode(segment);
  } catch {
    return { problem: `The ${name} is not valid base64url.` };
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: `The ${name} is not a JSON object.` };
    return { value: value as JsonObject };
  } catch {
    return { problem: `The ${name} is not valid JSON.` };
  }
}

/** Splits `header.payload.signature` and decodes the first two parts; never throws. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.trim().split('.');
  const [header = '', payload = '', signature = ''] = parts;
  const decoded: DecodedJwt = { segments: { header, payload, signature } };
  if (parts.length !== 3) {
    decoded.problem = `A JWT has 3 parts separated by dots; this has ${parts.length}.`;
    return decoded;
  }
  const h = parseSegment(header, 'header');
  const p = parseSegment(payload, 'payload');
  if (h.value) decoded.header = h.value;
  if (p.value) decoded.payload = p.value;
  const problem = h.problem ?? p.problem;
  if (problem) decoded.problem = problem;
  return decoded;
}

/** The refresh token: a 5-part JWE whose header is readable and whose content only Cognito can decrypt. */
export function decodeJwe(token: string): DecodedJwe {
  const parts = token.split('.');
  const h = parseSegment(parts[0] ?? '', 'header');
  return { kind: 'jwe', segmentCount: parts.length, ...(h.value ? { header: h.value } : {}) };
}

/** The same token with one claim changed (or removed when `value` is undefined), keeping the original signature. */
export function withClaim(token: string, name: string, value: unknown): string {
  const { segments, payload } = decodeJwt(token);
  if (!payload) return token;
  const next: JsonObject = { ...payload };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return `${segments.header}.${base64UrlEncode(JSON.stringify(next))}.${segments.signature}`;
}

/** Reads what a learner typed as a claim value: JSON when it parses (numbers, booleans, arrays), else the plain string. */
export function parseClaimInput(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  try {
    return JSON.parse(trimmed);
  } catch {
    return text;
  }
}
