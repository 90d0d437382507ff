import { lookup } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { authorizeAccessToken } from '../lib/accessToken';
import { checkCode } from '../lib/codes';
import { countHourlyRequest } from '../lib/signInAttempts';

export interface VerifyUserAttributeRequest {
  AccessToken: string;
  AttributeName: string;
  Code: string;
}

export type VerifyUserAttributeResponse = Record<string, never>;

/**
 * VerifyUserAttribute: the signed-in user proves they own their email or phone number with the code the pool sent
 * (valid 24 hours, single use); `<attribute>_verified` becomes `"true"`. A change held back until verification
 * (AttributesRequireVerificationBeforeUpdate) takes effect now.
 */
export async function verifyUserAttribute(ctx: ActionContext, request: VerifyUserAttributeRequest): Promise<VerifyUserAttributeResponse> {
  const { user } = await authorizeAccessToken(ctx, request.AccessToken);
  countHourlyRequest(ctx, user, 'VerifyUserAttribute');
  const name = request.AttributeName;
  // [U: wording.] Only email and phone_number are verified by code.
  if (name !== 'email' && name !== 'phone_number') throw new CloudError('InvalidParameterException', 'Invalid attribute name provided');
  const pending = lookup(user.attributeCodes, name);
  checkCode(ctx, pending, request.Code);
  if (pending?.pendingValue !== undefined) user.attributes[name] = pending.pendingValue;
  user.attributes[`${name}_verified`] = 'true';
  delete user.attributeCodes[name];
  user.modifiedAt = ctx.now;
  return {};
}
