/**
 * AWS errors in words a learner understands, with the way out. The AWS code and message are always shown beside them.
 * Pure, so it is unit-tested. It compares AWS's codes and the engine's message constants, never patterns over the wording.
 */
import { USER_POOL_MESSAGES as M } from '../../engine';

export type WayOut = { label: string; event: { type: string } } | { label: string; clockMs: number };

export interface ErrorWords {
  words: string;
  wayOut?: WayOut;
}

const HOUR = 3_600_000;

export function explainError(error: { code: string; message: string }): ErrorWords {
  const { code, message } = error;
  switch (code) {
    case 'CodeMismatchException':
      return { words: 'That code is wrong.' };
    case 'ExpiredCodeException':
      return {
        words: 'That code has expired or was replaced by a newer one: ask for a new code.',
        wayOut: { label: 'Send a new code', event: { type: 'code.resend' } },
      };
    case 'InvalidPasswordException':
      return { words: "The password does not meet the pool's password policy." };
    case 'UsernameExistsException':
      return { words: 'Someone already signed up with that username.' };
    case 'UserNotConfirmedException':
      return { words: 'This user has signed up but has not entered the emailed code yet, so the pool will not let them sign in.' };
    case 'UserNotFoundException':
      return { words: 'There is no user with that username in this pool.' };
    case 'LimitExceededException':
      return { words: 'Too many attempts in a short time: the pool wants you to wait.', wayOut: { label: 'Let an hour pass', clockMs: HOUR } };
    case 'TooManyFailedAttemptsException':
      return { words: 'Too many wrong codes: this code can no longer be used.', wayOut: { label: 'Send a new code', event: { type: 'code.resend' } } };
    case 'TooManyRequestsException':
      return { words: 'The pool is throttling requests: slow down.' };
    case 'ResourceNotFoundException':
      return { words: 'The user pool or app client this app uses does not exist.' };
    case 'PasswordResetRequiredException':
      return {
        words: 'An administrator reset this password: the user must choose a new one with a reset code.',
        wayOut: { label: 'Reset the password', event: { type: 'forgot.start' } },
      };
    case 'InvalidParameterException':
      if (message === M.passwordFlowNotEnabled || message === M.adminFlowNotEnabled) {
        return {
          words: 'This app client does not allow signing in with a username and password (USER_PASSWORD_AUTH is off by default).',
          wayOut: { label: 'Allow USER_PASSWORD_AUTH on the app client', event: { type: 'client.allowPasswordAuth' } },
        };
      }
      if (message === M.noRecoveryChannel) return { words: 'The user has no verified email or phone number to send a reset code to.' };
      return { words: 'The request had a value the pool does not accept.' };
    case 'NotAuthorizedException':
      return notAuthorized(message);
    case 'AccessDenied':
    case 'AccessDeniedException':
      return { words: accessDeniedWords(error.message) };
    case 'InvalidIdentityPoolConfigurationException':
      return { words: 'The identity pool’s role for this identity is missing, or its trust policy does not accept the identity pool’s token.' };
    case 'ResourceConflictException':
      return { words: 'Another device pushed a change to this record first: the device must pull it and settle the conflict before it pushes again.' };
    case 'ExpiredToken':
    case 'ExpiredTokenException':
      return {
        words: 'The temporary AWS credentials have expired: the app needs fresh ones.',
        wayOut: { label: 'Get fresh credentials', event: { type: 'credentials.refresh' } },
      };
    // OAuth 2.0's token endpoint (RFC 6749 §5.2), on the pool's domain.
    case 'invalid_client':
      return { words: 'The token endpoint could not authenticate the app client: check the client id and the secret sent.' };
    case 'invalid_grant':
      return {
        words: 'The token endpoint refused the code or refresh token: it is unknown, used, expired, or not bound to this client, callback or verifier.',
      };
    case 'invalid_scope':
      return { words: 'The token endpoint could grant none of the scopes asked for.' };
    case 'unauthorized_client':
      return { words: 'This app client is not allowed that OAuth grant.' };
    case 'invalid_request':
      return { words: 'The token endpoint found the request malformed: a parameter is missing or repeated.' };
    default:
      return { words: 'The user pool refused the request.' };
  }
}

const SIGN_IN_AGAIN: WayOut = { label: 'Sign in again', event: { type: 'signIn.restart' } };

/** NotAuthorizedException says many things; each of AWS's messages gets its own words. */
function notAuthorized(message: string): ErrorWords {
  switch (message) {
    case M.incorrectCredentials:
      return { words: 'Wrong username or password.' };
    case M.passwordAttemptsExceeded:
      return {
        words:
          'Too many wrong passwords: the pool locks sign-in for this user, from one second after the fifth failure, doubling up to about 15 minutes. ' +
          'The simulated clock only moves when you move it, so the lock lasts until you do.',
        wayOut: { label: 'Let an hour pass', clockMs: HOUR },
      };
    case M.accessTokenRevoked:
    case M.refreshTokenRevoked:
      return { words: 'This sign-in was revoked (a global sign-out): the pool no longer accepts its tokens.', wayOut: SIGN_IN_AGAIN };
    case M.accessTokenExpired:
    case M.refreshTokenExpired:
      return { words: 'The token has expired: refresh it, or sign in again.', wayOut: SIGN_IN_AGAIN };
    case M.temporaryPasswordExpired:
      return { words: 'The temporary password has expired: an administrator must reset it.' };
    case M.invalidRefreshToken:
      return { words: 'The refresh token is no longer valid (expired or revoked): sign in again.', wayOut: SIGN_IN_AGAIN };
    case M.alreadyConfirmed:
      return { words: 'This user is already confirmed.' };
    case M.userDisabled:
      return { words: 'An administrator disabled this user.' };
    case M.sessionExpired:
    case M.sessionUsed:
    case M.sessionInvalid:
      return { words: 'The sign-in session expired or was already used: sign in again.', wayOut: SIGN_IN_AGAIN };
    default:
      return { words: 'The pool did not accept these credentials.' };
  }
}

/** Why AWS said AccessDenied, read from its own message: STS's trust refusal, or IAM's explicit or implicit deny. */
function accessDeniedWords(message: string): string {
  if (message.includes('sts:AssumeRoleWithWebIdentity'))
    return 'STS refused to hand out the role: its trust policy does not accept this token (its aud or amr condition, or the provider).';
  if (message.includes('sts:AssumeRoleWithSAML'))
    return 'STS refused to hand out the role: the assertion’s Role attribute does not offer it through this SAML provider, or its trust policy does not accept the assertion (the provider, or a SAML: condition).';
  if (message.includes('with an explicit deny')) return 'AWS denied the request: a Deny statement in one of the policies forbids this action.';
  if (message.includes('no session policy allows'))
    return 'AWS denied the request: the role may allow it, but these credentials also carry a session policy (a guest’s scope-down), and none of its statements allows this action.';
  return 'AWS denied the request: no statement in the policies of these credentials allows this action on this resource (an implicit deny).';
}
