/**
 * Who asks, with what, and who decides, for every cognito-idp action the simulator answers: one table keyed by AWS action
 * name, with the authorization type the Amazon Cognito API reference documents for it ("Authorization types"):
 * - `public`: unauthenticated; the app sends the ClientId (and SECRET_HASH when its client has a secret), unsigned;
 * - `token`: token-authorized; the user's access token in the body, unsigned; the user pool checks it;
 * - `iam`: IAM-authorized; signed with SigV4 by AWS credentials; IAM decides whether the caller may.
 * Your own API (the `yourApi` site) is a fourth kind, `bearer`: the token in the Authorization header, your API deciding.
 * The hosted UI's pages and endpoints have their rows in `hostedUiDecides.ts`, the identity providers' in `providerDecides.ts`.
 * The authentication / authorization label of each message follows from it. The identity side (identity pools, STS, IAM,
 * S3, Sync) has its own table, `identityDecides.ts`.
 */
import { decodeJwt } from 'jose';
import { hostedUi, INVENTORY_SCOPE, yourApi, type LogEntry } from '../../engine';
import { hostedUiDecides } from './hostedUiDecides';
import { isProviderSite, providerDecides } from './providerDecides';
import { identityDecides, type IdentityEntry } from './identityDecides';

export type AuthorizationType = 'public' | 'token' | 'iam' | 'bearer';

/** What `whoDecides` reads of a log entry: the action and request, and for a site's entry its service and HTTP headers. */
export type DecidedEntry = Pick<LogEntry, 'action' | 'request'> &
  Omit<IdentityEntry, 'action' | 'request'> & {
    service?: string;
    http?: { request: { headers: Record<string, string>; body?: unknown } };
  };

/** What a message does: proves who someone is, lets someone do something, or neither (no one's identity is checked). */
export type MessageLabel = 'authentication' | 'authorization' | 'public';

export interface WhoDecides {
  type: AuthorizationType;
  /** Who sends it: "anyone", "the user", "an AWS administrator". */
  who: string;
  /** What the request carries that matters. */
  with: string;
  /** Who decides, and on what. */
  decides: string;
  label: MessageLabel;
  /** The simulator checks the signature and IAM's decision for it (the identity side); the user pool's calls it does not. */
  iamChecked?: boolean;
}

const CLIENT = 'the ClientId';
const POOL = 'the user pool decides';
const ADMIN = 'an AWS administrator';
const SIGV4 = 'AWS credentials, signed with SigV4';
const IAM = 'IAM decides';

const anyone = (what: string, decides = 'no identity is checked'): WhoDecides => ({ type: 'public', who: 'anyone', with: what, decides, label: 'public' });
const proving = (what: string, decides: string): WhoDecides => ({ type: 'public', who: 'the user', with: what, decides, label: 'authentication' });
const user = (decides = `${POOL}: the token must be valid and not revoked`): WhoDecides => ({
  type: 'token',
  who: 'the user',
  with: 'an access token',
  decides,
  label: 'authorization',
});
const admin = (decides = IAM, label: MessageLabel = 'authorization'): WhoDecides => ({ type: 'iam', who: ADMIN, with: SIGV4, decides, label });

/** Every cognito-idp action the simulated pool answers, and the pool's two public documents. */
export const WHO_DECIDES = {
  // Pools, app clients and groups: the developer's calls, from the console or the CLI.
  CreateUserPool: admin(),
  DescribeUserPool: admin(),
  ListUserPools: admin(),
  UpdateUserPool: admin(),
  DeleteUserPool: admin(),
  CreateUserPoolClient: admin(),
  // The hosted UI's domain and resource servers.
  CreateUserPoolDomain: admin(),
  DescribeUserPoolDomain: admin(),
  UpdateUserPoolDomain: admin(),
  DeleteUserPoolDomain: admin(),
  CreateResourceServer: admin(),
  DescribeResourceServer: admin(),
  ListResourceServers: admin(),
  UpdateResourceServer: admin(),
  DeleteResourceServer: admin(),
  // The pool's external identity providers (federation), set up by the developer.
  CreateIdentityProvider: admin(),
  DescribeIdentityProvider: admin(),
  ListIdentityProviders: admin(),
  UpdateIdentityProvider: admin(),
  DeleteIdentityProvider: admin(),
  GetIdentityProviderByIdentifier: admin(),
  DescribeUserPoolClient: admin(),
  UpdateUserPoolClient: admin(),
  ListUserPoolClients: admin(),
  DeleteUserPoolClient: admin(),
  CreateGroup: admin(),
  GetGroup: admin(),
  ListGroups: admin(),
  // Unauthenticated: they prove no one's identity.
  SignUp: anyone(CLIENT),
  ResendConfirmationCode: anyone(CLIENT),
  ForgotPassword: anyone(CLIENT),
  // Unauthenticated, but the caller proves something: a code sent to the address, a password, a challenge's answer.
  ConfirmSignUp: proving(`the code sent to them and ${CLIENT}`, `${POOL}: the code proves they hold the address`),
  ConfirmForgotPassword: proving(`the code sent to them, a new password and ${CLIENT}`, `${POOL}: the code proves they hold the address`),
  InitiateAuth: proving(`a password (or refresh token) and ${CLIENT}`, POOL),
  RespondToAuthChallenge: proving(`the challenge's answer, its session and ${CLIENT}`, POOL),
  RevokeToken: { type: 'public', who: 'the user', with: `a refresh token and ${CLIENT}`, decides: POOL, label: 'authorization' },
  // Token-authorized: the user's own calls.
  GetUser: user(),
  UpdateUserAttributes: user(),
  GetUserAttributeVerificationCode: user(),
  VerifyUserAttribute: user(),
  ChangePassword: user(`${POOL}: the token, and the previous password`),
  GlobalSignOut: user(),
  DeleteUser: user(),
  // IAM-authorized: an app's back end or an administrator acting on a user.
  AdminInitiateAuth: admin(`${IAM} who may call; the user pool checks the password`, 'authentication'),
  AdminRespondToAuthChallenge: admin(`${IAM} who may call; the user pool checks the answer`, 'authentication'),
  AdminCreateUser: admin(),
  AdminGetUser: admin(),
  AdminConfirmSignUp: admin(),
  AdminSetUserPassword: admin(),
  AdminDisableUser: admin(),
  AdminEnableUser: admin(),
  AdminDeleteUser: admin(),
  AdminResetUserPassword: admin(),
  AdminUserGlobalSignOut: admin(),
  AdminUpdateUserAttributes: admin(),
  AdminAddUserToGroup: admin(),
  AdminRemoveUserFromGroup: admin(),
  AdminListGroupsForUser: admin(),
  ListUsersInGroup: admin(),
  ListUsers: admin(),
  AdminLinkProviderForUser: admin(),
  AdminDisableProviderForUser: admin(),
  // The pool's well-known documents: plain GETs.
  GetJwks: anyone('nothing: a public document'),
  GetOpenIdConfiguration: anyone('nothing: a public document'),
} satisfies Record<string, WhoDecides>;

