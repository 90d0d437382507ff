/**
 * The identity pool's own OpenID token: an RS512 JWT from https://cognito-identity.amazonaws.com whose `sub` is the
 * identity and `aud` the identity pool. The app receives it from GetOpenIdToken (the basic flow) and hands it to STS; in
 * the enhanced flow the pool hands it to STS itself inside GetCredentialsForIdentity. Read from the log, decoded, and
 * checked as STS's AssumeRoleWithWebIdentity checks it, with the keys the pool publishes. Pure logic over jose; no React.
 */
import { compactVerify, createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { cognitoIdentity, type LogEntry } from '../../../engine';
import { decodeJwt } from './decode';
import { describeExpiry, formatUtc } from './time';
import type { Check, Verdict } from './verdict';

/** The identity pool service's own host (its OpenID tokens' issuer, where their keys are public). */
const HOST = cognitoIdentity.hosts?.[0] ?? `${cognitoIdentity.endpointPrefix}.amazonaws.com`;
export const OPENID_ISSUER = `https://${HOST}`;
/** Where the pool publishes its keys (its discovery document's `jwks_uri`). */
export const OPENID_JWKS_URL = `${OPENID_ISSUER}/.well-known/jwks_uri`;

export interface LoggedOpenIdToken {
  token: string;
  /** The action that carried it: `GetOpenIdToken` (to the app) or `AssumeRoleWithWebIdentity` (to STS). */
  from: string;
  /** A call the identity pool made itself, inside the app's GetCredentialsForIdentity (the enhanced flow). */
  insideCloud: boolean;
}

const isOpenIdToken = (token: unknown): token is string => typeof token === 'string' && decodeJwt(token).payload?.['iss'] === OPENID_ISSUER;

/** The newest identity-pool OpenID token in the log: a GetOpenIdToken answer's, or the one STS was given. */
export function lastOpenIdToken(entries: readonly LogEntry[]): LoggedOpenIdToken | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const answered = (entry.response as { Token?: unknown } | undefined)?.Token;
    if (isOpenIdToken(answered)) return { token: answered, from: entry.action, insideCloud: Boolean(entry.parent) };
    const given = (entry.request as { WebIdentityToken?: unknown } | undefined)?.WebIdentityToken;
    if (isOpenIdToken(given)) return { token: given, from: entry.action, insideCloud: Boolean(entry.parent) };
  }
  return undefined;
}

/** What each claim of the OpenID token means. */
export const OPENID_CLAIMS: Record<string, string> = {
  sub: 'The identity: its IdentityId ({region}:{uuid}), the same for every device the user signs in on.',
  aud: `Audience: the identity pool. A role’s trust policy names it in ${HOST}:aud.`,
  amr: `How the identity signed in: "unauthenticated" for a guest, or "authenticated" and the login’s provider. Trust policies test it in ${HOST}:amr.`,
  iss: `Issuer: the identity pool service itself, ${OPENID_ISSUER}, not the user pool.`,
  iat: 'Issued at: when the identity pool signed it.',
  exp: 'Expiry: ten minutes after it was issued; STS refuses it after that.',
  'https://aws.amazon.com/tags': 'Principal tags the enhanced flow passes to STS as session tags.',
};

export const OPENID_TIME_CLAIMS = new Set(['iat', 'exp']);

