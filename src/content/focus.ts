import type { StepFocus } from './types.ts';

/**
 * Reads a step's `focus=<Tab>:<path>`: the inspector tab (its id or label, any case) and a dotted path to the field in it,
 * e.g. `Tokens:id.email` or `Requests:DescribeUserPool.UserPool.Policies.PasswordPolicy`. A path segment is a JSON key
 * (claim names such as `cognito:username` keep their colons), `[n]` after a key, or a bare number: an array index.
 * Returns the problem in words when the value cannot be read. Which tabs exist, and what a tab's path may name, the app
 * checks (src/ui/shell/checkLesson.ts), as it does for action ids.
 */
export function parseFocus(value: string): StepFocus | string {
  const colon = value.indexOf(':');
  const tab = (colon < 0 ? value : value.slice(0, colon)).trim();
  if (!/^[A-Za-z][\w -]*$/.test(tab)) return `focus "${value}" must start with an inspector tab, like Tokens:id.email or Requests:UserPool.Id`;
  if (colon < 0) return { tab, path: [] };
  const raw = value.slice(colon + 1);
  if (!raw) return `focus "${value}" has an empty path after "${tab}:"`;
  const path: (string | number)[] = [];
  for (const segment of raw.split('.')) {
    const match = /^([^.[\]\s]*)((?:\[\d+\])*)$/.exec(segment);
    if (!match || (!match[1] && !match[2]))
      return `focus "${value}": cannot read the path segment "${segment}" (write keys joined by dots, [n] for an array item)`;
    const key = match[1]!;
    if (key) path.push(/^\d+$/.test(key) ? Number(key) : key);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return { tab, path };
}

/** A path as the inspectors mark it on the page (`data-path`): keys joined by dots, array items as `[n]`. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
