import { lookup } from '../../kernel/records';
import type { ActionContext } from './context';
import { DAY, HOUR, MINUTE, SECOND } from '../../kernel/clock';
import type { Random } from '../../kernel/ids';
import { signJwt } from '../../tokens/jwt';
import type { KeyRecord } from '../../tokens/keys';
import type { TimeUnit, UserPoolClientRecord, UserPoolRecord, UserRecord } from '../model';
import { identitiesOf } from './federatedUsers';
import { poolIssuer } from './pools';

const UNIT_MS: Record<TimeUnit, number> = { seconds: SECOND, minutes: MINUTE, hours: HOUR, days: DAY };

/** Token lifetimes from the client's settings, in ms. */
export function tokenLifetimes(client: UserPoolClientRecord): { id: number; access: number; refresh: number } {
  const u = client.TokenValidityUnits;
  return {
    id: client.IdTokenValidity * UNIT_MS[u.IdToken],
    access: client.AccessTokenValidity * UNIT_MS[u.AccessToken],
    refresh: client.RefreshTokenValidity * UNIT_MS[u.RefreshToken],
  };
}

export interface AuthenticationResultType {
  AccessToken: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
  RefreshToken?: string;
  IdToken: string;
}

/** The pool's groups the user belongs to, best (lowest Precedence) first. */
function groupsOf(pool: UserPoolRecord, user: UserRecord) {
  return user.groups
    .map((name) => lookup(pool.groups, name))
    .filter((g) => g !== undefined)
    .sort((a, b) => (a.Precedence ?? Infinity) - (b.Precedence ?? Infinity));
}

/** `cognito:preferred_role`: the role of the group with the lowest Precedence; absent on a tie or without roles. */
function preferredRole(groups: ReturnType<typeof groupsOf>): string | undefined {
  const withRoles = groups.filter((g) => g.RoleArn);
  const best = withRoles[0];
  if (!best) return undefined;
  const tie = withRoles.filter((g) => (g.Precedence ?? Infinity) === (best.Precedence ?? Infinity));
  return tie.length === 1 ? best.RoleArn : undefined;
}

/**
 * The ID token's `identities` claim of a federated or linked user: the `identities` attribute's entries with `primary`
 * and `dateCreated` as strings, as Cognito writes them in tokens [O: `"primary":"true","dateCreated":"1682704282933"`].
 * [U] that it is there whatever the client's ReadAttributes say.
 */
function identitiesClaim(user: UserRecord): { identities?: unknown[] } {
  const entries = identitiesOf(user);
  if (entries.length === 0) return {};
  return { identities: entries.map((e) => ({ ...e, primary: String(e.primary), dateCreated: String(e.dateCreated) })) };
}

/** The one scope of tokens from InitiateAuth and RespondToAuthChallenge. */
const API_SCOPES = ['aws.cognito.signin.user.admin'];

const BOOLEAN_ATTRIBUTES = new Set(['email_verified', 'phone_number_verified']);

export interface IssueOptions {
  /** Epoch ms of the original sign-in: kept on refresh. */
  authTime: number;
  /** The jti of the original authentication: kept on refresh. Minted when absent. */
  originJti?: string;
  /** Sign-ins get a refresh token; refreshes do not. */
  withRefreshToken: boolean;
  /**
   * The scopes the hosted UI granted, for the access token's `scope` (and the refresh token, which keeps them). Absent: a
   * sign-in through the API, whose access token carries only `aws.cognito.signin.user.admin`.
   */
  scopes?: string[];
  /** The `nonce` the app sent to `/oauth2/authorize`, echoed in the ID token. */
  nonce?: string;
}

/**
 * The two tokens' claims for a sign-in at `now`, their ids drawn from `random` in one fixed order (origin_jti unless kept,
 * event_id, the ID token's jti, the access token's jti), so the same draws give the same claims.
 */
