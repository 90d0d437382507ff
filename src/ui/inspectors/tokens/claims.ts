/** One line per claim: what it means in a Cognito token. Times are read against the simulated clock. */
import { userPoolIssuer } from '../../../engine';
import { describeExpiry, formatUtc, relativeTime } from './time';
import type { JsonObject } from './decode';
import type { TokenOrigin } from './origin';

export type TokenUse = 'id' | 'access';

interface ClaimInfo {
  /** Plain words; may depend on which token carries it, its other claims, and where it came from. */
  text: string | ((use: TokenUse | undefined, about: About) => string);
  /** The value is epoch seconds. */
  time?: boolean;
}

/** What a claim's explanation may read besides its value: the token's other claims and where it came from. */
interface About {
  value: unknown;
  claims: JsonObject;
  origin: TokenOrigin | undefined;
}

/** What each scope word grants. */
const SCOPE_WORDS: Record<string, string> = {
  openid: 'an OpenID Connect sign-in (an ID token, and /oauth2/userInfo answers)',
  email: 'the email and email_verified claims (with openid)',
  phone: 'the phone_number and phone_number_verified claims (with openid)',
  profile: 'every other attribute the app client may read, such as name (with openid)',
  'aws.cognito.signin.user.admin': "the user pool's own user APIs with this token: GetUser, UpdateUserAttributes, ChangePassword…",
};

/** One scope word in plain words: a standard scope, or a resource server's `<identifier>/<scope>`. */
export function explainScopeWord(word: string): string {
  const known = SCOPE_WORDS[word];
  if (known) return `${word}: ${known}`;
  const slash = word.lastIndexOf('/');
  if (slash > 0) return `${word}: the scope ${word.slice(slash + 1)} of the resource server ${word.slice(0, slash)}, whose API decides what it allows`;
  return `${word}: a scope Cognito does not define`;
}

/** A client-credentials access token: issued to an app client, not a user (`sub` is the client id, no `username`). */
export function isMachineToken(claims: JsonObject, origin?: TokenOrigin): boolean {
  if (origin?.grant === 'client_credentials') return true;
  return claims['token_use'] === 'access' && !('username' in claims) && typeof claims['sub'] === 'string' && claims['sub'] === claims['client_id'];
}

function explainScope({ value, claims, origin }: About): string {
  const words = typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
  const where = isMachineToken(claims, origin)
    ? ' A client-credentials token carries only resource servers’ custom scopes: no user signed in.'
    : origin?.hostedUi
      ? ' The hosted UI granted the scopes the app asked for that its client may use.'
      : words.length === 1 && words[0] === 'aws.cognito.signin.user.admin'
        ? ' A sign-in through the API (InitiateAuth) always carries just this one.'
        : '';
  return `What the access token allows, one space-separated word each: ${words.map(explainScopeWord).join('; ') || 'none'}.${where}`;
}

function explainNonce({ value, origin }: About): string {
  const text = 'The nonce the app sent in its authorize request, echoed in the ID token so the app can tell its own sign-in from a replayed token.';
  const sent = origin?.sentNonce;
  if (sent === null) return `${text} The app's authorize request sent none, so this nonce did not come from the app's sign-in and proves nothing to it.`;
  if (sent === undefined) return text;
  return value === sent
    ? `${text} It matches the nonce the app sent (${sent}): this token answers that sign-in.`
    : `${text} It does not match the nonce the app sent (${sent}): the app must reject this token.`;
}

function explainAuthTime({ claims, origin }: About): string {
  if (isMachineToken(claims, origin)) return 'For a client-credentials token, the moment it was issued: no user signed in.';
  if (origin?.hostedUi) {
    return 'When the user signed in on the hosted UI, which began its session then. While that session lasts (1 h), another authorize skips the form and its tokens keep this time; so do refreshed tokens.';
  }
  return 'When the user actually signed in. Refreshing tokens keeps this time; only a new sign-in changes it.';
}

