import { lookup, store } from '../../kernel/records';
import { CloudError } from '../../kernel/errors';
import type { AttributeType, UserPoolRecord, UserRecord } from '../model';

/**
 * Whether the pool ignores case in what users type to name themselves. AWS (API reference, UsernameConfigurationType):
 * `CaseSensitive` true is the default, and then "users must sign in using the exact capitalization of their given username";
 * false "also enables both preferred_username and email alias to be case insensitive, in addition to the username attribute",
 * and for email as a sign-in attribute (UsernameAttributes) "email@example.com or EMaiL@eXamplE.Com" (CreateUserPool's
 * UsernameConfiguration). So under the default nothing folds case, email included; phone numbers never do.
 */
export function ignoresCase(pool: UserPoolRecord): boolean {
  return pool.settings.UsernameConfiguration?.CaseSensitive === false;
}

/** The key a username is stored under: lowercased when the pool's usernames are case-insensitive. */
export function usernameKey(pool: UserPoolRecord, username: string): string {
  return ignoresCase(pool) ? username.toLowerCase() : username;
}

/**
 * Whether two values of an attribute that can name a user (email, phone_number, preferred_username) are the same for the pool:
 * exact, except email and preferred_username in a case-insensitive pool. Used for sign-in lookups and for the one-user-per-value
 * rule ("prevents a case variation from being assigned to the same attribute for a different user", CloudFormation's UsernameConfiguration).
 */
export function sameIdentifier(pool: UserPoolRecord, attribute: string, stored: string | undefined, typed: string): boolean {
  if (stored === undefined) return false;
  const folds = ignoresCase(pool) && (attribute === 'email' || attribute === 'preferred_username');
  return folds ? stored.toLowerCase() === typed.toLowerCase() : stored === typed;
}

/**
 * Finds a user the way Cognito resolves what a caller typed: the username itself, the `sub`,
 * an email or phone number when the pool signs in with them (UsernameAttributes), or a verified alias (AliasAttributes).
 */
export function findUser(pool: UserPoolRecord, identifier: string): UserRecord | undefined {
  const direct = lookup(pool.users, usernameKey(pool, identifier));
  if (direct) return direct;
  const users = Object.values(pool.users);
  const bySub = users.find((u) => u.sub === identifier);
  if (bySub) return bySub;
  const signInAttributes = pool.settings.UsernameAttributes ?? [];
  for (const attribute of signInAttributes) {
    const match = users.find((u) => sameIdentifier(pool, attribute, u.attributes[attribute], identifier));
    if (match) return match;
  }
  for (const alias of pool.settings.AliasAttributes ?? []) {
    const match = users.find(
      (u) => sameIdentifier(pool, alias, u.attributes[alias], identifier) && (alias === 'preferred_username' || u.attributes[`${alias}_verified`] === 'true'),
    );
    if (match) return match;
  }
  return undefined;
}

/** `UserNotFoundException: User does not exist.` */
export function userNotFound(): CloudError {
  return new CloudError('UserNotFoundException', 'User does not exist.');
}

/**
 * `UserNotFoundException: Username/client id combination not found.`: how the client-facing code actions
 * (ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword) answer an unknown user under LEGACY.
 */
export function usernameClientNotFound(): CloudError {
  return new CloudError('UserNotFoundException', 'Username/client id combination not found.');
}

export function requireUser(pool: UserPoolRecord, identifier: string): UserRecord {
  const user = findUser(pool, identifier);
  if (!user) throw userNotFound();
  return user;
}

/**
 * The user's attributes as AWS lists them: `sub` first, then a federated or linked user's `identities` [O], verification
 * flags before the values they qualify.
 */
export function attributeList(user: UserRecord): AttributeType[] {
  const entries = Object.entries(user.attributes).filter(([name]) => name !== 'identities');
  const flags = entries.filter(([name]) => name.endsWith('_verified'));
  const rest = entries.filter(([name]) => !name.endsWith('_verified'));
  const identities = user.attributes.identities !== undefined ? [{ Name: 'identities', Value: user.attributes.identities }] : [];
  return [{ Name: 'sub', Value: user.sub }, ...identities, ...[...flags, ...rest].map(([Name, Value]) => ({ Name, Value }))];
}

/**
 * Turns `[{Name, Value}]` into a record (a missing Value is the empty string). A name given twice keeps its last value.
 * SIMPLIFIED: what AWS answers for a name given twice is undocumented [U]; checks of names and values are schema.ts's.
 */
export function attributesFromList(list: AttributeType[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Name, Value } of list ?? []) store(out, Name, Value ?? '');
  return out;
}

/** A fresh user record; the caller decides status and password. */
export function newUser(init: Pick<UserRecord, 'username' | 'sub' | 'attributes' | 'status' | 'passwordHash' | 'passwordSalt'> & { now: number }): UserRecord {
  const { now, ...fields } = init;
  return {
    ...fields,
    enabled: true,
    createdAt: now,
    modifiedAt: now,
    attributeCodes: {},
    failedSignIns: { count: 0, lastAttemptAt: 0, lockedUntil: 0 },
    hourlyRequests: {},
    groups: [],
  };
}

/**
 * What a pool that signs in with email or phone (UsernameAttributes) demands of a username: it must be one.
 * Returns the attribute the username stands for, if any.
 */
export function usernameAttributeFor(pool: UserPoolRecord, username: string): 'email' | 'phone_number' | undefined {
  const allowed = pool.settings.UsernameAttributes ?? [];
  if (allowed.length === 0) return undefined;
  if (allowed.includes('email') && /^[^@\s]+@[^@\s]+$/.test(username)) return 'email';
  if (allowed.includes('phone_number') && /^\+[0-9]{4,15}$/.test(username)) return 'phone_number';
  const wanted = allowed.length === 2 ? 'an email or a phone number' : allowed[0] === 'email' ? 'an email' : 'a phone number';
  throw new CloudError('InvalidParameterException', `Username should be ${wanted}.`);
}
