/** Where your API answers and what it asks for: in the first chunk, while its handlers (routes.ts) load on the first call. */

/** The host your API answers at: an example domain, reserved for documentation (RFC 2606). */
export const YOUR_API_HOST = 'api.example.com';
/** The caller's orders (a user's access token). */
export const YOUR_API_ORDERS = `https://${YOUR_API_HOST}/orders`;
/** The shop's stock, for back-end jobs with a custom scope (`inventory.ts`). */
export const YOUR_API_INVENTORY = `https://${YOUR_API_HOST}/inventory`;
/** The resource server identifier your API expects: its own URL, as AWS's examples name resource servers. */
export const INVENTORY_RESOURCE_SERVER = `https://${YOUR_API_HOST}`;
/** The custom scope `GET /inventory` needs: `<resource server identifier>/<scope name>`. */
export const INVENTORY_SCOPE = `${INVENTORY_RESOURCE_SERVER}/orders.read`;
