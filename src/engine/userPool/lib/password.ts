import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { CloudError } from '../../kernel/errors';
import type { Random } from '../../kernel/ids';
import type { PasswordPolicy, UserRecord } from '../model';

/** Any of these counts as a symbol in a Cognito password policy (a space too). */
const SYMBOLS = new Set(' ^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-');

/**
 * AWS words policy failures two ways: SignUp, AdminCreateUser and the NEW_PASSWORD_REQUIRED answer say
 * "Password did not conform with policy", ChangePassword, ConfirmForgotPassword and AdminSetUserPassword say
 * "Password does not conform to policy". (Which operation uses which is observed, not documented.)
 */
export type PolicyWording = 'did not conform with' | 'does not conform to';

/** Checks a password against the pool's policy: `InvalidPasswordException: Password did not conform with policy: Password not long enough`. */
export function checkPasswordPolicy(policy: PasswordPolicy, password: string, wording: PolicyWording = 'did not conform with'): void {
  const fail = (reason: string) => {
    throw new CloudError('InvalidPasswordException', `Password ${wording} policy: ${reason}`);
  };
  if ([...password].length < policy.MinimumLength) fail('Password not long enough');
  if (policy.RequireLowercase && !/[a-z]/.test(password)) fail('Password must have lowercase characters');
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) fail('Password must have uppercase characters');
  if (policy.RequireNumbers && !/[0-9]/.test(password)) fail('Password must have numeric characters');
  if (policy.RequireSymbols && ![...password].some((c) => SYMBOLS.has(c))) fail('Password must have symbol characters');
}

// Synchronous SHA-256 (@noble/hashes): WebCrypto's digest is asynchronous and its round trip costs more than the hash.
function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A salted SHA-256 of the password: the cloud never keeps a password in the clear, even in a snapshot. */
export async function hashPassword(random: Random, password: string): Promise<{ passwordSalt: string; passwordHash: string }> {
  const passwordSalt = random.hex(16);
  return { passwordSalt, passwordHash: sha256Hex(passwordSalt + password) };
}

export async function passwordMatches(user: Pick<UserRecord, 'passwordSalt' | 'passwordHash'>, password: string): Promise<boolean> {
  return sha256Hex(user.passwordSalt + password) === user.passwordHash;
}
