import { useSyncExternalStore } from 'react';
import { parsePresent, parseHash, parseReveal, withPresent, withReveal, type Route } from './route';

/** Told when replaceHash rewrites the address, which fires no hashchange. */
const replaced = new Set<() => void>();

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  replaced.add(onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    replaced.delete(onChange);
  };
};

/**
 * The address an empty one stands for until the app first writes one: the first lesson on a first visit
 * (src/ui/shell/opening.ts), and what the build's prerender renders (src/ui/prerender.tsx). Empty otherwise.
 */
let startHash = '';

export function setStartHash(hash: string): void {
  startHash = hash;
}

/** The hash the app is at: the address bar's, or the start address while that names no lesson (empty, `#/`). */
export const currentHash = (): string => {
  const hash = typeof window === 'undefined' ? '' : window.location.hash;
  return startHash && !parseHash(hash).lessonId ? startHash : hash;
};
const getStartHash = () => startHash;

/** The current hash route; re-renders on hashchange. */
export function useHashRoute(): Route & { hash: string } {
  const hash = useSyncExternalStore(subscribe, currentHash, getStartHash);
  return { ...parseHash(hash), hash };
}

/**
 * Changes the address without adding a history entry or firing hashchange, and tells useHashRoute's subscribers: else
 * they keep the old address, and a link back to it (which does fire hashchange) looks like no change. From then on the
 * address bar is the truth.
 */
export function replaceHash(hash: string): void {
  startHash = '';
  // Presenter mode and its reveal setting stay on while the app rewrites the step part of the address.
  if (parsePresent(hash) === undefined) {
    hash = withPresent(hash, parsePresent(window.location.hash));
    if (parseReveal(hash) === undefined) hash = withReveal(hash, parseReveal(window.location.hash));
  }
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
  for (const onChange of [...replaced]) onChange();
}
