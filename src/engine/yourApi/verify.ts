/**
 * How your API checks a bearer token from a user pool, as aws-jwt-verify or an API Gateway Cognito authorizer does: the
 * pool's JWKS (fetched inside the cloud, so the diagram shows it), the RS256 signature, `iss`, `exp` at the simulated
 * time, then `token_use`. Optionally it asks the pool whether the token was revoked, with GetUser.
 */
import { createLocalJWKSet, decodeJwt, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { ActionContext } from '../context';
import { JSON_11 } from '../protocol/json11';
import { cognitoIdp } from '../userPool/service';
import { userPoolIssuer } from '../userPool/lib/pools';

export type Verified = { ok: true; claims: JWTPayload & Record<string, unknown>; checks: string[] } | { ok: false; reason: string };

const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;

const refuse = (reason: string): Verified => ({ ok: false, reason });

/**
 * The pool a token claims to come from, if its `iss` is exactly a user pool's issuer URL.
 * SIMPLIFIED: a real API is configured with one pool (and its app client ids) and refuses tokens from any other; this one
 * trusts every user pool of the simulated account, because each lesson has only one, and it does not check `client_id`.
 */
function poolOf(issuer: unknown): string | undefined {
  if (typeof issuer !== 'string') return undefined;
  const poolId = issuer.slice(issuer.lastIndexOf('/') + 1);
  return POOL_ID.test(poolId) && userPoolIssuer(poolId) === issuer ? poolId : undefined;
}

async function fetchJwks(ctx: ActionContext, issuer: string): Promise<JSONWebKeySet | undefined> {
  const response = await ctx.fetch(`${issuer}/.well-known/jwks.json`);
  if (!response.ok) return undefined;
  return (await response.json().catch(() => undefined)) as JSONWebKeySet | undefined;
}

/** Why jose refused the token, in words (ASCII only: the reason also goes into a WWW-Authenticate header). */
function joseReason(error: unknown, exp: unknown): string {
  if (error instanceof errors.JWTExpired) {
    const when = typeof exp === 'number' ? ` at ${new Date(exp * 1000).toISOString()}` : '';
    return `The token expired${when} (exp is in the past at the simulated time).`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) return "No key in the pool's JWKS matches the token's kid: this pool did not sign it.";
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The signature does not match: the token was changed after the pool signed it.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The claim ${error.claim} failed: ${error.reason}.`;
  if (error instanceof errors.JOSEError) return `The token could not be verified (${error.code}).`;
  return 'The token could not be verified.';
}

/** Checks a bearer token as your API does; never throws. */
export async function verifyBearer(ctx: ActionContext, token: string): Promise<Verified> {
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(token);
  } catch {
    return refuse('The token is not a JWT (three Base64url parts separated by dots).');
  }
  const issuer = unverified.iss;
  if (!poolOf(issuer)) return refuse("The token's iss is not the URL of a user pool this API trusts.");
  const jwks = await fetchJwks(ctx, issuer!);
  if (!jwks) return refuse(`No user pool answers at ${issuer}: its JWKS could not be fetched.`);
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer, algorithms: ['RS256'], currentDate: new Date(ctx.now) }));
  } catch (error) {
    return refuse(joseReason(error, unverified.exp));
  }
  const use = claims['token_use'];
  if (use !== 'access') return refuse(`The token's token_use is '${String(use)}': this API accepts only access tokens (token_use 'access').`);
  return { ok: true, claims: claims as JWTPayload & Record<string, unknown>, checks: ['signature (JWKS)', 'iss', 'exp', 'token_use'] };
}

/**
 * Asks the pool whether it still accepts the access token: GetUser at the pool's regional endpoint, as an SDK would send it.
 * Undefined when it does; else the pool's error code and message. GetUser needs the `aws.cognito.signin.user.admin` scope,
 * which tokens from InitiateAuth carry (a hosted-UI token without it would be refused for that reason instead).
 */
export async function revocationProblem(ctx: ActionContext, issuer: string, token: string): Promise<{ code: string; message: string } | undefined> {
  const response = await ctx.fetch(new URL('/', issuer), {
    method: 'POST',
    headers: { 'content-type': JSON_11, 'x-amz-target': `${cognitoIdp.targetPrefix}.GetUser` },
    body: JSON.stringify({ AccessToken: token }),
  });
  if (response.ok) return undefined;
  const body = (await response.json().catch(() => ({}))) as { __type?: string; message?: string };
  return { code: body.__type ?? `HTTP ${response.status}`, message: body.message ?? '' };
}
