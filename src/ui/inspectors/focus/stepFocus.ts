/**
 * Where a lesson step points (`focus=<Tab>:<path>`, parsed by src/content/focus.ts), resolved against what the app has:
 * which inspector tab, which request and part of it, which token and claim. Pure.
 */
import type { LogEntry } from '../../../engine';
import { pathKey } from '../../../content/focus';
import type { StepFocus } from '../../../content';
import { requestShown } from '../requests/oauthSnippets';

export const TOKEN_NAMES = ['id', 'access', 'refresh'] as const;
export type TokenName = (typeof TOKEN_NAMES)[number];

/** The id of the tab `focus.tab` names, by id or label in any case, among `tabs`; undefined when none does. */
export function focusTab(tabs: readonly { id: string; label: string }[], focus: StepFocus | undefined): string | undefined {
  const wanted = focus?.tab.toLowerCase();
  return wanted ? tabs.find((t) => t.id.toLowerCase() === wanted || t.label.toLowerCase() === wanted)?.id : undefined;
}

/** Whether the focus names the tab `id` (the panels' own check, without the registry, which imports them). */
export const pointsInto = (focus: StepFocus, id: string): boolean => focusTab([{ id, label: id }], focus) === id;

/** Whether `value` has `path` (object keys and array indexes). */
export function hasPath(value: unknown, path: readonly (string | number)[]): boolean {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string | number, unknown>)[key];
  }
  return path.length > 0;
}

export interface RequestFocus {
  /** Index in the entries. */
  index: number;
  part: 'response' | 'request';
  /** The member's `data-path` in that part. */
  path: string;
}

/** What the Requests tab shows as an entry's response: an error answers with its code and message. */
export const shownResponse = (entry: LogEntry): unknown => (entry.error ? { __type: entry.error.code, message: entry.error.message } : entry.response);

/**
 * The request a Requests path points into: the newest of the current step's calls (from `currentFrom`) whose response, or
 * else whose request, has the path, then the newest earlier one. A path may start with an action name
 * (`DescribeUserPool.UserPool.Id`): then only that action's calls count.
 */
export function findRequestFocus(entries: readonly LogEntry[], currentFrom: number, path: readonly (string | number)[]): RequestFocus | undefined {
  const order = [...entries.keys()].reverse();
  const ranked = [...order.filter((i) => i >= currentFrom), ...order.filter((i) => i < currentFrom)];
  for (const index of ranked) {
    const entry = entries[index]!;
    const rest = path[0] === entry.action ? path.slice(1) : path;
    if (rest === path && entries.some((e) => e.action === path[0])) continue;
    if (hasPath(shownResponse(entry), rest)) return { index, part: 'response', path: pathKey(rest) };
    if (hasPath(requestShown(entry), rest)) return { index, part: 'request', path: pathKey(rest) };
  }
  return undefined;
}

export interface TokenFocus {
  token: TokenName;
  claim?: string;
}

/** `id.email` → the ID token's `email` claim; `refresh` → the refresh token's card. Undefined for another path. */
export function tokenFocus(path: readonly (string | number)[]): TokenFocus | undefined {
  const [token, claim, ...more] = path;
  if (!TOKEN_NAMES.includes(token as TokenName) || more.length || typeof claim === 'number') return undefined;
  return { token: token as TokenName, ...(claim !== undefined ? { claim } : {}) };
}
