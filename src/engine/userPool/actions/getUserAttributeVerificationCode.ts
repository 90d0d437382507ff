import { lookup } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { authorizeAccessToken } from '../lib/accessToken';
import { CODE_VALIDITY, sendCode, type CodeDeliveryDetails } from '../lib/codes';
import { countHourlyRequest } from '../lib/signInAttempts';

export interface GetUserAttributeVerificationCodeRequest {
  AccessToken: string;
  AttributeName: string;
  ClientMetadata?: Record<string, string>;
}

export interface GetUserAttributeVerificationCodeResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails;
}

/**
 * GetUserAttributeVerificationCode: sends the signed-in user a code (valid 24 hours) proving they own their email or phone number,
 * to confirm with VerifyUserAttribute. A newer code replaces an older one.
 */
export async function getUserAttributeVerificationCode(
  ctx: ActionContext,
  request: GetUserAttributeVerificationCodeRequest,
): Promise<GetUserAttributeVerificationCodeResponse> {
  const { pool, user } = await authorizeAccessToken(ctx, request.AccessToken);
  countHourlyRequest(ctx, user, 'GetUserAttributeVerificationCode');
  const name = request.AttributeName;
  // [U: wording.] Only email and phone_number can be verified by code.
  if (name !== 'email' && name !== 'phone_number') throw new CloudError('InvalidParameterException', 'Invalid attribute name provided');
  const pending = lookup(user.attributeCodes, name)?.pendingValue;
  const target = pending !== undefined ? { ...user, attributes: { ...user.attributes, [name]: pending } } : user;
  const sent = sendCode(ctx, pool, target, 'VerifyUserAttribute', CODE_VALIDITY.attribute, name);
  // [U: wording.] AWS refuses when the user has no value to send a code to.
  if (!sent) throw new CloudError('InvalidParameterException', `The user has no ${name} to verify`);
  user.attributeCodes[name] = pending !== undefined ? { ...sent.pending, pendingValue: pending } : sent.pending;
  return { CodeDeliveryDetails: sent.details };
}
