/**
 * State maps are plain JSON objects keyed by names callers choose (usernames, group names, client ids). A username such as
 * `constructor` or `__proto__` is legal in Cognito, so every lookup reads own properties only, and every write defines one.
 */
export function lookup<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function store<T>(map: Record<string, T>, key: string, value: T): void {
  // Only `__proto__` is an accessor on Object.prototype: any other key assigned makes an own property, and faster.
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}
