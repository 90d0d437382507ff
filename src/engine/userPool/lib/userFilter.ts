import { CloudError } from '../../kernel/errors';
import type { UserPoolRecord, UserRecord } from '../model';

/** What a ListUsers Filter compares, per searchable attribute, and whether the comparison ignores case. */
const SEARCHABLE: Record<string, { read: (user: UserRecord) => string | undefined; ignoreCase?: boolean }> = {
  username: { read: (u) => u.username },
  email: { read: (u) => u.attributes['email'] },
  phone_number: { read: (u) => u.attributes['phone_number'] },
  name: { read: (u) => u.attributes['name'] },
  given_name: { read: (u) => u.attributes['given_name'] },
  family_name: { read: (u) => u.attributes['family_name'] },
  preferred_username: { read: (u) => u.attributes['preferred_username'] },
  // "Status" in the console; case-insensitive per the API reference.
  'cognito:user_status': { read: (u) => u.status, ignoreCase: true },
  // "Enabled" in the console: the values are Enabled and Disabled, case-sensitive.
  status: { read: (u) => (u.enabled ? 'Enabled' : 'Disabled') },
  sub: { read: (u) => u.sub },
};

const FILTER = /^\s*([^\s=^"]+)\s*(\^=|=)\s*"((?:[^"\\]|\\.)*)"\s*$/s;

export type UserPredicate = (user: UserRecord) => boolean;

/**
 * Parses a ListUsers Filter, `attribute = "value"` (exact) or `attribute ^= "value"` (starts with), quotes inside the value
 * escaped with a backslash. Empty → every user. Only the attributes AWS documents as searchable may be named.
 * Malformed → `InvalidParameterException: Error while parsing filter.` [O];
 * anything else → `InvalidParameterException: Invalid search attribute: <name>` [U: wording as moto has it].
 */
export function parseUserFilter(pool: UserPoolRecord, filter: string | undefined): UserPredicate {
  if (filter === undefined || filter.trim() === '') return () => true;
  const match = FILTER.exec(filter);
  if (!match) throw new CloudError('InvalidParameterException', 'Error while parsing filter.');
  const [, attribute, operator, quoted] = match as unknown as [string, string, '=' | '^=', string];
  const searchable = SEARCHABLE[attribute];
  if (!Object.hasOwn(SEARCHABLE, attribute) || !searchable) {
    throw new CloudError('InvalidParameterException', `Invalid search attribute: ${attribute}`);
  }
  const ignoreCase = searchable.ignoreCase || (attribute === 'username' && pool.settings.UsernameConfiguration?.CaseSensitive === false);
  const fold = (text: string) => (ignoreCase ? text.toLowerCase() : text);
  const wanted = fold(quoted.replace(/\\(.)/gs, '$1'));
  return (user) => {
    const value = searchable.read(user);
    if (value === undefined) return false;
    return operator === '=' ? fold(value) === wanted : fold(value).startsWith(wanted);
  };
}
