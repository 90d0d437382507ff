import { useEffect } from 'react';
import { parsePresent, parseReveal, withPresent, withReveal, type PresentPane, type RevealMode } from '../shell/route';
import { useHashRoute } from '../shell/useHashRoute';

/** Presenter mode as the address says (`?present=1`, `?present=app`), so an instructor can bookmark it. */
export function usePresent(): PresentPane | undefined {
  return parsePresent(useHashRoute().hash);
}

/** Progressive reveal as the address says (`?reveal=1`, `?reveal=pause`). */
export function useReveal(): RevealMode | undefined {
  return parseReveal(useHashRoute().hash);
}

/** Remembers the last choice, so a link that names no presenter setting (the lesson bar's) keeps it on. */
let chosen: { pane: PresentPane; reveal?: RevealMode } | undefined;

function writeAddress(hash: string): void {
  window.history.replaceState(window.history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Turns presenter mode on (showing `pane`) or off, in the address, without a new history entry. Off also ends reveal. */
export function setPresent(pane: PresentPane | undefined): void {
  presentWith(pane, pane ? parseReveal(window.location.hash) : undefined);
}

function presentWith(pane: PresentPane | undefined, reveal: RevealMode | undefined): void {
  chosen = pane ? { pane, ...(reveal ? { reveal } : {}) } : undefined;
  writeAddress(withReveal(withPresent(window.location.hash || '#/', pane), reveal));
}

/** Progressive reveal on (one request at a time, or pausing before each answer) or off, while presenting. */
export function setReveal(reveal: RevealMode | undefined): void {
  const pane = parsePresent(window.location.hash);
  if (pane) presentWith(pane, reveal);
}

/** While presenting, following a plain lesson link (the lesson bar) keeps presenter mode, its pane and its reveal. */
export function useKeepPresent(pane: PresentPane | undefined): void {
  useEffect(() => {
    if (pane) chosen ??= { pane, ...(parseReveal(window.location.hash) ? { reveal: parseReveal(window.location.hash)! } : {}) };
    const onChange = () => {
      if (chosen && parsePresent(window.location.hash) === undefined) presentWith(chosen.pane, chosen.reveal);
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