export const CLAIMS: Record<string, ClaimInfo> = {
  sub: {
    text: (_use, { claims, origin }) =>
      isMachineToken(claims, origin)
        ? "The app client's id: a client-credentials token is issued to a machine, not a user, so it has no username and sub names the client, as client_id does."
        : "The user's permanent unique id in this pool (a UUID). Use it, not the username, as the key in your own database.",
  },
  iss: {
    text: `Issuer: the user pool that signed the token. Verifiers compare it with ${userPoolIssuer('<region>_<poolId>').replace('<region>_<poolId>', '<poolId>')}.`,
  },
  aud: { text: 'Audience: the app client id the ID token was issued to. Your app checks it is its own client id.' },
  client_id: { text: 'The app client the access token was issued to. Access tokens carry this instead of aud.' },
  token_use: {
    text: (use) =>
      use === 'access'
        ? 'What the token is for: "access" means it authorizes calls (APIs, GetUser). It says little about who the user is.'
        : 'What the token is for: "id" means it describes who signed in. Do not send it where an access token is expected.',
  },
  scope: { text: (_use, about) => explainScope(about) },
  auth_time: { text: (_use, about) => explainAuthTime(about), time: true },
  iat: { text: 'Issued at: when Cognito signed this token.', time: true },
  exp: { text: 'Expiry: after this instant every verifier must reject the token.', time: true },
  nbf: { text: 'Not before: the token is not valid until this instant.', time: true },
  jti: { text: "JWT id: this token's own unique id." },
  origin_jti: { text: 'The jti of the original sign-in. Tokens refreshed from it share it, so revoking one session revokes them all.' },
  event_id: { text: 'The id of the sign-in event that produced the token (the same in the ID and access token).' },
  'cognito:username': { text: "The user's username in the pool (in the ID token). May be the sub when users sign in with their email." },
  username: { text: "The user's username in the pool (the access token's name for cognito:username)." },
  email: { text: "The user's email attribute, copied from the pool's directory at sign-in." },
  email_verified: { text: 'Whether the user proved they own that email (true after entering a code sent to it).' },
  phone_number: { text: "The user's phone number attribute (E.164, e.g. +14325551212)." },
  phone_number_verified: { text: 'Whether the user proved they own that phone number.' },
  name: { text: "The user's name attribute." },
  given_name: { text: "The user's given (first) name attribute." },
  family_name: { text: "The user's family (last) name attribute." },
  picture: {
    text: "The user's picture attribute: the address of a profile picture (a federated user's comes from the provider, through the attribute mapping).",
  },
  'cognito:groups': { text: 'The pool groups the user belongs to. Apps and API authorizers use them for role checks: that is authorization.' },
  'cognito:roles': { text: "The IAM role ARNs of the user's groups. An identity pool may choose one of them to hand out AWS credentials." },
  'cognito:preferred_role': { text: 'The role of the group with the best (lowest) precedence. Absent when groups tie.' },
  version: { text: 'The format version of the access token.' },
  device_key: { text: 'The remembered device this sign-in came from.' },
  nonce: { text: (_use, about) => explainNonce(about) },
  at_hash: { text: 'A hash of the access token issued alongside, binding the two tokens together.' },
  identities: { text: 'For users who signed in through Google, Facebook, SAML…: which provider and which account there.' },
  amr: { text: 'Authentication methods used, e.g. "authenticated" and the provider.' },
  alg: { text: 'Signing algorithm. Cognito signs with RS256 (RSA + SHA-256); a verifier must refuse anything else, especially "none".' },
  kid: { text: "Key id: which key from the pool's JWKS signed this token. The ID and access tokens use different keys." },
  typ: { text: 'Token type.' },
  cty: { text: 'Content type: "JWT" means the encrypted content is itself a token.' },
  enc: { text: 'Content encryption: A256GCM. Only the pool holds the key, so nobody else can read a refresh token.' },
};

/** One line explaining a claim, including readable times for epoch-second claims. */
export function explainClaim(
  name: string,
  value: unknown,
  options: { now: number; use?: TokenUse; claims?: JsonObject; origin?: TokenOrigin | undefined },
): string {
  const info = CLAIMS[name];
  let text: string;
  if (info)
    text = typeof info.text === 'function' ? info.text(options.use, { value, claims: options.claims ?? { [name]: value }, origin: options.origin }) : info.text;
  else if (name.startsWith('custom:')) text = `A custom attribute the pool defines (${name.slice(7)}); custom attributes are always strings.`;
  else if (name.startsWith('dev:')) text = 'A developer-only attribute: only admin APIs can write it.';
  else text = 'A claim Cognito does not document for this token; it may come from a pre token generation Lambda.';
  if ((info?.time ?? false) && typeof value === 'number') text += ` ${describeTime(name, value, options.now)}`;
  return text;
}

/** `2026-01-15 10:00:00 UTC, expires in 59 min` */
export function describeTime(name: string, seconds: number, now: number): string {
  const when = formatUtc(seconds * 1000);
  if (name === 'exp') return `${when}: ${describeExpiry(seconds, now)}.`;
  return `${when} (${relativeTime(seconds * 1000, now)}).`;
}
