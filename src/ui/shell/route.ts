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