function tokenClaims(random: Random, now: number, pool: UserPoolRecord, client: UserPoolClientRecord, user: UserRecord, options: IssueOptions) {
  const lifetimes = tokenLifetimes(client);
  const iat = Math.floor(now / 1000);
  const authTime = Math.floor(options.authTime / 1000);
  const originJti = options.originJti ?? random.uuid();
  const eventId = random.uuid();
  const iss = poolIssuer(pool);
  const groups = groupsOf(pool, user);
  const groupClaims: Record<string, unknown> = groups.length ? { 'cognito:groups': groups.map((g) => g.GroupName) } : {};
  const roles = groups.map((g) => g.RoleArn).filter((r): r is string => Boolean(r));
  const preferred = preferredRole(groups);

  const readable = client.ReadAttributes;
  const attributeClaims: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'identities' || (readable && !readable.includes(name))) continue;
    attributeClaims[name] = BOOLEAN_ATTRIBUTES.has(name) ? value === 'true' : value;
  }
  const { email_verified, phone_number_verified, ...otherAttributes } = attributeClaims;

  const idClaims = {
    sub: user.sub,
    ...groupClaims,
    ...(email_verified !== undefined ? { email_verified } : {}),
    ...(phone_number_verified !== undefined ? { phone_number_verified } : {}),
    ...(preferred ? { 'cognito:preferred_role': preferred } : {}),
    ...(roles.length ? { 'cognito:roles': roles } : {}),
    iss,
    'cognito:username': user.username,
    origin_jti: originJti,
    aud: client.ClientId,
    ...identitiesClaim(user),
    event_id: eventId,
    token_use: 'id',
    auth_time: authTime,
    iat,
    exp: iat + lifetimes.id / 1000,
    jti: random.uuid(),
    ...otherAttributes,
    ...(options.nonce !== undefined ? { nonce: options.nonce } : {}),
  };
  const accessClaims = {
    sub: user.sub,
    ...groupClaims,
    iss,
    client_id: client.ClientId,
    origin_jti: originJti,
    event_id: eventId,
    token_use: 'access',
    scope: (options.scopes ?? API_SCOPES).join(' '),
    auth_time: authTime,
    iat,
    exp: iat + lifetimes.access / 1000,
    jti: random.uuid(),
    username: user.username,
  };
  return { idClaims, accessClaims, originJti, lifetimes };
}

/** A token's signature: the one started ahead for exactly these claims (startTokens), else a new one. */
function signToken(ctx: ActionContext, claims: Record<string, unknown>, key: KeyRecord): Promise<string> {
  const started = ctx.keyCache.takeStarted(claims, key, 'RS256');
  return started ? started.catch(() => signJwt(claims, key, ctx.keyCache)) : signJwt(claims, key, ctx.keyCache);
}

/**
 * Starts signing, in the background, the tokens the next request will need if it redeems what this one issued (an
 * authorization code) at the same simulated instant: the app posts the code to `/oauth2/token` right after the redirect.
 * The claims are drawn from a copy of the generator as that request will find it, so nothing is drawn here; RS256
 * signatures are deterministic, so a request that draws the same claims takes (once) the very bytes it would sign. Any
 * other next request, a moved clock or a changed user draws other claims, and those tokens are signed then as usual.
 */
export function startTokens(ctx: ActionContext, pool: UserPoolRecord, client: UserPoolClientRecord, user: UserRecord, options: IssueOptions): void {
  const { idClaims, accessClaims } = tokenClaims(ctx.nextRequestRandom(), ctx.now, pool, client, user, options);
  ctx.keyCache.start(idClaims, pool.keys.id, 'RS256', () => signJwt(idClaims, pool.keys.id, ctx.keyCache));
  ctx.keyCache.start(accessClaims, pool.keys.access, 'RS256', () => signJwt(accessClaims, pool.keys.access, ctx.keyCache));
}

/** Signs the ID and access tokens (and mints a refresh token) exactly as the pool would, claims per Cognito's documentation. */
export async function issueTokens(
  ctx: ActionContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  user: UserRecord,
  options: IssueOptions,
): Promise<AuthenticationResultType> {
  const { idClaims, accessClaims, originJti, lifetimes } = tokenClaims(ctx.random, ctx.now, pool, client, user, options);
  const signing = Promise.all([signToken(ctx, idClaims, pool.keys.id), signToken(ctx, accessClaims, pool.keys.access)]);
  // The refresh token is minted while the signatures run (it draws from the generator after the jtis, as before); it is
  // kept only once both are signed.
  const RefreshToken = options.withRefreshToken ? mintRefreshToken(ctx) : undefined;
  const [IdToken, AccessToken] = await signing;
  const ExpiresIn = lifetimes.access / 1000;
  if (RefreshToken === undefined) return { AccessToken, ExpiresIn, TokenType: 'Bearer', IdToken };
  pool.refreshTokens[RefreshToken] = {
    username: user.username,
    clientId: client.ClientId,
    originJti,
    authTime: options.authTime,
    expiresAt: ctx.now + lifetimes.refresh,
    revoked: false,
    ...(options.scopes ? { scopes: options.scopes } : {}),
  };
  return { AccessToken, ExpiresIn, TokenType: 'Bearer', RefreshToken, IdToken };
}

const REFRESH_HEADER = btoa(JSON.stringify({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' }))
  .replace(/=+$/, '')
  .replace(/\+/g, '-')
  .replace(/\//g, '_');

/**
 * Cognito's refresh token is a 5-part JWE only Cognito can open.
 * SIMPLIFIED: ours has the real header but random segments; the pool looks the token up rather than decrypting it.
 */
function mintRefreshToken(ctx: ActionContext): string {
  return [REFRESH_HEADER, ctx.random.base64url(342), ctx.random.base64url(16), ctx.random.base64url(480), ctx.random.base64url(22)].join('.');
}
