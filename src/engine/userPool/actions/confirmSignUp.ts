import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { checkCode, codeChannel } from '../lib/codes';
import { getClient } from '../lib/pools';
import { countHourlyRequest } from '../lib/signInAttempts';
import { checkSecretHash } from '../lib/secretHash';
import { findUser, usernameClientNotFound } from '../lib/users';

export interface ConfirmSignUpRequest {
  ClientId: string;
  Username: string;
  ConfirmationCode: string;
  SecretHash?: string;
  ForceAliasCreation?: boolean;
  ClientMetadata?: Record<string, string>;
}

export type ConfirmSignUpResponse = Record<string, never>;

/**
 * ConfirmSignUp: the code the pool sent proves the user owns the address. The user becomes CONFIRMED and the attribute
 * the code went to becomes verified. Codes are single use and expire after 24 hours. An unknown user gets
 * `UserNotFoundException: Username/client id combination not found.` (LEGACY).
 */
export async function confirmSignUp(ctx: ActionContext, request: ConfirmSignUpRequest): Promise<ConfirmSignUpResponse> {
  const { pool, client } = getClient(ctx, request.ClientId);
  const user = findUser(pool, request.Username);
  await checkSecretHash(client, [request.Username, user?.username ?? request.Username], request.SecretHash);
  if (!user) {
    // ENABLED hides whether the user exists behind the wrong-code answer. [U: AWS documents the error codes for ConfirmSignUp
    // under ENABLED but not which one an unknown user gets.]
    if (client.PreventUserExistenceErrors === 'ENABLED') {
      throw new CloudError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    throw usernameClientNotFound();
  }
  countHourlyRequest(ctx, user, 'ConfirmSignUp');
  if (user.status !== 'UNCONFIRMED') {
    throw new CloudError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.status}`);
  }
  checkCode(ctx, user.signUpCode, request.ConfirmationCode);
  const channel = codeChannel(pool, user, 'SignUp');
  delete user.signUpCode;
  user.status = 'CONFIRMED';
  if (channel) user.attributes[`${channel}_verified`] = 'true';
  user.modifiedAt = ctx.now;
  return {};
}
