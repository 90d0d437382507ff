/**
 * What a Cognito-aware verifier (API Gateway's Cognito authorizer, aws-jwt-verify, your API) decides about a token,
 * check by check, at simulated time. Pure logic over jose; no React.
 */
import { compactVerify, createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { userPoolIssuer } from '../../../engine';
import { decodeJwt } from './decode';
import { describeExpiry } from './time';
import type { TokenUse } from './claims';

export type CheckId = 'format' | 'signature' | 'iss' | 'aud' | 'client_id' | 'token_use' | 'exp' | 'other';

export interface Check {
  id: CheckId;
  /** What is checked, e.g. "Signature", "iss". */
  label: string;
  ok: boolean;
  /** Why it passed or failed, in words. */
  reason: string;
}

export interface Verdict {
  ok: boolean;
  checks: Check[];
  /** One sentence: accepted, or why the authorizer answers 401. */
  summary: string;
}

export interface VerifyOptions {
  token: string;
  /** The token kind the verifier expects (an API taking access tokens expects 'access'). */
  expect: TokenUse;
  jwks: JSONWebKeySet;
  /** `https://cognito-idp.<region>.amazonaws.com/<poolId>` */
  issuer: string;
  clientId: string;
  /** Simulated time, epoch ms. */
  now: number;
}

const VALID = "Valid at the simulated time: API Gateway's Cognito authorizer would accept it and pass the claims to your backend.";
/** API Gateway takes an ID token only when the method has no OAuth scopes: with scopes it wants an access token that carries them. */
export const ID_TOKEN_SCOPES = 'It does so unless the authorizer is configured with OAuth scopes: scopes require the access token.';
export const REJECTED = "As API Gateway's Cognito authorizer would reject it: 401 Unauthorized.";

async function checkSignature(token: string, jwks: JSONWebKeySet, header: Record<string, unknown> | undefined): Promise<Check> {
  const label = 'Signature';
  const alg = header?.['alg'];
  if (alg !== 'RS256') {
    return { id: 'signature', label, ok: false, reason: `The header says alg "${String(alg)}"; Cognito tokens are RS256 and verifiers refuse anything else.` };
  }
  const kid = header?.['kid'];
  if (!jwks.keys.some((k) => k.kid === kid)) {
    return { id: 'signature', label, ok: false, reason: `No key with kid "${String(kid)}" in the pool's JWKS: this pool did not sign it.` };
  }
  try {
    await compactVerify(token, createLocalJWKSet(jwks), { algorithms: ['RS256'] });
    return { id: 'signature', label, ok: true, reason: `RS256 signature matches key ${String(kid).slice(0, 12)}… from the pool's JWKS.` };
  } catch {
    return {
      id: 'signature',
      label,
      ok: false,
      reason: 'The signature does not match the header and payload: the token was changed after Cognito signed it.',
    };
  }
}

function claimChecks(payload: Record<string, unknown>, options: VerifyOptions): Check[] {
  const checks: Check[] = [];
  const iss = payload['iss'];
  checks.push(
    iss === options.issuer
      ? { id: 'iss', label: 'iss', ok: true, reason: 'Issued by this user pool.' }
      : { id: 'iss', label: 'iss', ok: false, reason: `iss is ${JSON.stringify(iss)}; this API trusts only ${options.issuer}.` },
  );
  const audienceClaim = options.expect === 'id' ? 'aud' : 'client_id';
  const audience = payload[audienceClaim];
  const audOk = audience === options.clientId || (Array.isArray(audience) && audience.includes(options.clientId));
  checks.push(
    audOk
      ? { id: audienceClaim, label: audienceClaim, ok: true, reason: `Issued to this app client (${options.clientId}).` }
      : {
          id: audienceClaim,
          label: audienceClaim,
          ok: false,
          reason:
            audience === undefined
              ? `No ${audienceClaim} claim: ${options.expect === 'id' ? 'access tokens carry client_id, not aud' : 'ID tokens carry aud, not client_id'}.`
              : `${audienceClaim} is ${JSON.stringify(audience)}, not this app client (${options.clientId}).`,
        },
  );
  const use = payload['token_use'];
  checks.push(
    use === options.expect
      ? { id: 'token_use', label: 'token_use', ok: true, reason: `An ${options.expect === 'id' ? 'ID' : 'access'} token, as expected.` }
      : {
          id: 'token_use',
          label: 'token_use',
          ok: false,
          reason: `token_use is ${JSON.stringify(use)} but this verifier expects "${options.expect}": an ${
            options.expect === 'id' ? 'ID' : 'access'
          } token is required here.`,
        },
  );
  const exp = payload['exp'];
  if (typeof exp !== 'number') checks.push({ id: 'exp', label: 'exp', ok: false, reason: 'No numeric exp claim.' });
  else {
    const alive = exp * 1000 > options.now;
    checks.push({ id: 'exp', label: 'exp', ok: alive, reason: `${describeExpiry(exp, options.now).replace(/^./, (c) => c.toUpperCase())}.` });
  }
  return checks;
}

/** Runs jose's own verification too, so anything our per-check view misses (nbf, a bad typ…) still rejects the token. */
async function joseCheck(options: VerifyOptions): Promise<Check | undefined> {
  try {
    await jwtVerify(options.token, createLocalJWKSet(options.jwks), {
      issuer: options.issuer,
      ...(options.expect === 'id' ? { audience: options.clientId } : {}),
      currentDate: new Date(options.now),
      algorithms: ['RS256'],
    });
    return undefined;
  } catch (error) {
    if (error instanceof errors.JOSEError) return { id: 'other', label: 'jose', ok: false, reason: `${error.code}: ${error.message}` };
    return { id: 'other', label: 'jose', ok: false, reason: String(error) };
  }
}

/** Verifies a token the way a Cognito verifier does and explains each check. Never throws. */
export async function verifyToken(options: VerifyOptions): Promise<Verdict> {
  const decoded = decodeJwt(options.token);
  if (decoded.problem || !decoded.payload || !decoded.header) {
    const reason = decoded.problem ?? 'Not a JWT.';
    return { ok: false, checks: [{ id: 'format', label: 'Format', ok: false, reason }], summary: `${REJECTED} ${reason}` };
  }
  const checks = [await checkSignature(options.token, options.jwks, decoded.header), ...claimChecks(decoded.payload, options)];
  if (checks.every((c) => c.ok)) {
    const extra = await joseCheck(options);
    if (extra) checks.push(extra);
  }
  const failed = checks.find((c) => !c.ok);
  const summary = failed
    ? `${REJECTED} ${failed.label === 'Signature' ? 'Signature' : failed.label}: ${failed.reason}`
    : decoded.payload['token_use'] === 'id'
      ? `${VALID} ${ID_TOKEN_SCOPES}`
      : VALID;
  return { ok: !failed, checks, summary };
}

/** The JWKS address a verifier fetches for a pool. */
export function jwksUrl(issuer: string): string {
  return `${issuer}/.well-known/jwks.json`;
}

/** The issuer of a pool: `https://cognito-idp.<region>.amazonaws.com/<poolId>` (the region is the part of the id before `_`). */
export function issuerFor(poolId: string): string {
  return userPoolIssuer(poolId);
}
