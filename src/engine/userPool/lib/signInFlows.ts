import { lookup } from '../../kernel/records';
import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import { challengeNotSimulated, requiredParameter, type AuthFlowResponse, type AuthParameters } from './authFlow';
import { findChallengeSession } from './challengeSessions';
import type { UserPoolClientRecord, UserPoolRecord } from '../model';
import { answerNewPasswordRequired, newPasswordChallenge } from './newPasswordRequired';
import { checkSecretHash } from './secretHash';
import { checkSignInPassword } from './signInAttempts';
import { issueTokens } from './tokens';
import { findUser, userNotFound } from './users';
import { USER_POOL_MESSAGES } from './messages';

/*
 * The sign-in logic InitiateAuth and AdminInitiateAuth (and the two RespondToAuthChallenge actions) share.
 * The entry points only find the pool and client and check which flows the client allows.
 */

const incorrect = () => new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.incorrectCredentials);
const disabled = () => new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.userDisabled);

/**
 * USER_PASSWORD_AUTH / ADMIN_USER_PASSWORD_AUTH with `{USERNAME, PASSWORD, SECRET_HASH?}`.
 * Checks in AWS's order: secret hash, user exists (LEGACY says so, ENABLED hides it), enabled, not awaiting a reset (ENABLED hides that too),
 * the password (with the lockout), and only then whether the user is confirmed or must choose a new password.
 */
export async function signInWithPassword(
  ctx: ActionContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  parameters: AuthParameters,
): Promise<AuthFlowResponse> {
  const typed = requiredParameter(parameters, 'USERNAME');
  const password = requiredParameter(parameters, 'PASSWORD');
  const user = findUser(pool, typed);
  await checkSecretHash(client, [typed, user?.username ?? typed], parameters['SECRET_HASH']);
  if (!user) throw client.PreventUserExistenceErrors === 'ENABLED' ? incorrect() : userNotFound();
  if (!user.enabled) throw disabled();
  if (user.status === 'RESET_REQUIRED') {
    // The guide (cognito-user-pool-managing-errors) says ENABLED answers imported users awaiting a reset with the generic
    // error; we apply it to every RESET_REQUIRED user (AdminResetUserPassword too) [U].
    if (client.PreventUserExistenceErrors === 'ENABLED') throw incorrect();
    throw new CloudError('PasswordResetRequiredException', 'Password reset required for the user');
  }
  await checkSignInPassword(ctx, user, password);
  if (user.status === 'UNCONFIRMED') throw new CloudError('UserNotConfirmedException', USER_POOL_MESSAGES.userNotConfirmed);
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    if (user.temporaryPasswordExpiresAt !== undefined && ctx.now > user.temporaryPasswordExpiresAt) {
      throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.temporaryPasswordExpired);
    }
    return newPasswordChallenge(ctx, pool, client, user);
  }
  const AuthenticationResult = await issueTokens(ctx, pool, client, user, { authTime: ctx.now, withRefreshToken: true });
  return { ChallengeParameters: {}, AuthenticationResult };
}

/**
 * REFRESH_TOKEN_AUTH (alias REFRESH_TOKEN) with `{REFRESH_TOKEN, SECRET_HASH?}`: new ID and access tokens that keep the
 * original sign-in's `auth_time` and `origin_jti`, and no new refresh token.
 * For a client with a secret, SECRET_HASH may be computed over the username or the `sub`.
 */
export async function signInWithRefreshToken(
  ctx: ActionContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  parameters: AuthParameters,
): Promise<AuthFlowResponse> {
  const token = requiredParameter(parameters, 'REFRESH_TOKEN');
  const record = lookup(pool.refreshTokens, token);
  // AWS answers "Invalid Refresh Token" for tokens it cannot read: unknown ones, another client's, a deleted user's.
  const invalid = () => new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.invalidRefreshToken);
  if (!record || record.clientId !== client.ClientId) throw invalid();
  const user = findUser(pool, record.username);
  if (!user) throw invalid();
  await checkSecretHash(client, [user.username, user.sub], parameters['SECRET_HASH']);
  if (record.revoked) throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.refreshTokenRevoked);
  if (ctx.now > record.expiresAt) throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.refreshTokenExpired);
  if (!user.enabled) throw disabled();
  const AuthenticationResult = await issueTokens(ctx, pool, client, user, {
    authTime: record.authTime,
    originJti: record.originJti,
    withRefreshToken: false,
    // [U] A hosted UI sign-in's refresh token keeps its scopes when refreshed through the API.
    ...(record.scopes ? { scopes: record.scopes } : {}),
  });
  return { ChallengeParameters: {}, AuthenticationResult };
}

export interface ChallengeAnswer {
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: AuthParameters;
}

/** RespondToAuthChallenge / AdminRespondToAuthChallenge: finds the Session's challenge and answers it. */
export async function answerChallenge(
  ctx: ActionContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  answer: ChallengeAnswer,
): Promise<AuthFlowResponse> {
  switch (answer.ChallengeName) {
    case 'NEW_PASSWORD_REQUIRED': {
      const session = findChallengeSession(ctx, pool, client, answer.Session, answer.ChallengeName);
      return answerNewPasswordRequired(ctx, pool, client, session, answer.ChallengeResponses ?? {});
    }
    default:
      throw challengeNotSimulated(answer.ChallengeName);
  }
}
