/**
 * What Cognito asks an OAuth or OpenID Connect provider once the browser is back at `/oauth2/idpresponse` with a code: the
 * code exchanged at the provider's token endpoint, its ID token verified, its user's attributes read with the access
 * token. Every request goes through `ctx.fetch`, so each hop reaches the provider's simulated site and is logged under
 * the visit that needed it. Failures are the words Cognito sends back to the app.
 */
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { ActionContext } from '../../context';
import type { IdentityProviderRecord, ProviderEndpoints } from '../../userPool/model';
import { fetchKeySet, type ProviderKeys } from '../../tokens/providerKeys';

/** Why the sign-in cannot go on: the OAuth `error` and `error_description` Cognito redirects the app with. */
export interface ProviderFailure {
  ok: false;
  error: string;
  description: string;
}

export interface ProviderTokens {
  ok: true;
  accessToken: string;
  idToken?: string;
}

type Json = Record<string, unknown>;

const fail = (error: string, description: string): ProviderFailure => ({ ok: false, error, description });

/** [U] What Cognito says when the provider could not be reached or answered something that is not OAuth. */
function unreachable(provider: IdentityProviderRecord, url: string): ProviderFailure {
  return fail('invalid_request', `${provider.ProviderName} Error - could not get an answer from ${new URL(url).origin}`);
}

/** A JSON answer, or why there is none. `undefined` body: not JSON. The cloud answers a host nobody simulates with UnknownEndpoint. */
async function send(ctx: ActionContext<unknown>, url: string, init: RequestInit): Promise<{ status: number; body: Json | undefined } | 'unreachable'> {
  let response: Response;
  try {
    response = await ctx.fetch(url, init);
  } catch {
    return 'unreachable';
  }
  if (response.headers.get('x-amzn-errortype') === 'UnknownEndpoint') return 'unreachable';
  try {
    const body: unknown = await response.json();
    return { status: response.status, body: body && typeof body === 'object' && !Array.isArray(body) ? (body as Json) : undefined };
  } catch {
    return { status: response.status, body: undefined };
  }
}

/**
 * The authorization code grant at the provider's token endpoint (`client_secret_post`: grant_type, code, redirect_uri =
 * the domain's `/oauth2/idpresponse`, client_id and client_secret from ProviderDetails). A provider's OAuth error is relayed
 * as the developer guide shows it: the provider's `error`, and `<ProviderName> Error - <HTTP status> <error> <description>`.
 */
export async function exchangeCode(
  ctx: ActionContext<unknown>,
  provider: IdentityProviderRecord,
  endpoints: ProviderEndpoints,
  code: string,
  redirectUri: string,
): Promise<ProviderTokens | ProviderFailure> {
  const details = provider.ProviderDetails;
  const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: details.client_id ?? '' });
  // [U] An OIDC provider without a secret is a public client: the secret is left out.
  if (details.client_secret) form.set('client_secret', details.client_secret);
  const answer = await send(ctx, endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
  });
  if (answer === 'unreachable' || !answer.body) return unreachable(provider, endpoints.token);
  const { status, body } = answer;
  if (status !== 200 || typeof body['access_token'] !== 'string') {
    const error = typeof body['error'] === 'string' ? body['error'] : 'invalid_request';
    const description = typeof body['error_description'] === 'string' ? ` ${body['error_description']}` : '';
    return fail(error, `${provider.ProviderName} Error - ${status} ${error}${description}`);
  }
  return { ok: true, accessToken: body['access_token'], ...(typeof body['id_token'] === 'string' ? { idToken: body['id_token'] } : {}) };
}

/** [U] Cognito's words for an ID token it refuses, after the one reported from the field: `Bad id_token issuer <iss>`. */
function refused(description: string): ProviderFailure {
  return fail('invalid_request', description);
}

/** The provider's JWKS (its `jwks_uri`), fetched through the cloud; undefined for a provider that names none. */
export function providerKeySet(ctx: ActionContext<unknown>, endpoints: ProviderEndpoints): Promise<ProviderKeys> | undefined {
  return endpoints.jwks ? fetchKeySet(ctx, endpoints.jwks) : undefined;
}

/**
 * The provider's ID token verified as Cognito verifies it: signed (RS256) by a key of the provider's JWKS (`keySet`, from
 * providerKeySet); `iss` the provider's issuer, `aud` its client_id, `exp` not past at the cloud's clock, and `nonce` the
 * one Cognito sent to the authorize endpoint. Returns its claims.
 */
