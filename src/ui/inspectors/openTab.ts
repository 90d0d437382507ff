/**
 * The inspector tab that is open, kept outside React so a share link can carry it, and the tab a share link asks for,
 * taken once by the inspectors when they first render.
 */
let open: string | undefined;
let requested: string | undefined;

export const openInspectorTab = (): string | undefined => open;
/** The inspectors show `id`; a requested tab has then been taken (kept until now: StrictMode runs initialisers twice). */
export function rememberInspectorTab(id: string): void {
  open = id;
  requested = undefined;
}
export const requestInspectorTab = (id: string): void => void (requested = id);

/** The requested tab when the lesson has it, else undefined. */
export const takeRequestedTab = (ids: string[]): string | undefined => (requested && ids.includes(requested) ? requested : undefined);