const UNKNOWN: WhoDecides = admin();

/** Whether a request carries a SECRET_HASH (its app client has a secret), at the top or in its AuthParameters. */
function hasSecretHash(request: Record<string, unknown>): boolean {
  const params = request['AuthParameters'] as Record<string, unknown> | undefined;
  return typeof request['SecretHash'] === 'string' || typeof params?.['SECRET_HASH'] === 'string';
}

/** The `token_use` of the bearer token a request carries in its Authorization header, unverified, if it has one. */
export function bearerTokenUse(headers: Record<string, string> | undefined): string | undefined {
  const header = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
  const token = header && /^Bearer\s+(\S+)/i.exec(header)?.[1];
  if (!token) return undefined;
  try {
    const use = decodeJwt(token)['token_use'];
    return typeof use === 'string' ? use : undefined;
  } catch {
    return undefined;
  }
}

/** "the access token", "the ID token", or "a bearer token" when it is neither. */
export function bearerWords(use: string | undefined): string {
  return use === 'access' ? 'the access token' : use === 'id' ? 'the ID token' : 'a bearer token';
}

/** Your API: the user's token in the Authorization header; your API decides, and the pool decides a revocation check. */
function yourApiRow(entry: DecidedEntry): WhoDecides {
  if (entry.action.endsWith(' /inventory')) {
    return {
      type: 'bearer',
      who: 'the caller (a back-end job with its own token, or an app with a user’s)',
      with: `${bearerWords(bearerTokenUse(entry.http?.request.headers))} in the Authorization header`,
      decides: `your API decides: it verifies the token with the JWKS, then wants the custom scope ${INVENTORY_SCOPE} in it`,
      label: 'authorization',
    };
  }
  const request = (entry.request ?? {}) as Record<string, unknown>;
  const revocation = request['checkRevocation'] === 'true';
  return {
    type: 'bearer',
    who: 'the user',
    with: `${bearerWords(bearerTokenUse(entry.http?.request.headers))} in the Authorization header`,
    decides: revocation
      ? 'your API decides: it verifies the token with the JWKS, and the user pool decides whether it was revoked (GetUser)'
      : 'your API decides: it verifies the token with the JWKS, without asking the pool',
    label: 'authorization',
  };
}

/** The table's row for one request, refined by what it carries (which AuthFlow, whether a SECRET_HASH). */
export function whoDecides(entry: DecidedEntry): WhoDecides {
  if (entry.service === yourApi.id) return yourApiRow(entry);
  if (entry.service === hostedUi.id) return hostedUiDecides(entry);
  if (isProviderSite(entry)) return providerDecides(entry);
  const identitySide = identityDecides(entry);
  if (identitySide) return identitySide;
  const row: WhoDecides = (WHO_DECIDES as Record<string, WhoDecides>)[entry.action] ?? UNKNOWN;
  const request = entry.request && typeof entry.request === 'object' ? (entry.request as Record<string, unknown>) : {};
  let carries = row.with;
  if (entry.action === 'InitiateAuth') {
    const flow = request['AuthFlow'];
    if (flow === 'REFRESH_TOKEN_AUTH' || flow === 'REFRESH_TOKEN') carries = `a refresh token and ${CLIENT}`;
    else if (flow === 'USER_SRP_AUTH') carries = `an SRP proof of the password and ${CLIENT}`;
    else if (flow === 'USER_PASSWORD_AUTH') carries = `a password and ${CLIENT}`;
  }
  if (row.type === 'public' && hasSecretHash(request)) carries = `${carries} and SECRET_HASH`;
  return { ...row, with: carries };
}

/** "Who asks: anyone, with the ClientId; no identity is checked." */
export function whoDecidesText(row: WhoDecides): string {
  return `${row.who}, with ${row.with}; ${row.decides}`;
}

/** The message's label, from the table. */
export function labelOf(entry: DecidedEntry): MessageLabel {
  return whoDecides(entry).label;
}

/** How the label reads in a message: "authentication", "authorization", or "no identity checked". */
export function labelText(label: MessageLabel): string {
  return label === 'public' ? 'no identity checked' : label;
}