/** A claim's value in words: times as UTC and how far from now. */
export function claimText(name: string, value: unknown, now: number): string {
  if (OPENID_TIME_CLAIMS.has(name) && typeof value === 'number') return `${formatUtc(value * 1000)} (${describeExpiry(value, now)})`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface OpenIdVerifyOptions {
  token: string;
  jwks: JSONWebKeySet;
  /** The identity pool the token should be for (its `aud`), when the lesson has one. */
  identityPoolId?: string | undefined;
  /** Simulated time, epoch ms. */
  now: number;
}

const ACCEPTED = 'Valid at the simulated time: STS’s AssumeRoleWithWebIdentity would take it for a role whose trust policy trusts this identity pool.';
const REFUSED = 'STS’s AssumeRoleWithWebIdentity would refuse it';

async function signatureCheck(token: string, jwks: JSONWebKeySet, header: Record<string, unknown>): Promise<Check> {
  const label = 'Signature';
  if (header['alg'] !== 'RS512')
    return { id: 'signature', label, ok: false, reason: `The header says alg "${String(header['alg'])}"; the identity pool signs with RS512.` };
  const kid = header['kid'];
  if (!jwks.keys.some((k) => k.kid === kid))
    return { id: 'signature', label, ok: false, reason: `No key with kid "${String(kid)}" at ${OPENID_JWKS_URL}: the identity pool did not sign it.` };
  try {
    await compactVerify(token, createLocalJWKSet(jwks), { algorithms: ['RS512'] });
    return { id: 'signature', label, ok: true, reason: `RS512 signature matches key ${String(kid)} from ${OPENID_JWKS_URL}.` };
  } catch {
    return {
      id: 'signature',
      label,
      ok: false,
      reason: 'The signature does not match the header and payload: the token was changed after the identity pool signed it.',
    };
  }
}

function claimChecks(payload: Record<string, unknown>, options: OpenIdVerifyOptions): Check[] {
  const checks: Check[] = [];
  const iss = payload['iss'];
  checks.push(
    iss === OPENID_ISSUER
      ? { id: 'iss', label: 'iss', ok: true, reason: 'Issued by the identity pool service.' }
      : { id: 'iss', label: 'iss', ok: false, reason: `iss is ${JSON.stringify(iss)}, not ${OPENID_ISSUER}.` },
  );
  const aud = payload['aud'];
  if (options.identityPoolId)
    checks.push(
      aud === options.identityPoolId
        ? { id: 'aud', label: 'aud', ok: true, reason: `For this identity pool (${options.identityPoolId}).` }
        : {
            id: 'aud',
            label: 'aud',
            ok: false,
            reason: `aud is ${JSON.stringify(aud)}, not this identity pool (${options.identityPoolId}): a trust policy naming this pool would not match.`,
          },
    );
  const amr = payload['amr'];
  const kind =
    Array.isArray(amr) && amr.includes('authenticated')
      ? 'an authenticated identity'
      : Array.isArray(amr) && amr.includes('unauthenticated')
        ? 'a guest'
        : undefined;
  checks.push(
    kind
      ? {
          id: 'other',
          label: 'amr',
          ok: true,
          reason: `Says ${kind}: a trust policy allows ${kind === 'a guest' ? '"unauthenticated"' : '"authenticated"'} identities to take its role.`,
        }
      : { id: 'other', label: 'amr', ok: false, reason: 'No amr saying "authenticated" or "unauthenticated": no Cognito trust policy can match it.' },
  );
  const exp = payload['exp'];
  if (typeof exp !== 'number') checks.push({ id: 'exp', label: 'exp', ok: false, reason: 'No numeric exp claim.' });
  else
    checks.push({
      id: 'exp',
      label: 'exp',
      ok: exp * 1000 > options.now,
      reason: `${describeExpiry(exp, options.now).replace(/^./, (c) => c.toUpperCase())}.`,
    });
  return checks;
}

/** jose's own verification too, so anything the checks above miss (nbf, a malformed claim) still refuses it. */
async function joseCheck(options: OpenIdVerifyOptions): Promise<Check | undefined> {
  try {
    await jwtVerify(options.token, createLocalJWKSet(options.jwks), {
      issuer: OPENID_ISSUER,
      ...(options.identityPoolId ? { audience: options.identityPoolId } : {}),
      currentDate: new Date(options.now),
      algorithms: ['RS512'],
    });
    return undefined;
  } catch (error) {
    return { id: 'other', label: 'jose', ok: false, reason: error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : String(error) };
  }
}

/** Checks the OpenID token as STS does before it looks at the role's trust policy, and explains each check. Never throws. */
export async function verifyOpenIdToken(options: OpenIdVerifyOptions): Promise<Verdict> {
  const decoded = decodeJwt(options.token);
  if (decoded.problem || !decoded.payload || !decoded.header) {
    const reason = decoded.problem ?? 'Not a JWT.';
    return { ok: false, checks: [{ id: 'format', label: 'Format', ok: false, reason }], summary: `${REFUSED}: ${reason}` };
  }
  const checks = [await signatureCheck(options.token, options.jwks, decoded.header), ...claimChecks(decoded.payload, options)];
  if (checks.every((c) => c.ok)) {
    const extra = await joseCheck(options);
    if (extra) checks.push(extra);
  }
  const failed = checks.find((c) => !c.ok);
  const code = failed?.id === 'exp' ? 'ExpiredTokenException' : 'InvalidIdentityToken';
  return { ok: !failed, checks, summary: failed ? `${REFUSED} with ${code}. ${failed.label}: ${failed.reason}` : ACCEPTED };
}
