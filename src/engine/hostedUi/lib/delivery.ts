/** Where the pool sent a user's code, masked as CodeDeliveryDetails masks it, for the confirmation pages' notice. */
import { codeChannel, maskEmail, maskPhone, type CodePurpose } from '../../userPool/lib/codes';
import { findUser } from '../../userPool/lib/users';
import type { Visit } from '../endpoints';

export function deliveryNotice(visit: Visit, username: string, purpose: CodePurpose, what: string): string {
  const user = username ? findUser(visit.pool, username) : undefined;
  const channel = user ? codeChannel(visit.pool, user, purpose) : undefined;
  if (!user || !channel) return `We have sent a code if the account exists. Enter it below to ${what}.`;
  const value = user.attributes[channel]!;
  const where = channel === 'email' ? `by email to ${maskEmail(value)}` : `by SMS to ${maskPhone(value)}`;
  return `We have sent a code ${where}. Enter it below to ${what}.`;
}
