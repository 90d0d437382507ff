/** The providers under random requests: cloud.fetch never rejects, and nothing crashes into a 500. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOOGLE_CLIENT, GOOGLE_HOSTS, OIDC_CLIENT, OIDC_HOST } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { IDP_RESPONSE } from './support';

const PATHS = [
  '/o/oauth2/v2/auth',
  '/v3/signin/identifier',
  '/signin/oauth/consent',
  '/oauth2/v4/token',
  '/token',
  '/oauth2/v3/certs',
  '/oauth2/v3/userinfo',
  '/v1/userinfo',
  '/v1/people/me',
  '/authorize',
  '/login',
  '/consent',
  '/userinfo',
  '/jwks',
  '/.well-known/openid-configuration',
];

describe('the identity providers under random requests', () => {
  it('answer every method, path, query, header and body without a 500', async () => {
    const cloud = await newCloud();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...GOOGLE_HOSTS, OIDC_HOST),
        fc.constantFrom(...PATHS),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        fc.dictionary(
          fc.constantFrom('client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'prompt', 'code_challenge', 'code_challenge_method', 'personFields'),
          fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom(GOOGLE_CLIENT.clientId, OIDC_CLIENT.clientId, IDP_RESPONSE, 'code', 'openid email', 'none', 'S256'),
          ),
        ),
        fc.dictionary(
          fc.constantFrom('authorization', 'content-type', 'cookie'),
          fc.oneof(
            fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
            fc.constantFrom('application/x-www-form-urlencoded', 'Basic !!!', 'Bearer ya29.x', '__Host-GAPS=a; SID=b', 'idp_csrf=a'),
          ),
        ),
        fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('grant_type=authorization_code&code=x', 'grant_type=refresh_token', '_csrf=a&email=x')),
        async (host, path, method, query, headers, body) => {
          const url = new URL(`https://${host}${path}`);
          for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
          const response = await cloud.fetch(url, { method, headers, ...(method === 'GET' ? {} : { body }), redirect: 'manual' });
          expect(response.status, `${method} ${url} → ${response.status}`).toBeLessThan(500);
          await response.text();
        },
      ),
      { numRuns: 300, seed: 20260115 },
    );
  });
});
