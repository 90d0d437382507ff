import { createLocalJWKSet, errors, importJWK, jwtVerify, SignJWT, UnsecuredJWT, type JSONWebKeySet } from 'jose';
import { describe, expect, it } from 'vitest';
import { HOUR, SECOND, type Cloud } from '../../../src/engine';
import { articlePool, FIXTURE_KEYS, newCloud, PASSWORD_FLOWS } from '../../support/cloud';
import { confirmedUser, decode, tokensFor } from '../../support/users';

/** What an app does: fetch the pool's JWKS from its well-known address. */
async function fetchJwks(cloud: Cloud, userPoolId: string): Promise<JSONWebKeySet> {
  const response = await cloud.fetch(`https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}/.well-known/jwks.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as JSONWebKeySet;
}

async function setup() {
  const cloud = await newCloud();
  const { clientId, userPoolId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
  await confirmedUser(cloud, clientId, 'sam');
  const tokens = await tokensFor(cloud, clientId, 'sam');
  const jwks = createLocalJWKSet(await fetchJwks(cloud, userPoolId));
  const issuer = `https://cognito-idp.us-east-1.amazonaws.com/${userPoolId}`;
  const verify = (token: string, options: { audience?: string } = {}) =>
    jwtVerify(token, jwks, { issuer, algorithms: ['RS256'], currentDate: new Date(cloud.clock.now()), ...options });
  return { cloud, clientId, userPoolId, tokens, verify };
}

/** Swaps a token's payload for another, keeping header and signature. */
function withPayload(token: string, claims: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

describe('Token verification with jose', () => {
  it('publishes both signing keys, RS256 public halves only, at the well-known JWKS address', async () => {
    const { cloud, userPoolId, tokens } = await setup();
    const { keys } = await fetchJwks(cloud, userPoolId);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key).toMatchObject({ alg: 'RS256', kty: 'RSA', e: 'AQAB', use: 'sig' });
    }
    const kids = keys.map((k) => k.kid);
    expect(kids).toContain(decode(tokens.IdToken).header.kid);
    expect(kids).toContain(decode(tokens.AccessToken).header.kid);
  });

  it('verifies the ID token for its audience and the access token by client_id', async () => {
    const { clientId, tokens, verify } = await setup();
    const id = await verify(tokens.IdToken, { audience: clientId });
    expect(id.payload['token_use']).toBe('id');
    expect(id.protectedHeader.alg).toBe('RS256');
    const access = await verify(tokens.AccessToken);
    expect(access.payload['client_id']).toBe(clientId);
  });

  it('rejects a token whose payload was tampered with', async () => {
    const { tokens, verify } = await setup();
    const forged = withPayload(tokens.IdToken, { ...decode(tokens.IdToken).claims, 'cognito:username': 'admin' });
    await expect(verify(forged)).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
  });

  it('rejects a token signed with a key the pool does not publish', async () => {
    const { tokens, verify } = await setup();
    // The fixtures hold four keys; the one pool here signs with the first two.
    const stranger = await importJWK({ ...FIXTURE_KEYS[FIXTURE_KEYS.length - 1]!.privateJwk, alg: 'RS256' }, 'RS256');
    const forged = await new SignJWT(decode(tokens.IdToken).claims).setProtectedHeader({ kid: 'not-a-pool-key=', alg: 'RS256' }).sign(stranger);
    await expect(verify(forged)).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
  });

  it('rejects an unsigned token (alg none)', async () => {
    const { tokens, verify } = await setup();
    const unsigned = new UnsecuredJWT(decode(tokens.IdToken).claims).encode();
    expect(decode(unsigned).header.alg).toBe('none');
    await expect(verify(unsigned)).rejects.toBeInstanceOf(errors.JOSEError);
  });

  it('rejects a token after it expires on the simulated clock', async () => {
    const { cloud, tokens, verify } = await setup();
    cloud.clock.advance(HOUR - SECOND);
    await expect(verify(tokens.AccessToken)).resolves.toBeDefined();
    cloud.clock.advance(2 * SECOND);
    await expect(verify(tokens.AccessToken)).rejects.toBeInstanceOf(errors.JWTExpired);
  });
});
