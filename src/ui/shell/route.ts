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

/** The same hash with presenter mode set to `pane` (or removed); other query fields are kept. */
export function withPresent(hash: string, pane: PresentPane | undefined): string {
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const query = hashQuery(hash);
  if (pane) query.set('present', pane === 'app' ? 'app' : '1');
  else query.delete('present');
  const rest = query.toString();
  return rest ? `${path}?${rest}` : path;
}
