import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** The current hash route; re-renders on hashchange. */
export function useHashRoute(): Route & { hash: string } {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return { ...parseHash(hash), hash };
}

/** Changes the address without adding a history entry or firing hashchange. */
export function replaceHash(hash: string): void {
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
}
