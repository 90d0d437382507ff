import { CompactSign, decodeJwt, decodeProtectedHeader, jwtVerify, errors, type JWTPayload } from 'jose';

export { peekClaims } from './peek';
import type { KeyCache, KeyRecord } from './keys';

/**
 * Signs claims as Cognito does: a user pool RS256 with header `{"kid": ..., "alg": "RS256"}`; an identity pool's OpenID
 * token RS512 with `{"kid": ..., "typ": "JWS", "alg": "RS512"}`.
 */
export async function signJwt(claims: JWTPayload, key: KeyRecord, cache: KeyCache, alg: 'RS256' | 'RS512' = 'RS256'): Promise<string> {
  const header = alg === 'RS256' ? { kid: key.kid, alg } : { kid: key.kid, typ: 'JWS', alg };
  // The JWT's payload exactly as jose's SignJWT writes it (its JSON), signed with jose's CompactSign without SignJWT's
  // copy of the claims; the claims as a verifier will decode them are that JSON parsed, before signing starts.
  const json = JSON.stringify(claims);
  const decoded = deepFreeze(JSON.parse(json) as Record<string, unknown>);
  const cryptoKey = cache.imported(key, 'private', alg) ?? (await cache.get(key, 'private', alg));
  const token = await new CompactSign(UTF8.encode(json)).setProtectedHeader(header).sign(cryptoKey);
  cache.rememberSigned(token, key.kid, decoded);
  return token;
}

const UTF8 = new TextEncoder();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

export type VerifyFailure = 'malformed' | 'unknown-kid' | 'bad-signature' | 'expired' | 'wrong-issuer' | 'wrong-use';

export type VerifyResult = { ok: true; payload: JWTPayload & Record<string, unknown> } | { ok: false; reason: VerifyFailure };

/** Verifies a pool-issued token with jose at the simulated time `now` (ms). */
export async function verifyJwt(
  token: string,
  keys: readonly KeyRecord[],
  cache: KeyCache,
  now: number,
  expected: { issuer: string; tokenUse: 'id' | 'access' },
): Promise<VerifyResult> {
  // A token this cloud signed carries the kid it was signed under in the header signJwt wrote: it is not decoded again.
  const signedKid = cache.signedHere(token);
  let kid: string | undefined = signedKid;
  if (signedKid === undefined || !keys.some((k) => k.kid === signedKid)) {
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }
  const key = keys.find((k) => k.kid === kid);
  if (!key) return { ok: false, reason: 'unknown-kid' };
  if (signedKid === key.kid) {
    // Byte for byte a token this cloud signed with this key: its signature is valid by construction, so only the claims are
    // checked (as jose would). Any other token, a tampered one included, takes jose's full verification below.
    const payload = (cache.claimsSignedHere(token) ?? decodeJwt(token)) as JWTPayload & Record<string, unknown>;
    if (payload.iss !== expected.issuer) return { ok: false, reason: 'wrong-issuer' };
    if (typeof payload.exp === 'number' && payload.exp <= Math.floor(now / 1000)) return { ok: false, reason: 'expired' };
    if (payload['token_use'] !== expected.tokenUse) return { ok: false, reason: 'wrong-use' };
    return { ok: true, payload };
  }
  try {
    const { payload } = await jwtVerify(token, cache.imported(key, 'public') ?? (await cache.get(key, 'public')), {
      algorithms: ['RS256'],
      currentDate: new Date(now),
      issuer: expected.issuer,
    });
    if (payload['token_use'] !== expected.tokenUse) return { ok: false, reason: 'wrong-use' };
    return { ok: true, payload: payload as JWTPayload & Record<string, unknown> };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JWTClaimValidationFailed) return { ok: false, reason: 'wrong-issuer' };
    if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'bad-signature' };
    return { ok: false, reason: 'malformed' };
  }
}
