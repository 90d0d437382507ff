import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import { HOUR } from '../../kernel/clock';
import type { PendingCode, UserPoolRecord, UserRecord } from '../model';

/** How long AWS honours each kind of code. */
export const CODE_VALIDITY = { signUp: 24 * HOUR, attribute: 24 * HOUR, forgotPassword: 1 * HOUR } as const;

export interface CodeDeliveryDetails {
  Destination: string;
  DeliveryMedium: 'EMAIL' | 'SMS';
  AttributeName: string;
}

/** `abc.xyz@gmail.com` → `a***@g***.com`: first letter of each side, the top-level domain kept. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot >= 0 ? domain.slice(dot) : '';
  return `${email[0]}***@${domain[0] ?? ''}***${tld}`;
}

/** `+12065551234` → `+*******1234`: every digit but the last four hidden. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+/, '');
  return '+' + '*'.repeat(Math.max(0, digits.length - 4)) + digits.slice(-4);
}

export type CodePurpose = 'SignUp' | 'ResendCode' | 'ForgotPassword' | 'UpdateUserAttribute' | 'VerifyUserAttribute';

/**
 * Where a code for this user goes. For sign-up and resends that is the pool's AutoVerifiedAttributes (phone wins if both);
 * for a password reset, the AccountRecoverySetting's order over the user's verified channels.
 * Undefined when the user has nowhere to receive one.
 */
export function codeChannel(pool: UserPoolRecord, user: UserRecord, purpose: CodePurpose, attribute?: string): 'email' | 'phone_number' | undefined {
  const has = (name: 'email' | 'phone_number') => Boolean(user.attributes[name]);
  if (attribute === 'email' || attribute === 'phone_number') return has(attribute) ? attribute : undefined;
  if (purpose === 'ForgotPassword') {
    const verified = (name: 'email' | 'phone_number') => has(name) && user.attributes[`${name}_verified`] === 'true';
    const mechanisms = [
      ...(pool.settings.AccountRecoverySetting?.RecoveryMechanisms ?? [
        { Name: 'verified_phone_number', Priority: 1 },
        { Name: 'verified_email', Priority: 2 },
      ]),
    ].sort((a, b) => a.Priority - b.Priority);
    for (const m of mechanisms) {
      if (m.Name === 'verified_email' && verified('email')) return 'email';
      if (m.Name === 'verified_phone_number' && verified('phone_number')) return 'phone_number';
    }
    return undefined;
  }
  const auto = pool.settings.AutoVerifiedAttributes ?? [];
  if (auto.includes('phone_number') && has('phone_number')) return 'phone_number';
  if (auto.includes('email') && has('email')) return 'email';
  return undefined;
}

/** The default subjects and templates; the pool's VerificationMessageTemplate or EmailVerificationMessage override them. */
function message(pool: UserPoolRecord, purpose: CodePurpose, code: string): { subject: string; body: string } {
  const template = (pool.settings.VerificationMessageTemplate ?? {}) as Record<string, string | undefined>;
  const subject = template['EmailSubject'] ?? (pool.settings['EmailVerificationSubject'] as string | undefined) ?? 'Your verification code';
  const text = template['EmailMessage'] ?? (pool.settings['EmailVerificationMessage'] as string | undefined) ?? 'Your verification code is {####}. ';
  const heading = purpose === 'ForgotPassword' ? 'Your password reset code' : subject;
  return { subject: heading, body: text.replace('{####}', code) };
}

/**
 * Mints a 6-digit code, "sends" it to the outbox and returns it with AWS's CodeDeliveryDetails.
 * Returns undefined when the user has no channel to receive it.
 */
export function sendCode(
  ctx: ActionContext,
  pool: UserPoolRecord,
  user: UserRecord,
  purpose: CodePurpose,
  validity: number,
  attribute?: string,
): { pending: PendingCode; details: CodeDeliveryDetails } | undefined {
  const channel = codeChannel(pool, user, purpose, attribute);
  if (!channel) return undefined;
  const to = user.attributes[channel]!;
  const code = ctx.random.code();
  const destination = channel === 'email' ? maskEmail(to) : maskPhone(to);
  const { subject, body } = message(pool, purpose, code);
  ctx.send({
    userPoolId: pool.Id,
    username: user.username,
    channel: channel === 'email' ? 'EMAIL' : 'SMS',
    to,
    destination,
    subject,
    body,
    code,
    purpose,
  });
  return {
    pending: { code, expiresAt: ctx.now + validity },
    details: { Destination: destination, DeliveryMedium: channel === 'email' ? 'EMAIL' : 'SMS', AttributeName: channel },
  };
}

/**
 * What a client with PreventUserExistenceErrors ENABLED answers where a real answer would reveal whether the user exists
 * (unknown, disabled, or with nowhere to send a code): delivery details that look real, and nothing sent. Per AWS the medium
 * follows the typed username's format and the pool's verification settings; the destination is the same whatever was typed
 * (observed: `u***@y***`, no top-level domain).
 * SIMPLIFIED: how AWS invents the destination is undocumented; ours is derived from the pool id, so it is stable per pool.
 */
export function simulatedCodeDelivery(pool: UserPoolRecord, username: string, purpose: CodePurpose): CodeDeliveryDetails {
  let sms: boolean;
  if (/^\+[0-9]{4,15}$/.test(username)) sms = true;
  else if (username.includes('@')) sms = false;
  else if (purpose === 'ForgotPassword') {
    const mechanisms = [...(pool.settings.AccountRecoverySetting?.RecoveryMechanisms ?? [{ Name: 'verified_phone_number', Priority: 1 }])];
    sms = mechanisms.sort((a, b) => a.Priority - b.Priority)[0]?.Name === 'verified_phone_number';
  } else sms = (pool.settings.AutoVerifiedAttributes ?? []).includes('phone_number');
  let hash = 0;
  for (const c of pool.Id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  if (sms) return { Destination: `+*******${String(hash % 10000).padStart(4, '0')}`, DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
  const letter = (n: number) => 'abcdefghijklmnopqrstuvwxyz'[n % 26]!;
  return { Destination: `${letter(hash)}***@${letter(hash >>> 8)}***`, DeliveryMedium: 'EMAIL', AttributeName: 'email' };
}

/**
 * Checks a code a user typed. Wrong → `CodeMismatchException: Invalid verification code provided, please try again.`;
 * past its time or already used → `ExpiredCodeException: Invalid code provided, please request a code again.`
 */
export function checkCode(ctx: ActionContext, pending: PendingCode | undefined, typed: string): void {
  if (!pending || ctx.now >= pending.expiresAt) {
    throw new CloudError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
  }
  if (pending.code !== typed) {
    throw new CloudError('CodeMismatchException', 'Invalid verification code provided, please try again.');
  }
}
