import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { CODE_VALIDITY, sendCode, simulatedCodeDelivery, type CodeDeliveryDetails } from '../lib/codes';
import { getClient } from '../lib/pools';
import { checkSecretHash } from '../lib/secretHash';
import { findUser, usernameClientNotFound } from '../lib/users';
import { USER_POOL_MESSAGES } from '../lib/messages';

export interface ForgotPasswordRequest {
  ClientId: string;
  Username: string;
  SecretHash?: string;
  ClientMetadata?: Record<string, string>;
}

export interface ForgotPasswordResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails;
}

/**
 * ForgotPassword: sends a password-reset code, valid 1 hour, to the first verified channel in the pool's AccountRecoverySetting
 * (default: verified phone, then verified email). The current password keeps working until ConfirmForgotPassword.
 * Unknown users get `UserNotFoundException: Username/client id combination not found.`; users with no verified email or phone,
 * `InvalidParameterException`. With PreventUserExistenceErrors ENABLED, all of these get a simulated CodeDeliveryDetails instead.
 */
export async function forgotPassword(ctx: ActionContext, request: ForgotPasswordRequest): Promise<ForgotPasswordResponse> {
  const { pool, client } = getClient(ctx, request.ClientId);
  const user = findUser(pool, request.Username);
  await checkSecretHash(client, [request.Username, user?.username ?? request.Username], request.SecretHash);
  const hide = client.PreventUserExistenceErrors === 'ENABLED';
  const simulated = () => ({ CodeDeliveryDetails: simulatedCodeDelivery(pool, request.Username, 'ForgotPassword') });
  if (!user) {
    if (hide) return simulated();
    throw usernameClientNotFound();
  }
  if (!user.enabled) {
    if (hide) return simulated();
    // [U: wording for this action; the same words InitiateAuth uses.]
    throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.userDisabled);
  }
  const sent = sendCode(ctx, pool, user, 'ForgotPassword', CODE_VALIDITY.forgotPassword);
  if (!sent) {
    if (hide) return simulated();
    throw new CloudError('InvalidParameterException', USER_POOL_MESSAGES.noRecoveryChannel);
  }
  user.forgotPasswordCode = sent.pending;
  return { CodeDeliveryDetails: sent.details };
}
