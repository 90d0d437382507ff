/** Your API's handlers, loaded the first time it is called: each path it answers (GET only), and the 404 and 405 answers. */
import type { ActionContext } from '../context';
import type { WireRequest, WireResponse } from '../protocol/wire';
import { bearerToken, invalidToken, json, noToken, verifier } from './answers';
import { inventory } from './inventory';

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

export function answerYourApi(ctx: ActionContext, request: WireRequest): Promise<WireResponse> | WireResponse {
  const route = Object.hasOwn(ROUTES, request.url.pathname) ? ROUTES[request.url.pathname] : undefined;
  if (!route) return json(404, { error: 'not_found', error_description: `Your API has no ${request.url.pathname}: it answers ${ANSWERS}.` });
  if (request.method !== 'GET') return json(405, { error: 'method_not_allowed', error_description: `Your API answers ${ANSWERS}.` }, { allow: 'GET' });
  return route(ctx, request);
}
