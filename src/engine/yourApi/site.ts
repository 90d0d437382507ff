/**
 * "Your API": the app's own back end, a bearer-token API at `api.example.com` that trusts the user pool's access tokens.
 * `GET /orders` verifies the token locally (JWKS, signature, iss, exp, token_use) and answers the caller's orders;
 * `GET /orders?checkRevocation=true` also asks the pool, with GetUser, whether the token was revoked (GlobalSignOut);
 * `GET /inventory` (inventory.ts) also wants a custom scope, as a machine's client_credentials token carries it.
 * A refusal is `401` with `WWW-Authenticate: Bearer error="invalid_token", error_description="…"` (RFC 6750) and a JSON
 * body with the same `error` and `error_description`.
 *
 * SIMPLIFIED: a real API runs on your own servers (or behind API Gateway), not inside AWS's cloud; here it is a site of the
 * simulated cloud so its calls to the pool are logged and drawn with the rest.
 */
import type { ActionContext } from '../context';
import type { WireRequest, WireResponse } from '../protocol/wire';
import type { SiteDescriptor } from '../services';
import { bearerToken, invalidToken, json, noToken, verifier, YOUR_API_HOST } from './answers';
import { inventory } from './inventory';

export { YOUR_API_HOST } from './answers';
export { INVENTORY_RESOURCE_SERVER, INVENTORY_SCOPE } from './inventory';
/** The caller's orders (a user's access token). */
export const YOUR_API_ORDERS = `https://${YOUR_API_HOST}/orders`;
/** The shop's stock, for back-end jobs with a custom scope (`inventory.ts`). */
export const YOUR_API_INVENTORY = `https://${YOUR_API_HOST}/inventory`;

/** Each path your API answers, with its handler; every one answers GET only. */
const ROUTES: Record<string, (ctx: ActionContext, request: WireRequest) => Promise<WireResponse>> = {
  '/orders': orders,
  '/inventory': inventory,
};
const ANSWERS = 'GET /orders and GET /inventory';

async function orders(ctx: ActionContext, request: WireRequest): Promise<WireResponse> {
  const token = bearerToken(request);
  // RFC 6750 §3.1: a request with no credentials at all gets the challenge without an error code.
  if (!token) return noToken();
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
    const route = Object.hasOwn(ROUTES, request.url.pathname) ? ROUTES[request.url.pathname] : undefined;
    if (!route) return json(404, { error: 'not_found', error_description: `Your API has no ${request.url.pathname}: it answers ${ANSWERS}.` });
    if (request.method !== 'GET') return json(405, { error: 'method_not_allowed', error_description: `Your API answers ${ANSWERS}.` }, { allow: 'GET' });
    return route(ctx, request);
  },
};
