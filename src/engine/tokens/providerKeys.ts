/**
 * An external OpenID provider's signing keys, fetched as AWS fetches them: its discovery document
 * (`{issuer}/.well-known/openid-configuration`), then the `jwks_uri` it names, both through `ctx.fetch`, so the hops reach
 * the simulated provider's site and are logged under the request that needed them. A token is then verified with jose
 * against that key set. SIMPLIFIED: nothing is cached; every verification fetches the keys again (the log shows each hop).
 */
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import type { ActionContext } from '../context';

/** Why no keys: no host answers at the issuer (`unreachable`), or it answered without a usable key set (`no-keys`). */
export type ProviderKeysFailure = 'unreachable' | 'no-keys';

export type ProviderKeys = { ok: true; keys: JSONWebKeySet } | { ok: false; reason: ProviderKeysFailure };

/** The algorithms an external provider's ID token may be signed with here. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384'];

/** `issuer`: `https://host/path` (a trailing slash is dropped before `/.well-known`). */
export async function fetchProviderKeys(ctx: ActionContext<unknown>, issuer: string): Promise<ProviderKeys> {
  const base = (/^https:\/\//.test(issuer) ? issuer : `https://${issuer}`).replace(/\/+$/, '');
  const discovery = await getJson(ctx, `${base}/.well-known/openid-configuration`);
  if (discovery === 'unreachable') return { ok: false, reason: 'unreachable' };
  const jwksUri = discovery && typeof discovery['jwks_uri'] === 'string' ? discovery['jwks_uri'] : undefined;
  if (!jwksUri) return { ok: false, reason: 'no-keys' };
  return fetchKeySet(ctx, jwksUri);
}

/** A key set at a known address (a user pool's OIDC provider names its `jwks_uri`), through `ctx.fetch`. */
export async function fetchKeySet(ctx: ActionContext<unknown>, jwksUri: string): Promise<ProviderKeys> {
  const jwks = await getJson(ctx, jwksUri);
  if (jwks === 'unreachable') return { ok: false, reason: 'unreachable' };
  if (!jwks || !Array.isArray(jwks['keys'])) return { ok: false, reason: 'no-keys' };
  return { ok: true, keys: jwks as unknown as JSONWebKeySet };
}

/** Whether the token's signature verifies with one of the provider's keys (by `kid`, as jose picks it). */
export async function verifiesWith(token: string, keys: JSONWebKeySet): Promise<boolean> {
  try {
    await compactVerify(token, createLocalJWKSet(keys), { algorithms: ALGORITHMS });
    return true;
  } catch {
    return false;
  }
}

/** A JSON document, undefined for an answer that is not one, or `unreachable` when no simulated host answers there. */
async function getJson(ctx: ActionContext<unknown>, url: string): Promise<Record<string, unknown> | undefined | 'unreachable'> {
  let response: Response;
  try {
    response = await ctx.fetch(url, { method: 'GET', headers: { accept: 'application/json' } });
  } catch {
    return 'unreachable';
  }
  // The cloud answers a host nobody simulates with UnknownEndpoint: for the caller, the provider could not be reached.
  if (response.headers.get('x-amzn-errortype') === 'UnknownEndpoint') return 'unreachable';
  if (response.status !== 200) return undefined;
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
