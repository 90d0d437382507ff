import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import { requiredParameter, type AuthFlowResponse, type AuthParameters } from './authFlow';
import { invalidSessionForUser, openChallenge } from './challengeSessions';
import type { ChallengeSession, UserPoolClientRecord, UserPoolRecord, UserRecord } from '../model';
import { checkPasswordPolicy, hashPassword } from './password';
import { checkAttributes } from './schema';
import { checkSecretHash } from './secretHash';
import { issueTokens } from './tokens';
import { findUser } from './users';

const ATTRIBUTE_PREFIX = 'userAttributes.';

/** Required attributes of the pool's schema the user has no value for, as AWS names them in `requiredAttributes`. */
function missingRequiredAttributes(pool: UserPoolRecord, attributes: Record<string, string>): string[] {
  return pool.settings.SchemaAttributes.filter((a) => a.Required && a.Name !== 'sub' && !attributes[a.Name])
    .map((a) => a.Name)
    .sort();
}

/**
 * The NEW_PASSWORD_REQUIRED challenge a FORCE_CHANGE_PASSWORD user gets after signing in with the temporary password.
 * ChallengeParameters are strings: `requiredAttributes` a JSON array of `userAttributes.<name>` still missing,
 * `userAttributes` a JSON object of the user's attributes (without `sub`, as AWS sends them).
 */
export function newPasswordChallenge(ctx: ActionContext, pool: UserPoolRecord, client: UserPoolClientRecord, user: UserRecord): AuthFlowResponse {
  const Session = openChallenge(ctx, pool, client, user, 'NEW_PASSWORD_REQUIRED');
  const required = missingRequiredAttributes(pool, user.attributes).map((name) => ATTRIBUTE_PREFIX + name);
  return {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session,
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: JSON.stringify(required),
      userAttributes: JSON.stringify(user.attributes),
    },
  };
}

/** `name`, `name and address`, `a, b and c`: how AWS lists what is missing. */
function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Answers NEW_PASSWORD_REQUIRED with `{USERNAME, NEW_PASSWORD, userAttributes.<name>…}`: the new password must meet the policy,
 * required attributes still missing must be supplied; then the user is CONFIRMED and signed in with fresh tokens.
 * A rejected answer leaves the Session usable, so the user can try another password.
 */
export async function answerNewPasswordRequired(
  ctx: ActionContext,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  session: ChallengeSession,
  responses: AuthParameters,
): Promise<AuthFlowResponse> {
  const typed = requiredParameter(responses, 'USERNAME');
  const newPassword = requiredParameter(responses, 'NEW_PASSWORD');
  const user = findUser(pool, typed);
  await checkSecretHash(client, [typed, user?.username ?? typed, user?.sub ?? typed], responses['SECRET_HASH']);
  if (!user || user.username !== session.username) throw invalidSessionForUser();

  checkPasswordPolicy(pool.settings.Policies.PasswordPolicy, newPassword, 'did not conform with');
  const given: Record<string, string> = {};
  for (const [name, value] of Object.entries(responses)) {
    if (name.startsWith(ATTRIBUTE_PREFIX)) given[name.slice(ATTRIBUTE_PREFIX.length)] = value;
  }
  checkAttributes(pool, given, false);
  const missing = missingRequiredAttributes(pool, { ...user.attributes, ...given });
  if (missing.length) throw new CloudError('InvalidParameterException', `Invalid attributes given, ${listNames(missing)} is missing`);

  session.used = true;
  // SIMPLIFIED: a changed email or phone number keeps its *_verified flag; AWS would start a new verification.
  Object.assign(user.attributes, given);
  Object.assign(user, await hashPassword(ctx.random, newPassword));
  user.status = 'CONFIRMED';
  delete user.temporaryPasswordExpiresAt;
  user.modifiedAt = ctx.now;
  const AuthenticationResult = await issueTokens(ctx, pool, client, user, { authTime: ctx.now, withRefreshToken: true });
  return { ChallengeParameters: {}, AuthenticationResult };
}
