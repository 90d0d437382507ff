/**
 * The provider's signing key and its ID tokens: an RS256 key taken from the cloud's signing keys the first time one is
 * needed (createCloud's injected keys first, as a user pool's), kept in the provider's state under a kid of the
 * provider's shape; ID tokens signed with jose, verifiable against the provider's JWKS, `iat` and `exp` at the cloud clock.
 */
import { base64url, SignJWT, type JWTPayload } from 'jose';
import type { ActionContext } from '../../context';
import { toPublicJwk, type KeyRecord, type PublicJwk } from '../../tokens/keys';
import type { IdpUser } from '../fixtures';
import type { IdpState } from './model';
import type { IdpScope, Provider } from './provider';

/** The provider's key, made on first use. */
export async function providerKey(ctx: ActionContext<IdpState>, provider: Provider): Promise<KeyRecord> {
  if (ctx.state.key) return ctx.state.key;
  const made = await ctx.nextSigningKey();
  const kid = provider.mint.kid(ctx.random);
  const key: KeyRecord = { kid, privateJwk: { ...made.privateJwk, kid }, publicJwk: { ...made.publicJwk, kid } };
  ctx.state.key = key;
  return key;
}

/** The JWKS document: the provider's public key. */
export async function jwks(ctx: ActionContext<IdpState>, provider: Provider): Promise<{ keys: PublicJwk[] }> {
  return { keys: [toPublicJwk(await providerKey(ctx, provider))] };
}

/** OIDC Core §3.1.3.6: the left half of the access token's SHA-256, base64url. */
export async function atHash(accessToken: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)));
  return base64url.encode(digest.slice(0, digest.length / 2));
}

/** The claims the scopes allow: `email` and `email_verified` with `email`; the names and picture with `profile`. */
export function scopedClaims(user: IdpUser, scopes: readonly IdpScope[]): Record<string, unknown> {
  return {
    ...(scopes.includes('email') ? { email: user.email, email_verified: user.emailVerified } : {}),
    ...(scopes.includes('profile') ? { name: user.name, picture: user.picture, given_name: user.givenName, family_name: user.familyName } : {}),
  };
}

export interface IdTokenInput {
  user: IdpUser;
  clientId: string;
  scopes: readonly IdpScope[];
  /** The access token issued with it (its hash becomes `at_hash`); none when the ID token comes alone from /authorize. */
  accessToken?: string;
  nonce?: string;
}

/** An ID token (header alg, kid, typ), claims in Google's order: iss, azp, aud, sub, email…, at_hash, nonce, profile claims, iat, exp. */
export async function signIdToken(ctx: ActionContext<IdpState>, provider: Provider, input: IdTokenInput): Promise<string> {
  const iat = Math.floor(ctx.now / 1000);
  const { email, email_verified, ...profile } = scopedClaims(input.user, input.scopes);
  const claims: JWTPayload = {
    iss: provider.issuer,
    azp: input.clientId,
    aud: input.clientId,
    sub: input.user.sub,
    ...(email !== undefined ? { email, email_verified } : {}),
    ...(input.accessToken !== undefined ? { at_hash: await atHash(input.accessToken) } : {}),
    ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
    ...profile,
    iat,
    exp: iat + provider.idTokenSeconds,
  };
  const key = await providerKey(ctx, provider);
  // Google's header: `{"alg": "RS256", "kid": …, "typ": "JWT"}`.
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).sign(await ctx.keyCache.get(key, 'private'));
}
