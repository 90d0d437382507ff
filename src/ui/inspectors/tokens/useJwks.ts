import { useEffect, useState } from 'react';
import type { JSONWebKeySet } from 'jose';
import { jwksUrl } from './verdict';

const cache = new Map<string, JSONWebKeySet>();

/**
 * The pool's JWKS, fetched at the well-known address a verifier uses.
 * A peek: answered without logging, drawing ids or changing state, so the learner's request log and sequence diagram only
 * show what the app did, and a replay stays exact.
 */
export async function fetchJwks(peek: (url: string) => Promise<Response>, issuer: string, signature: string): Promise<JSONWebKeySet> {
  const key = `${issuer}|${signature}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const response = await peek(jwksUrl(issuer));
  const body = (await response.json()) as JSONWebKeySet & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  cache.set(key, body);
  return body;
}

export type JwksState = { status: 'loading' } | { status: 'ready'; jwks: JSONWebKeySet } | { status: 'failed'; message: string };

/** `signature` identifies the pool's current keys (their kids), so a new pool or key refetches. */
export function useJwks(peek: (url: string) => Promise<Response>, issuer: string | undefined, signature: string): JwksState {
  const [state, setState] = useState<JwksState>({ status: 'loading' });
  useEffect(() => {
    if (!issuer) return;
    let live = true;
    fetchJwks(peek, issuer, signature).then(
      (jwks) => live && setState({ status: 'ready', jwks }),
      (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // The view (and its peek) changes with every step but the pool's keys do not; `signature` captures what matters.
  }, [issuer, signature]);
  return state;
}
