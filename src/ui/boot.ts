/**
 * Imported first by main.tsx, so it runs before the course is parsed and React renders: starts fetching the simulation
 * chunk and generating the two RSA signing keys the simulated pools need (WebCrypto does that off the main thread).
 * Both then overlap with the first paint instead of following it.
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

/** Undefined if WebCrypto refuses: the session then generates its own. */
export const earlyKeys: Promise<SigningKeyInput[] | undefined> = Promise.all([generateSigningKey(), generateSigningKey()]).catch(() => undefined);
