import { useEffect } from 'react';
import { parsePresent, withPresent, type PresentPane } from '../shell/route';
import { useHashRoute } from '../shell/useHashRoute';

/** Presenter mode as the address says (`?present=1`, `?present=app`), so an instructor can bookmark it. */
export function usePresent(): PresentPane | undefined {
  return parsePresent(useHashRoute().hash);
}

/** Remembers the last choice, so a link that names no presenter setting (the lesson bar's) keeps it on. */
let chosen: PresentPane | undefined;

/** Turns presenter mode on (showing `pane`) or off, in the address, without a new history entry. */
export function setPresent(pane: PresentPane | undefined): void {
  chosen = pane;
  const hash = withPresent(window.location.hash || '#/', pane);
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** While presenting, following a plain lesson link (the lesson bar) keeps presenter mode and its pane. */
export function useKeepPresent(pane: PresentPane | undefined): void {
  useEffect(() => {
    chosen ??= pane;
    const onChange = () => {
      if (chosen && parsePresent(window.location.hash) === undefined) setPresent(chosen);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [pane]);
}

/** True when a key press belongs to a form field, not to the page's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function modifierHeld(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}
