import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { CODE_VALIDITY, sendCode, simulatedCodeDelivery, type CodeDeliveryDetails } from '../lib/codes';
import { getClient } from '../lib/pools';
import { countHourlyRequest } from '../lib/signInAttempts';
import { checkSecretHash } from '../lib/secretHash';
import { findUser, usernameClientNotFound } from '../lib/users';
import { USER_POOL_MESSAGES } from '../lib/messages';

export interface ResendConfirmationCodeRequest {
  ClientId: string;
  Username: string;
  SecretHash?: string;
  ClientMetadata?: Record<string, string>;
}

export interface ResendConfirmationCodeResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails;
}

/**
 * ResendConfirmationCode: sends an unconfirmed user a fresh sign-up code, valid 24 hours; the previous code stops working.
 * Unknown users get `UserNotFoundException: Username/client id combination not found.`, or, when the client has
 * PreventUserExistenceErrors ENABLED, a believable CodeDeliveryDetails and no message (disabled users too).
 */
export async function resendConfirmationCode(ctx: ActionContext, request: ResendConfirmationCodeRequest): Promise<ResendConfirmationCodeResponse> {
  const { pool, client } = getClient(ctx, request.ClientId);
  const user = findUser(pool, request.Username);
  await checkSecretHash(client, [request.Username, user?.username ?? request.Username], request.SecretHash);
  if (!user || !user.enabled) {
    if (client.PreventUserExistenceErrors === 'ENABLED') {
      return { CodeDeliveryDetails: simulatedCodeDelivery(pool, request.Username, 'ResendCode') };
    }
    // Disabled users under LEGACY: wording as InitiateAuth uses it (not documented for this action).
    if (user) throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.userDisabled);
    throw usernameClientNotFound();
  }
  countHourlyRequest(ctx, user, 'ResendConfirmationCode');
  if (user.status !== 'UNCONFIRMED') throw new CloudError('InvalidParameterException', 'User is already confirmed.');
  const sent = sendCode(ctx, pool, user, 'ResendCode', CODE_VALIDITY.signUp);
  // Observed AWS wording when the pool verifies neither email nor phone, or the user has neither.
  if (!sent) throw new CloudError('InvalidParameterException', 'Cannot resend codes. Auto verification not turned on.');
  user.signUpCode = sent.pending;
  return { CodeDeliveryDetails: sent.details };
}
