/**
 * "Your API": the app's own back end, a bearer-token API at `api.example.com` that trusts the user pool's access tokens.
 * `GET /orders` verifies the token locally (JWKS, signature, iss, exp, token_use) and answers the caller's orders;
 * `GET /orders?checkRevocation=true` also asks the pool, with GetUser, whether the token was revoked (GlobalSignOut).
 * A refusal is `401` with `WWW-Authenticate: Bearer error="invalid_token", error_description="…"` (RFC 6750) and a JSON
 * body with the same `error` and `error_description`.
 *
 * SIMPLIFIED: a real API runs on your own servers (or behind API Gateway), not inside AWS's cloud; here it is a site of the
 * simulated cloud so its calls to the pool are logged and drawn with the rest.
 */
import type { ActionContext } from '../context';
import type { WireRequest, WireResponse } from '../protocol/wire';
import type { SiteDescriptor } from '../services';

/** The host your API answers at: an example domain, reserved for documentation (RFC 2606). */
export const YOUR_API_HOST = 'api.example.com';
/** The one resource: the caller's orders. */
export const YOUR_API_ORDERS = `https://${YOUR_API_HOST}/orders`;

const REALM = `realm="${YOUR_API_HOST}"`;

function json(status: number, body: unknown, headers: Record<string, string> = {}): WireResponse {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }, body: JSON.stringify(body) };
}

/** RFC 6750 §3: the error goes in the challenge (quotes are not allowed inside its values) and in the body. */
function invalidToken(description: string): WireResponse {
  const quoted = description.replace(/["\\]/g, "'");
  return json(
    401,
    { error: 'invalid_token', error_description: description },
    { 'www-authenticate': `Bearer ${REALM}, error="invalid_token", error_description="${quoted}"` },
  );
}

function bearerToken(request: WireRequest): string | undefined {
  const header = request.headers['authorization'];
  const found = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return found?.[1];
}

/** The verifier's code, imported once (a dynamic import per request costs more than answering it). */
let loaded: Promise<typeof import('./verify')> | undefined;
const verifier = () => (loaded ??= import('./verify'));

async function orders(ctx: ActionContext, request: WireRequest): Promise<WireResponse> {
  const token = bearerToken(request);
  // RFC 6750 §3.1: a request with no credentials at all gets the challenge without an error code.
  if (!token) {
    return json(401, { message: 'No access token: send the header Authorization: Bearer <access token>.' }, { 'www-authenticate': `Bearer ${REALM}` });
  }
  // The verifier (and jose with it) loads the first time your API is called, as a service's code does.
  const { revocationProblem, verifyBearer } = await verifier();
  const verified = await verifyBearer(ctx, token);
  if (!verified.ok) return invalidToken(verified.reason);
  const checkRevocation = request.url.searchParams.get('checkRevocation') === 'true';
  const checks = [...verified.checks];
  if (checkRevocation) {
    const problem = await revocationProblem(ctx, String(verified.claims.iss), token);
    if (problem) return invalidToken(`The user pool refused the token: ${problem.code}: ${problem.message}`);
    checks.push('not revoked (GetUser)');
  }
  const { sub, username } = verified.claims;
  const groups = Array.isArray(verified.claims['cognito:groups']) ? verified.claims['cognito:groups'] : [];
  return json(200, { caller: { sub, username, 'cognito:groups': groups }, orders: [{ id: 'order-1001', item: 'Concert e-ticket' }], checked: checks });
}

export const yourApi: SiteDescriptor = {
  kind: 'site',
  id: 'your-api',
  participant: 'Your API',
  matchHost: (host) => (host === YOUR_API_HOST ? {} : undefined),
  handle: async (ctx, request) => {
    if (request.url.pathname !== '/orders') {
      return json(404, { error: 'not_found', error_description: `Your API has no ${request.url.pathname}: it answers GET /orders.` });
    }
    if (request.method !== 'GET') return json(405, { error: 'method_not_allowed', error_description: 'Your API answers GET /orders.' }, { allow: 'GET' });
    return orders(ctx, request);
  },
};
