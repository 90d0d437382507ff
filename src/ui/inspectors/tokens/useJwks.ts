import { useEffect, useState } from 'react';
import type { JSONWebKeySet } from 'jose';
import { jwksUrl } from './verdict';
import { discoveryUrl } from './providerToken';

const cache = new Map<string, JSONWebKeySet>();

/**
 * A JWKS fetched at the address a verifier uses (a user pool's `/.well-known/jwks.json`, the identity pool's `jwks_uri`).
 * A peek: answered without logging, drawing ids or changing state, so the learner's request log and sequence diagram only
 * show what the app did, and a replay stays exact.
 */
export async function fetchJwksAt(peek: (url: string) => Promise<Response>, url: string, signature: string): Promise<JSONWebKeySet> {
  const key = `${url}|${signature}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const response = await peek(url);
  const body = (await response.json()) as JSONWebKeySet & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  cache.set(key, body);
  return body;
}

/** A user pool's JWKS, from its issuer. */
export function fetchJwks(peek: (url: string) => Promise<Response>, issuer: string, signature: string): Promise<JSONWebKeySet> {
  return fetchJwksAt(peek, jwksUrl(issuer), signature);
}

export type JwksState = { status: 'loading' } | { status: 'ready'; jwks: JSONWebKeySet } | { status: 'failed'; message: string };

/** The JWKS at `url`; `signature` identifies the keys expected there (their kids), so a new pool or key refetches. */
export function useJwksAt(peek: (url: string) => Promise<Response>, url: string | undefined, signature: string): JwksState {
  const [state, setState] = useState<JwksState>({ status: 'loading' });
  useEffect(() => {
    if (!url) return;
    let live = true;
    fetchJwksAt(peek, url, signature).then(
      (jwks) => live && setState({ status: 'ready', jwks }),
      (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // The view (and its peek) changes with every step but the keys do not; `signature` captures what matters.
  }, [url, signature]);
  return state;
}

/** A user pool's JWKS, from its issuer. */
export function useJwks(peek: (url: string) => Promise<Response>, issuer: string | undefined, signature: string): JwksState {
  return useJwksAt(peek, issuer ? jwksUrl(issuer) : undefined, signature);
}

/**
 * Where a provider's keys are: the address the pool's provider names, else the `jwks_uri` of the issuer's discovery
 * document (peeked, as any verifier would fetch it).
 */
export function useProviderJwksUrl(peek: (url: string) => Promise<Response>, issuer: string, known: string | undefined): string | undefined {
  const [found, setFound] = useState<{ issuer: string; url: string } | undefined>();
  useEffect(() => {
    if (known) return;
    let live = true;
    peek(discoveryUrl(issuer))
      .then((r): Promise<{ jwks_uri?: unknown }> => (r.ok ? (r.json() as Promise<{ jwks_uri?: unknown }>) : Promise.resolve({})))
      .then(
        (d) => {
          if (live && typeof d.jwks_uri === 'string') setFound({ issuer, url: d.jwks_uri });
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
    // As above: the peek changes with every step, the issuer does not.
  }, [issuer, known]);
  return known ?? (found?.issuer === issuer ? found.url : undefined);
}
