/**
 * Your API's answers: JSON bodies, and RFC 6750's bearer challenges in `WWW-Authenticate` (401 for a missing or bad token,
 * 403 for a good token without the scope a resource needs).
 */
import type { WireRequest, WireResponse } from '../protocol/wire';
import { YOUR_API_HOST } from './names';

export const REALM = `realm="${YOUR_API_HOST}"`;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): WireResponse {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }, body: JSON.stringify(body) };
}

/** RFC 6750 §3: the error goes in the challenge (quotes are not allowed inside its values) and in the body. */
export function invalidToken(description: string): WireResponse {
  const quoted = description.replace(/["\\]/g, "'");
  return json(
    401,
    { error: 'invalid_token', error_description: description },
    { 'www-authenticate': `Bearer ${REALM}, error="invalid_token", error_description="${quoted}"` },
  );
}

/** RFC 6750 §3.1: a valid token that lacks the scope the resource needs is 403 `insufficient_scope`, naming the scope. */
export function insufficientScope(required: string, description: string): WireResponse {
  const quoted = description.replace(/["\\]/g, "'");
  return json(
    403,
    { error: 'insufficient_scope', error_description: description, scope: required },
    { 'www-authenticate': `Bearer ${REALM}, error="insufficient_scope", error_description="${quoted}", scope="${required}"` },
  );
}

/** RFC 6750 §3.1: a request with no credentials at all gets the challenge without an error code. */
export function noToken(): WireResponse {
  return json(401, { message: 'No access token: send the header Authorization: Bearer <access token>.' }, { 'www-authenticate': `Bearer ${REALM}` });
}

export function bearerToken(request: WireRequest): string | undefined {
  const header = request.headers['authorization'];
  const found = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return found?.[1];
}

/** The verifier's code, imported once (a dynamic import per request costs more than answering it). */
let loaded: Promise<typeof import('./verify')> | undefined;
export const verifier = () => (loaded ??= import('./verify'));
