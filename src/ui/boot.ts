/**
 * Imported first by main.tsx, so it runs before React renders: starts fetching the simulation chunk at once, and has the
 * two RSA signing keys the simulated pools need generated (by WebCrypto) once the page is idle.
 */
import type { SigningKeyInput } from '../engine';

async function generateSigningKey(): Promise<SigningKeyInput> {
  const { privateKey } = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const { key_ops: _ops, ext: _ext, ...privateJwk } = await crypto.subtle.exportKey('jwk', privateKey);
  return { privateJwk };
}

export const earlySimulation = import('./simulation');

/**
 * Generated as soon as the page is idle: the first lessons (stories) need no keys, so the work waits until the first
 * lesson is up instead of competing with it. A lesson that needs them sooner waits for them, which leaves the page idle.
 * Undefined if WebCrypto refuses: the session then generates its own.
 */
export const earlyKeys: Promise<SigningKeyInput[] | undefined> = new Promise((resolve) => {
  const generate = () => resolve(Promise.all([generateSigningKey(), generateSigningKey()]).catch(() => undefined));
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(generate, { timeout: 2000 });
  else window.setTimeout(generate, 200);
});
