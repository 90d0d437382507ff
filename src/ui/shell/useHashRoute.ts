import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** What the hash is while rendering without a browser (src/ui/prerender.tsx). */
let serverHash = '';
const getServerHash = () => serverHash;

/** For prerendering only: the address the static render pretends to be at. */
export function setServerHash(hash: string): void {
  serverHash = hash;
}

/** The current hash route; re-renders on hashchange. */
export function useHashRoute(): Route & { hash: string } {
  const hash = useSyncExternalStore(subscribe, getHash, getServerHash);
  return { ...parseHash(hash), hash };
}

/** Changes the address without adding a history entry or firing hashchange. */
export function replaceHash(hash: string): void {
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
}
