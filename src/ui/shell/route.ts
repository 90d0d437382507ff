/**
 * Hash routes: `#/<lesson>` and `#/<lesson>/<step>` (1-based), optionally `?tab=<inspector>` (an id from
 * src/ui/inspectors/registry.ts), and `#/new-class`. Pure, so it is tested without a browser.
 */

export interface Route {
  lessonId?: string;
  /** 1-based, as in the address bar; undefined when the address names no step. */
  step?: number;
  /** The step part was there but is not a positive whole number. */
  badStep?: string;
  /** The inspector tab the address asks for; the lesson ignores one it does not have. */
  tab?: string;
  /** `#/new-class`: the course is to start afresh once the learner confirms. */
  newClass?: true;
}

export const NEW_CLASS_HASH = '#/new-class';

export function parseHash(hash: string): Route {
  const rest = hash.replace(/^#\/?/, '');
  const q = rest.indexOf('?');
  const path = (q < 0 ? rest : rest.slice(0, q)).replace(/\/+$/, '');
  if (!path) return {};
  if (path === 'new-class') return { newClass: true };
  const [lesson = '', step, ...more] = path.split('/').map((p) => decodeURIComponent(p));
  const route: Route = { lessonId: lesson };
  if (step !== undefined || more.length) {
    const raw = [step, ...more].join('/');
    if (/^[1-9]\d*$/.test(raw)) route.step = Number(raw);
    else route.badStep = raw;
  }
  const tab = q < 0 ? null : new URLSearchParams(rest.slice(q + 1)).get('tab');
  if (tab) route.tab = tab;
  return route;
}

export function lessonHash(lessonId: string, step?: number, tab?: string): string {
  return `#/${encodeURIComponent(lessonId)}${step === undefined ? '' : `/${step}`}${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`;
}

/** The query part of a hash route (`#/sign-up/3?present=1` → `present=1`). */
function hashQuery(hash: string): URLSearchParams {
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** Presenter mode and the pane it shows: `?present=1` (the inspectors) or `?present=app`. Undefined when off. */
export type PresentPane = 'inspectors' | 'app';

export function parsePresent(hash: string): PresentPane | undefined {
  const value = hashQuery(hash).get('present');
  if (value === null || value === '0') return undefined;
  return value === 'app' ? 'app' : 'inspectors';
}

/** The same hash with one query field set to `value` (or removed); the path and the other fields are kept. */
export function withQuery(hash: string, key: string, value: string | undefined): string {
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const query = hashQuery(hash);
  if (value === undefined) query.delete(key);
  else query.set(key, value);
  const rest = query.toString();
  return rest ? `${path}?${rest}` : path;
}

/** The same hash with presenter mode set to `pane` (or removed); other query fields are kept. */
export function withPresent(hash: string, pane: PresentPane | undefined): string {
  return withQuery(hash, 'present', pane ? (pane === 'app' ? 'app' : '1') : undefined);
}

/**
 * Progressive reveal in presenter mode: `?reveal=1` shows a step's requests one at a time, each with its response;
 * `?reveal=pause` holds each response back too ("What will the pool answer?") until the next key. Undefined: all at once.
 */
export type RevealMode = 'one' | 'pause';

export function parseReveal(hash: string): RevealMode | undefined {
  const value = hashQuery(hash).get('reveal');
  return value === 'pause' ? 'pause' : value === '1' || value === 'one' ? 'one' : undefined;
}

export function withReveal(hash: string, mode: RevealMode | undefined): string {
  return withQuery(hash, 'reveal', mode === 'pause' ? 'pause' : mode ? '1' : undefined);
}

/** The same hash with the inspector tab set (or removed); presenter settings and other fields are kept. */
export function withTab(hash: string, tab: string | undefined): string {
  return withQuery(hash, 'tab', tab);
}

/** Presenter mode's settings as a share link carries them: `{ present: '1' | 'app', reveal?: '1' | 'pause' }`, or none. */
export function presenterSettingsOf(hash: string): Record<string, string> | undefined {
  const pane = parsePresent(hash);
  if (!pane) return undefined;
  const reveal = parseReveal(hash);
  return { present: pane === 'app' ? 'app' : '1', ...(reveal ? { reveal: reveal === 'pause' ? 'pause' : '1' } : {}) };
}

/** The hash with a share link's presenter settings applied; values this version does not know are left out. */
export function withPresenterSettings(hash: string, settings: Record<string, unknown> | undefined): string {
  const query = `?present=${String(settings?.['present'] ?? '')}&reveal=${String(settings?.['reveal'] ?? '')}`;
  const pane = settings?.['present'] === undefined ? undefined : parsePresent(query);
  return pane ? withReveal(withPresent(hash, pane), parseReveal(query)) : hash;
}
