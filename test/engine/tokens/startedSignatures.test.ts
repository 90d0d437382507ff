import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signJwt } from '../../../src/engine/tokens/jwt';
import { KeyCache, toKeyRecord, type SigningKeyInput } from '../../../src/engine/tokens/keys';
import { Random, seedState } from '../../../src/engine/kernel/ids';

const KEYS = JSON.parse(readFileSync(new URL('../../fixtures/signingKeys.json', import.meta.url), 'utf8')) as SigningKeyInput[];
const key = toKeyRecord(KEYS[0]!, new Random(seedState('started')));
const claims = { sub: 'us-east-1:0f9c8a36-1d2e-4c52-9a57-7a3b1f1c2d3e', aud: 'us-east-1:pool', amr: ['unauthenticated'], iat: 1768467600, exp: 1768468200 };

describe('signatures started ahead of the call that needs them', () => {
  it('give byte for byte the token signing then would give, handed out once', async () => {
    const cache = new KeyCache();
    cache.start(claims, key, 'RS512', () => signJwt(claims, key, cache, 'RS512'));
    const started = await cache.takeStarted({ ...claims }, key, 'RS512');
    expect(started).toBe(await signJwt(claims, key, new KeyCache(), 'RS512'));
    expect(cache.takeStarted(claims, key, 'RS512')).toBeUndefined();
    expect(cache.signedHere(started!)).toBe(key.kid);
  });

  it('are not handed out for other claims, another key or another algorithm', () => {
    const cache = new KeyCache();
    cache.start(claims, key, 'RS512', () => signJwt(claims, key, cache, 'RS512'));
    const other = toKeyRecord(KEYS[1]!, new Random(seedState('other')));
    expect(cache.takeStarted({ ...claims, exp: claims.exp + 1 }, key, 'RS512')).toBeUndefined();
    expect(cache.takeStarted(claims, { ...other, kid: key.kid }, 'RS512')).toBeUndefined();
    expect(cache.takeStarted(claims, key, 'RS256')).toBeUndefined();
    expect(cache.takeStarted(claims, key, 'RS512')).toBeDefined();
  });

  it('that fail reject only the taker, never as an unhandled rejection', async () => {
    const cache = new KeyCache();
    cache.start(claims, key, 'RS512', () => Promise.reject(new Error('no key')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(cache.takeStarted(claims, key, 'RS512')).rejects.toThrow('no key');
  });
});
