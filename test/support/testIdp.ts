/**
 * Test-only OpenID providers, until the simulated Google and OIDC sites land: a site answering a discovery document and a
 * JWKS at three hosts, and ID tokens signed with a fixture key (never generated, so token bytes are reproducible).
 * - `https://idp.test.example`: a generic OIDC issuer (for IAM OIDC providers);
 * - `https://accounts.google.com`: Google's issuer (trusted natively by STS, `accounts.google.com` in identity pools);
 * - `https://broken.test.example`: answers 404 to everything (a provider with no readable keys).
 * The site comes first in the registry, so it answers these hosts even once real sites exist for them.
 */
import { importJWK, SignJWT, type JWK } from 'jose';
import { SERVICES, SITES, type SiteDescriptor } from '../../src/engine/services';
import type { CreateOpenIDConnectProviderRequest } from '../../src/engine/iam/actions/createOpenIDConnectProvider';
import signingKeys from '../fixtures/signingKeys.json';
import { newCloud } from './cloud';

export const TEST_OIDC_ISSUER = 'https://idp.test.example';
export const GOOGLE_ISSUER = 'https://accounts.google.com';
export const BROKEN_ISSUER = 'https://broken.test.example';
export const TEST_KID = 'test-idp-1';

const PRIVATE_JWK = (signingKeys as { privateJwk: JWK }[])[3]!.privateJwk;
const PUBLIC_JWK = { kty: PRIVATE_JWK.kty, n: PRIVATE_JWK.n, e: PRIVATE_JWK.e, kid: TEST_KID, alg: 'RS256', use: 'sig' };
/** Another key, for a token the provider did not sign. */
const OTHER_JWK = (signingKeys as { privateJwk: JWK }[])[2]!.privateJwk;

const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const testIdpSite: SiteDescriptor = {
  kind: 'site',
  id: 'test-idp',
  participant: 'Test IdP',
  matchHost: (host) => (['idp.test.example', 'accounts.google.com', 'broken.test.example'].includes(host) ? { host } : undefined),
  handle: (_ctx, request, params) => {
    const issuer = `https://${params['host']}`;
    if (params['host'] === 'broken.test.example') return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' };
    if (request.url.pathname === '/.well-known/openid-configuration') return json({ issuer, jwks_uri: `${issuer}/jwks` });
    if (request.url.pathname === '/jwks') return json({ keys: [PUBLIC_JWK] });
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' };
  },
};

export const TEST_IDP_REGISTRY = { services: SERVICES, sites: [testIdpSite, ...SITES] };

/** A test cloud whose registry has the test providers. */
export const idpCloud = (options: Parameters<typeof newCloud>[0] = {}) => newCloud({ registry: TEST_IDP_REGISTRY, ...options });

/**
 * An ID token of `issuer`: `sub`, `aud`, `iat` now and `exp` an hour on (both at `nowMs`, the cloud's clock), and any other
 * claims given. `signedBy: 'other'` signs with a key the provider does not publish.
 */
export async function idToken(
  nowMs: number,
  claims: Record<string, unknown> & { iss?: string; sub?: string; aud?: string | string[] },
  options: { signedBy?: 'provider' | 'other'; lifetimeSeconds?: number } = {},
): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  const key = await importJWK(options.signedBy === 'other' ? OTHER_JWK : PRIVATE_JWK, 'RS256');
  return new SignJWT({ iss: TEST_OIDC_ISSUER, sub: '248289761001', aud: 'test-client', iat, exp: iat + (options.lifetimeSeconds ?? 3600), ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: TEST_KID, typ: 'JWT' })
    .sign(key);
}

/** The test issuer as an IAM OIDC provider with these audiences; its ARN. */
export async function testOidcProvider(
  cloud: Awaited<ReturnType<typeof idpCloud>>,
  request: Partial<CreateOpenIDConnectProviderRequest> = {},
): Promise<string> {
  return (await cloud.iam.createOpenIDConnectProvider({ Url: TEST_OIDC_ISSUER, ClientIDList: ['test-client'], ...request })).OpenIDConnectProviderArn;
}
