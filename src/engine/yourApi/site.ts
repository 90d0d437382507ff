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
import type { SiteDescriptor } from '../services';
import { YOUR_API_HOST } from './names';

export { INVENTORY_RESOURCE_SERVER, INVENTORY_SCOPE, YOUR_API_HOST, YOUR_API_INVENTORY, YOUR_API_ORDERS } from './names';

/** The handlers, imported once (a dynamic import per request costs more than answering it). */
let loaded: Promise<typeof import('./routes')> | undefined;

export const yourApi: SiteDescriptor = {
  kind: 'site',
  id: 'your-api',
  participant: 'Your API',
  matchHost: (host) => (host === YOUR_API_HOST ? {} : undefined),
  handle: async (ctx, request) => (await (loaded ??= import('./routes'))).answerYourApi(ctx, request),
};
