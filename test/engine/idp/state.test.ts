import { describe, expect, it } from 'vitest';
import { createCloud, GOOGLE_JWKS, googleIdp, oidcIdp, SERVICES, SITES, OIDC_ISSUER } from '../../../src/engine';
import { FIXTURE_KEYS, newCloud } from '../../support/cloud';

const kidOf = async (cloud: Awaited<ReturnType<typeof newCloud>>, url: string) =>
  ((await (await cloud.fetch(url)).json()) as { keys: { kid: string; n: string }[] }).keys[0]!;

describe('the identity providers’ own state', () => {
  it('is made with the first visit that needs it, one per provider, from the cloud’s injected signing keys', async () => {
    const cloud = await newCloud();
    expect(cloud.snapshot().services[googleIdp.id]).toBeUndefined();
    const google = await kidOf(cloud, GOOGLE_JWKS);
    const oidc = await kidOf(cloud, `${OIDC_ISSUER}/jwks`);
    expect(google.n).toBe(FIXTURE_KEYS[0]!.privateJwk.n);
    expect(oidc.n).toBe(FIXTURE_KEYS[1 % FIXTURE_KEYS.length]!.privateJwk.n);
    expect(oidc.kid).toMatch(/^idp-[0-9a-f]{8}$/);
    expect(Object.keys(cloud.snapshot().services)).toEqual(expect.arrayContaining([googleIdp.id, oidcIdp.id]));
    // Same seed, same keys, same steps: the same kids.
    const twin = await newCloud();
    expect(await kidOf(twin, GOOGLE_JWKS)).toEqual(google);
  });

  it('refuses a snapshot whose provider state is of another version, or of a provider this cloud does not simulate, by name', async () => {
    const cloud = await newCloud();
    await cloud.fetch(GOOGLE_JWKS);
    const snapshot = cloud.snapshot();
    await expect(createCloud({ snapshot, registry: { services: SERVICES, sites: SITES.filter((s) => s !== googleIdp) } })).rejects.toThrow(
      `The snapshot holds state of a service this cloud does not simulate (${googleIdp.id}).`,
    );
    snapshot.services[googleIdp.id]!.version = 99;
    await expect(createCloud({ snapshot })).rejects.toThrow(`The snapshot's ${googleIdp.id} state is version 99; this simulator reads version 1.`);
  });

  it('is left alone by a peek, which answers the JWKS without keeping the key it made', async () => {
    const cloud = await newCloud();
    const before = cloud.snapshot();
    const peeked = await cloud.peek(GOOGLE_JWKS);
    expect(peeked.status).toBe(200);
    expect(cloud.snapshot()).toEqual(before);
    expect(((await peeked.json()) as { keys: { kid: string }[] }).keys[0]!.kid).toBe((await kidOf(cloud, GOOGLE_JWKS)).kid);
  });
});
