/** One line per claim: what it means in a Cognito token. Times are read against the simulated clock. */
import { userPoolIssuer } from '../../../engine';
import { describeExpiry, formatUtc, relativeTime } from './time';

export type TokenUse = 'id' | 'access';

interface ClaimInfo {
  /** Plain words; may depend on which token carries it. */
  text: string | ((use: TokenUse | undefined) => string);
  /** The value is epoch seconds. */
  time?: boolean;
}

export const CLAIMS: Record<string, ClaimInfo> = {
  sub: {
    text: "The user's permanent unique id in this pool (a UUID). Use it, not the username, as the key in your own database. In a client_credentials token no user signed in: sub is the app client's id, like client_id.",
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
  scope: {
    text: 'What the access token allows, space-separated. Through the API it is aws.cognito.signin.user.admin (user-pool APIs like GetUser); through the hosted UI, the scopes the app asked for that its client may use (openid, email, phone, profile, a resource server’s own); with client_credentials, only a resource server’s custom scopes, <identifier>/<scope name>.',
  },
  auth_time: { text: 'When the user actually signed in. Refreshing tokens keeps this time; only a new sign-in changes it.', time: true },
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
  'cognito:groups': { text: 'The pool groups the user belongs to. Apps and API authorizers use them for role checks: that is authorization.' },
  'cognito:roles': { text: "The IAM role ARNs of the user's groups. An identity pool may choose one of them to hand out AWS credentials." },
  'cognito:preferred_role': { text: 'The role of the group with the best (lowest) precedence. Absent when groups tie.' },
  version: { text: 'The format version of the access token.' },
  device_key: { text: 'The remembered device this sign-in came from.' },
  nonce: { text: 'The value the app sent to the hosted UI, echoed back so the app can detect replayed ID tokens.' },
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
export function explainClaim(name: string, value: unknown, options: { now: number; use?: TokenUse }): string {
  const info = CLAIMS[name];
  let text: string;
  if (info) text = typeof info.text === 'function' ? info.text(options.use) : info.text;
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