export async function verifyIdToken(
  ctx: ActionContext<unknown>,
  provider: IdentityProviderRecord,
  endpoints: ProviderEndpoints,
  keySet: Promise<ProviderKeys> | undefined,
  idToken: string,
  nonce: string | undefined,
): Promise<{ ok: true; claims: Json } | ProviderFailure> {
  if (!keySet || !endpoints.jwks) return refused('Bad id_token: the provider has no JWKS');
  const keys = await keySet;
  if (!keys.ok) return unreachable(provider, endpoints.jwks);
  const badSignature = refused('Bad id_token: its signature does not verify with the provider’s keys');
  let kid: string | undefined;
  try {
    kid = decodeProtectedHeader(idToken).kid;
  } catch {
    return badSignature;
  }
  // The key the header names (or the provider's only RSA key when it names none), imported once per cloud: the same key
  // bytes give the same CryptoKey, and importing costs more than verifying.
  const rsa = keys.keys.keys.filter((k) => k.kty === 'RSA');
  const jwk = kid !== undefined ? rsa.find((k) => k.kid === kid) : rsa.length === 1 ? rsa[0] : undefined;
  if (!jwk) return badSignature;
  const record = { kid: jwk.kid ?? '', privateJwk: jwk, publicJwk: jwk };
  let claims: Json;
  try {
    const key = ctx.keyCache.imported(record, 'public') ?? (await ctx.keyCache.get(record, 'public'));
    const verified = await jwtVerify(idToken, key, { algorithms: ['RS256'], currentDate: new Date(ctx.now) });
    claims = verified.payload as Json;
  } catch (error) {
    if (error instanceof errors.JWTExpired) return refused('Bad id_token: the token has expired');
    return badSignature;
  }
  // Google's ID tokens name their issuer with or without the scheme (Google Identity's "Validate an ID token").
  const issuers = provider.ProviderType === 'Google' ? [endpoints.issuer, 'accounts.google.com'] : [endpoints.issuer];
  if (endpoints.issuer !== undefined && !issuers.includes(claims['iss'] as string)) return refused(`Bad id_token issuer ${String(claims['iss'])}`);
  const audience = claims['aud'];
  const clientId = provider.ProviderDetails.client_id;
  if (!(Array.isArray(audience) ? audience.includes(clientId) : audience === clientId)) return refused(`Bad id_token audience ${String(audience)}`);
  if (nonce !== undefined && claims['nonce'] !== nonce) return refused('Bad id_token nonce');
  return { ok: true, claims };
}

/** The claims a Google person's People API fields answer, and the field each needs. [U] which fields Cognito asks for. */
const GOOGLE_FIELDS: Record<string, string> = {
  email: 'emailAddresses',
  email_verified: 'emailAddresses',
  name: 'names',
  given_name: 'names',
  family_name: 'names',
  picture: 'photos',
};

/** Google's `people/me` person as claims: the names, the primary email address and photo, and `sub` from `people/<sub>`. */
function googlePersonClaims(person: Json): Json {
  const first = (field: string): Json | undefined => {
    const list = person[field];
    return Array.isArray(list) && list[0] && typeof list[0] === 'object' ? (list[0] as Json) : undefined;
  };
  const claims: Json = {};
  const resource = person['resourceName'];
  if (typeof resource === 'string' && resource.startsWith('people/')) claims['sub'] = resource.slice('people/'.length);
  const names = first('names');
  if (names) Object.assign(claims, { name: names['displayName'], given_name: names['givenName'], family_name: names['familyName'] });
  const email = first('emailAddresses');
  if (email) Object.assign(claims, { email: email['value'], email_verified: (email['metadata'] as Json | undefined)?.['verified'] });
  const photo = first('photos');
  if (photo) claims['picture'] = photo['url'];
  return Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));
}

/**
 * The user's attributes from the provider's attributes URL, with the access token as a bearer. Google: the People API,
 * its `personFields` appended (ProviderDetails' `attributes_url_add_attributes`) for the claims the AttributeMapping reads;
 * OIDC: the userinfo endpoint, by GET or POST as `attributes_request_method` says. No attributes URL: no claims.
 */
export async function readAttributes(
  ctx: ActionContext<unknown>,
  provider: IdentityProviderRecord,
  endpoints: ProviderEndpoints,
  accessToken: string,
): Promise<{ ok: true; claims: Json } | ProviderFailure> {
  if (!endpoints.attributes) return { ok: true, claims: {} };
  const google = provider.ProviderType === 'Google';
  let url = endpoints.attributes;
  if (provider.ProviderDetails.attributes_url_add_attributes === 'true') {
    const wanted = new Set(Object.values(provider.AttributeMapping).map((claim) => GOOGLE_FIELDS[claim] ?? ''));
    wanted.delete('');
    // The People API refuses an empty mask; with nothing mapped, the names are asked for. [U]
    url += [...(wanted.size ? wanted : ['names'])].sort().join(',');
  }
  const method = !google && provider.ProviderDetails.attributes_request_method === 'POST' ? 'POST' : 'GET';
  const answer = await send(ctx, url, { method, headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } });
  if (answer === 'unreachable' || !answer.body) return unreachable(provider, url);
  if (answer.status !== 200) {
    // [U] An attributes endpoint's refusal, relayed as a token endpoint's is.
    const nested = answer.body['error'];
    const error = typeof nested === 'string' ? nested : 'invalid_request';
    return fail(error, `${provider.ProviderName} Error - ${answer.status} ${error}`);
  }
  return { ok: true, claims: google ? googlePersonClaims(answer.body) : answer.body };
}
