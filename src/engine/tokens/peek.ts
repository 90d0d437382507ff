/** Reading a token's claims without verifying it: apart from jwt.ts, so what only peeks (routing a request to its pool) does not bundle jose's verification. */
import { decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import type { KeyCache } from './keys';

/**
 * Reads claims without checking anything: how the cloud finds which pool a token claims to come from. A token this
 * cloud signed is not decoded again (`cache`).
 */
export function peekClaims(token: string, cache?: KeyCache): (JWTPayload & Record<string, unknown>) | undefined {
  const known = cache?.claimsSignedHere(token);
  if (known) return known as JWTPayload & Record<string, unknown>;
  try {
    decodeProtectedHeader(token);
    return decodeJwt(token) as JWTPayload & Record<string, unknown>;
  } catch {
    return undefined;
  }
}
