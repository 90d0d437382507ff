import { CloudError } from '../../kernel/errors';
import type { UserRecord } from '../model';
import { MemberProblems } from './memberChecks';

/** Cognito's List* actions return at most 60 items a page; 60 is also what they return when no limit is given. */
export const MAX_PAGE_SIZE = 60;

const PREFIX = 'sim1:';

/** The key a user is paged by. */
export const userKey = (user: UserRecord): string => user.username;

/** An opaque token naming the first item of the next page. */
export function encodePageToken(key: string): string {
  const bytes = new TextEncoder().encode(PREFIX + key);
  return btoa(String.fromCharCode(...bytes));
}

/** The item key inside a token, or undefined for a token this cloud never issued. */
export function decodePageToken(token: string): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(token), (c) => c.charCodeAt(0)));
    return text.startsWith(PREFIX) ? text.slice(PREFIX.length) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of `items` (in the order given) and the token for the rest, the way Cognito's List* actions page:
 * a token only while more items remain. `limit` is checked against AWS's range for the member at `path`
 * (`limit`, `maxResults`: 0 or 1 up to 60); no limit (or 0) means 60.
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  limit: number | undefined,
  token: string | undefined,
  path = 'limit',
  min = 0,
): { page: T[]; next?: string } {
  new MemberProblems().range(limit, path, min, MAX_PAGE_SIZE).throwIfAny();
  const size = limit || MAX_PAGE_SIZE;
  let start = 0;
  if (token !== undefined) {
    const key = decodePageToken(token);
    // SIMPLIFIED: AWS's message also names the request id ("… is invalid for request <id>"); actions do not see it.
    if (key === undefined) throw new CloudError('InvalidParameterException', `Paging marker ${token} is invalid for request.`);
    const index = items.findIndex((item) => keyOf(item) === key);
    // The item the token points at was deleted meanwhile: end the listing rather than start it again.
    start = index === -1 ? items.length : index;
  }
  const page = items.slice(start, start + size);
  const following = items[start + size];
  return following === undefined ? { page } : { page, next: encodePageToken(keyOf(following)) };
}
