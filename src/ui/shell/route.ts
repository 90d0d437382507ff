/** Hash routes: `#/<lesson>` and `#/<lesson>/<step>` (1-based). Pure, so it is tested without a browser. */

export interface Route {
  lessonId?: string;
  /** 1-based, as in the address bar; undefined when the address names no step. */
  step?: number;
  /** The step part was there but is not a positive whole number. */
  badStep?: string;
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  if (!path) return {};
  const [lesson = '', step, ...rest] = path.split('/').map((p) => decodeURIComponent(p));
  const route: Route = { lessonId: lesson };
  if (step !== undefined || rest.length) {
    const raw = [step, ...rest].join('/');
    if (/^[1-9]\d*$/.test(raw)) route.step = Number(raw);
    else route.badStep = raw;
  }
  return route;
}

export function lessonHash(lessonId: string, step?: number): string {
  return `#/${encodeURIComponent(lessonId)}${step === undefined ? '' : `/${step}`}`;
}
