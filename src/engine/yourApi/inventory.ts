/**
 * `GET /inventory`: your API's resource for machines, protected by a custom scope. A back-end job (an app client with the
 * client_credentials grant, no user) calls it with its access token; the token must verify (as for /orders) and carry the
 * custom scope `INVENTORY_SCOPE` of the resource server your API trusts.
 *
 * SIMPLIFIED: a real API reads which scope each route needs from its own configuration (an API Gateway method's
 * authorization scopes, or your code); this one is fixed: the resource server `https://api.example.com` and its scope
 * `orders.read`, as the lesson creates them. A token without that scope (a user's, with `aws.cognito.signin.user.admin`,
 * or a machine's for another resource server) gets 403 insufficient_scope.
 */
import type { ActionContext } from '../context';
import type { WireRequest, WireResponse } from '../protocol/wire';
import { bearerToken, insufficientScope, invalidToken, json, noToken, verifier } from './answers';
import { INVENTORY_SCOPE } from './names';

export async function inventory(ctx: ActionContext, request: WireRequest): Promise<WireResponse> {
  const token = bearerToken(request);
  if (!token) return noToken();
  const { verifyBearer } = await verifier();
  const verified = await verifyBearer(ctx, token);
  if (!verified.ok) return invalidToken(verified.reason);
  const granted = typeof verified.claims['scope'] === 'string' ? verified.claims['scope'].split(' ').filter(Boolean) : [];
  if (!granted.includes(INVENTORY_SCOPE)) {
    const has = granted.length ? granted.join(' ') : '(none)';
    return insufficientScope(INVENTORY_SCOPE, `This resource needs the scope ${INVENTORY_SCOPE}; the token's scope is ${has}.`);
  }
  const { sub, client_id } = verified.claims;
  return json(200, {
    caller: { sub, client_id, scope: granted.join(' ') },
    inventory: [
      { sku: 'TICKET-CONCERT', inStock: 120 },
      { sku: 'TICKET-THEATRE', inStock: 8 },
    ],
    checked: [...verified.checks, `scope ${INVENTORY_SCOPE}`],
  });
}
