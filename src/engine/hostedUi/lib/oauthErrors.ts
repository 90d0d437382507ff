/**
 * The OAuth 2.0 endpoints' JSON answers (`/oauth2/token`, `/oauth2/revoke`): `application/json;charset=UTF-8`, never cached,
 * and errors as `{"error": "<code>"}` with the status AWS gives each endpoint (Cognito developer guide, "Token endpoint",
 * "Revoke endpoint").
 */
import type { WireRequest, WireResponse } from '../../protocol/wire';
import { bodyText } from '../../protocol/wire';

/** The error codes the token and revocation endpoints answer with (RFC 6749 §5.2, RFC 7009 §2.2.1). */
export type OAuthErrorCode =
  'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope' | 'unsupported_token_type';

/** How AWS labels the JSON documents of its OAuth endpoints (token endpoint's negative sample; userInfo's positive one). */
export const OAUTH_JSON = 'application/json;charset=UTF-8';

/** Token answers are never cached (RFC 6749 §5.1). */
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/** A JSON document answered by an OAuth endpoint. */
export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): WireResponse {
  return { status, headers: { 'content-type': OAUTH_JSON, ...NO_STORE, ...headers }, body: JSON.stringify(body) };
}

/**
 * A refusal an OAuth endpoint answers with. Endpoints throw it from their checks and turn it into the answer in one place
 * (`answerOf`), so nothing leaves the site as an exception.
 */
export class OAuthProblem {
  constructor(
    readonly error: OAuthErrorCode,
    readonly status = 400,
  ) {}
}

export const problem = (error: OAuthErrorCode, status = 400): OAuthProblem => new OAuthProblem(error, status);

/** `{"error": "<code>"}` with the problem's status: AWS sends no `error_description` from the token endpoint. */
export function problemAnswer(found: OAuthProblem): WireResponse {
  return jsonAnswer(found.status, { error: found.error });
}

/** Runs an endpoint's work and answers its OAuthProblem, if it raised one, as JSON. */
export async function answerOf(work: () => Promise<WireResponse>): Promise<WireResponse> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OAuthProblem) return problemAnswer(error);
    throw error;
  }
}

/**
 * The parameters of a form-encoded POST body. A body that is not `application/x-www-form-urlencoded`, or that repeats a
 * parameter, is `invalid_request` (RFC 6749 §3.2: "Parameters sent without a value MUST be treated as if they were omitted").
 */
export function formParameters(request: WireRequest): Record<string, string> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw problem('invalid_request');
  const found: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(bodyText(request.body))) {
    if (seen.has(name)) throw problem('invalid_request');
    seen.add(name);
    if (value !== '') found[name] = value;
  }
  return found;
}
