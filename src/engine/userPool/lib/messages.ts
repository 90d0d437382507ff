/**
 * The user pool's error messages that flows and the UI tell apart, exactly as AWS words them ([O]: observed in real
 * answers; see the facts sheet). Code that reacts to an answer compares its code and one of these, never the wording.
 */
export const USER_POOL_MESSAGES = {
  passwordFlowNotEnabled: 'USER_PASSWORD_AUTH flow not enabled for this client',
  adminFlowNotEnabled: 'Auth flow not enabled for this client',
  incorrectCredentials: 'Incorrect username or password.',
  passwordAttemptsExceeded: 'Password attempts exceeded',
  userDisabled: 'User is disabled.',
  userNotConfirmed: 'User is not confirmed.',
  accessTokenRevoked: 'Access Token has been revoked',
  accessTokenExpired: 'Access Token has expired',
  refreshTokenRevoked: 'Refresh Token has been revoked',
  refreshTokenExpired: 'Refresh Token has expired',
  invalidRefreshToken: 'Invalid Refresh Token',
  temporaryPasswordExpired: 'Temporary password has expired and must be reset by an administrator.',
  sessionExpired: 'Invalid session for the user, session is expired.',
  sessionUsed: 'Invalid session for the user, session can only be used once.',
  sessionInvalid: 'Invalid session provided for the user.',
  noRecoveryChannel: 'Cannot reset password for the user as there is no registered/verified email or phone_number',
  alreadyConfirmed: 'User cannot be confirmed. Current status is CONFIRMED',
  attemptLimitExceeded: 'Attempt limit exceeded, please try after some time.',
  secretNotReceived: (clientId: string) => `Client ${clientId} is configured for secret but secret was not received`,
  secretHashMismatch: (clientId: string) => `Unable to verify secret hash for client ${clientId}`,
} as const;
