/**
 * The external provider's own ID token, in a federated sign-in: the hosted UI's `/oauth2/idpresponse` trades the code for
 * tokens at the provider's token endpoint (Google's `https://www.googleapis.com/oauth2/v4/token`, an OIDC IdP's
 * `token_endpoint`), a nested request the log keeps with the provider's answer. Read from the log, checked as Cognito
 * checks it against the provider's keys, and mapped claim by claim to the pool's attributes and Cognito's own ID token.
 * Pure logic over jose; no React.
 */
import { compactVerify, createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import type { LogEntry, UserPoolView } from '../../../engine';
import { decodeJwt } from './decode';
import { describeExpiry } from './time';
import type { Check, Verdict } from './verdict';

export interface LoggedProviderToken {
  token: string;
  /** Where the log shows it: a token endpoint's answer, a redirect's fragment (an implicit sign-in), or an app's Logins. */
  from: 'tokenEndpoint' | 'redirect' | 'logins';
  /** The token endpoint that answered it, the redirect that carried it, or the action whose Logins held it. */
  url: string;
  /** The participant's site or service id that answered (`idp-google`, `cognito-identity`). */
  service: string;
  /** The request was made inside the cloud: by the hosted UI, while it answered the browser's `/oauth2/idpresponse`. */
  nested: boolean;
  /** The `iss` it claims. */
  issuer: string;
}

/** Cognito's own tokens (a user pool's `https://cognito-idp.<region>.amazonaws.com/<poolId>`, the identity pool's): not a provider's. */
const isCognitoIssuer = (iss: unknown) => typeof iss === 'string' && /^https:\/\/cognito-(idp\.[^/]+|identity)\.amazonaws\.com(\/|$)/.test(iss);

/** A provider's ID token: a JWT with an issuer that is not Cognito. */
function providerIssuer(token: unknown): string | undefined {
  if (typeof token !== 'string' || token.split('.').length !== 3) return undefined;
  const iss = decodeJwt(token).payload?.['iss'];
  return typeof iss === 'string' && !isCognitoIssuer(iss) ? iss : undefined;
}

/** The `id_token` a redirect carries in its fragment (response_type=id_token), if any. */
function fragmentToken(location: string | undefined): string | undefined {
  const hash = location?.split('#')[1];
  return hash ? (new URLSearchParams(hash).get('id_token') ?? undefined) : undefined;
}

/**
 * The newest provider ID token in the log: a token endpoint's answer whose `id_token` Cognito did not issue, an `id_token`
 * a provider's redirect carried in its fragment, or a token an app passed in Logins (GetId, GetCredentialsForIdentity).
 */
export function lastProviderToken(entries: readonly LogEntry[]): LoggedProviderToken | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const base = { service: entry.service, nested: Boolean(entry.parent) };
    const answered = (entry.response as { id_token?: unknown } | undefined)?.id_token;
    const answeredIss = providerIssuer(answered);
    if (answeredIss) return { ...base, token: answered as string, from: 'tokenEndpoint', url: entry.http.request.url, issuer: answeredIss };
    const logins = (entry.request as { Logins?: unknown } | undefined)?.Logins;
    const login = logins && typeof logins === 'object' ? Object.values(logins).find((v) => providerIssuer(v)) : undefined;
    if (typeof login === 'string') return { ...base, token: login, from: 'logins', url: entry.action, issuer: providerIssuer(login)! };
    const carried = fragmentToken(entry.http.response.headers['location']);
    const carriedIss = providerIssuer(carried);
    if (carriedIss) return { ...base, token: carried!, from: 'redirect', url: entry.http.request.url.split('?')[0]!, issuer: carriedIss };
  }
  return undefined;
}

type ProviderView = UserPoolView['identityProviders'][number];

/** The pool's provider whose ID tokens carry this issuer. */
export function providerFor(pool: UserPoolView | undefined, issuer: string): ProviderView | undefined {
  return pool?.identityProviders.find((p) => p.endpoints?.issuer === issuer);
}

/** What each claim of a provider's ID token means (OpenID Connect Core §2 and §5.1; Google's `azp`). */
export const PROVIDER_CLAIMS: Record<string, string> = {
  iss: 'Issuer: the provider. Whoever checks the token (a user pool, an identity pool) compares it with the issuer it trusts.',
  azp: 'Authorized party: the client the token was issued to (Google sets it).',
  aud: 'Audience: the client the provider issued it to. A user pool checks it is its provider’s client_id; an identity pool, the client id its login provider names. Never a user pool app client.',
  sub: 'The user’s id at the provider. A user pool names its user <ProviderName>_<sub> (identities records it); an identity pool keys the identity on it.',
  email: 'The email address the provider holds for the user.',
  email_verified: 'Whether the provider verified that email.',
  at_hash: 'Half a SHA-256 of the access token sent with it: binds the two together.',
  nonce: 'The nonce the client (Cognito’s hosted UI, or your app) sent in its authorize request: proves this answer is for that request.',
  name: 'The user’s full name at the provider.',
  given_name: 'First name.',
  family_name: 'Last name.',
  picture: 'A link to the profile picture.',
  iat: 'Issued at.',
  exp: 'Expiry: refused after it.',
};

export interface ProviderVerifyOptions {
  token: string;
  jwks: JSONWebKeySet;
  /** The provider's issuer as the pool knows it. */
  issuer: string;
  /** The client id Cognito uses at the provider, when the pool's provider is known. */
  clientId?: string | undefined;
  jwksUrl: string;
  /** Simulated time, epoch ms. */
  now: number;
  /** Who checks it: a user pool's hosted UI (its provider known), or anyone holding the provider's published keys. */
  checkedBy: 'userPool' | 'anyone';
}

const WORDS = {
  userPool: {
    accepted: 'Valid at the simulated time: Cognito takes it at /oauth2/idpresponse and signs the provider’s user in to the pool.',
    refused: 'Cognito would refuse it at /oauth2/idpresponse and sign no one in',
  },
  anyone: {
    accepted: 'Valid at the simulated time: signed by the provider, whose published keys anyone (an identity pool, STS) checks it with.',
    refused: 'Anyone checking it with the provider’s published keys (an identity pool, STS) would refuse it',
  },
};

/** Where a provider publishes its keys: its discovery document's `jwks_uri` (OpenID Connect Discovery §4). */
export const discoveryUrl = (issuer: string) => `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;

async function signatureCheck(options: ProviderVerifyOptions, header: Record<string, unknown>): Promise<Check> {
  const label = 'Signature';
  const { jwks, jwksUrl, token } = options;
  if (header['alg'] !== 'RS256')
    return { id: 'signature', label, ok: false, reason: `The header says alg "${String(header['alg'])}"; the provider signs with RS256.` };
  const kid = header['kid'];
  if (!jwks.keys.some((k) => k.kid === kid))
    return { id: 'signature', label, ok: false, reason: `No key with kid "${String(kid)}" at ${jwksUrl}: the provider did not sign it.` };
  try {
    await compactVerify(token, createLocalJWKSet(jwks), { algorithms: ['RS256'] });
    return { id: 'signature', label, ok: true, reason: `RS256 signature matches key ${String(kid)} from the provider’s keys at ${jwksUrl}.` };
  } catch {
    return {
      id: 'signature',
      label,
      ok: false,
      reason: 'The signature does not match the header and payload: the token was changed after the provider signed it.',
    };
  }
}

function claimChecks(payload: Record<string, unknown>, options: ProviderVerifyOptions): Check[] {
  const checks: Check[] = [];
  const iss = payload['iss'];
  checks.push(
    iss === options.issuer
      ? { id: 'iss', label: 'iss', ok: true, reason: `Issued by ${options.issuer}${options.checkedBy === 'userPool' ? ', the provider the pool trusts' : ''}.` }
      : { id: 'iss', label: 'iss', ok: false, reason: `iss is ${JSON.stringify(iss)}; the provider is ${options.issuer}.` },
  );
  if (options.clientId) {
    const aud = payload['aud'];
    const ok = aud === options.clientId || (Array.isArray(aud) && aud.includes(options.clientId));
    checks.push(
      ok
        ? { id: 'aud', label: 'aud', ok, reason: `Issued to Cognito’s client at the provider (${options.clientId}).` }
        : { id: 'aud', label: 'aud', ok, reason: `aud is ${JSON.stringify(aud)}, not Cognito’s client at the provider (${options.clientId}).` },
    );
  }
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

async function joseCheck(options: ProviderVerifyOptions): Promise<Check | undefined> {
  try {
    await jwtVerify(options.token, createLocalJWKSet(options.jwks), {
      issuer: options.issuer,
      ...(options.clientId ? { audience: options.clientId } : {}),
      currentDate: new Date(options.now),
      algorithms: ['RS256'],
    });
    return undefined;
  } catch (error) {
    return { id: 'other', label: 'jose', ok: false, reason: error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : String(error) };
  }
}

/** Checks the provider's ID token as Cognito does before it signs the user in, and explains each check. Never throws. */
export async function verifyProviderToken(options: ProviderVerifyOptions): Promise<Verdict> {
  const decoded = decodeJwt(options.token);
  if (decoded.problem || !decoded.payload || !decoded.header) {
    const reason = decoded.problem ?? 'Not a JWT.';
    return { ok: false, checks: [{ id: 'format', label: 'Format', ok: false, reason }], summary: `${WORDS[options.checkedBy].refused}: ${reason}` };
  }
  const checks = [await signatureCheck(options, decoded.header), ...claimChecks(decoded.payload, options)];
  if (checks.every((c) => c.ok)) {
    const extra = await joseCheck(options);
    if (extra) checks.push(extra);
  }
  const failed = checks.find((c) => !c.ok);
  const words = WORDS[options.checkedBy];
  return { ok: !failed, checks, summary: failed ? `${words.refused}. ${failed.label}: ${failed.reason}` : words.accepted };
}

export interface MappingHop {
  /** The provider's claim (the AttributeMapping row's value). */
  claim: string;
  providerValue: unknown;
  /** The pool attribute it fills (the row's key). */
  attribute: string;
  /** What the pool user holds now, if the read model has the user. */
  poolValue: string | undefined;
  /** The claim of Cognito's ID token that carries the attribute. */
  cognitoClaim: string;
  cognitoValue: unknown;
}

/** `username` names the user, whose ID token says `cognito:username`; every other attribute keeps its name as a claim. */
const claimOfAttribute = (attribute: string) => (attribute === 'username' ? 'cognito:username' : attribute);

/**
 * The AttributeMapping rows, hop by hop: provider claim → pool attribute → Cognito ID token claim, with the values each
 * holds. A pool username from `username` is `<ProviderName>_<value>` (signInFederatedUser).
 */
export function mappingHops(
  mapping: Record<string, string>,
  providerClaims: Record<string, unknown>,
  user: { username: string; attributes: Record<string, string> } | undefined,
  cognitoClaims: Record<string, unknown> | undefined,
): MappingHop[] {
  return Object.entries(mapping).map(([attribute, claim]) => {
    const cognitoClaim = claimOfAttribute(attribute);
    return {
      claim,
      providerValue: providerClaims[claim],
      attribute,
      poolValue: attribute === 'username' ? user?.username : user?.attributes[attribute],
      cognitoClaim,
      cognitoValue: cognitoClaims?.[cognitoClaim],
    };
  });
}
