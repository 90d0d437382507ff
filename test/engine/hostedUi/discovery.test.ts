import { describe, expect, it } from 'vitest';
import { newCloud, plainPool } from '../../support/cloud';
import { oauthPool } from '../../support/oauth';

// The pool's OIDC discovery document and JWKS, at the issuer `https://cognito-idp.{region}.amazonaws.com/{poolId}`.
describe("the pool's openid-configuration", () => {
  it('lists the hosted UI endpoints on the pool’s domain, served as application/json', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const issuer = `https://cognito-idp.${cloud.region}.amazonaws.com/${setup.userPoolId}`;
    const response = await cloud.fetch(`${issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      authorization_endpoint: `${setup.base}/oauth2/authorize`,
      end_session_endpoint: `${setup.base}/logout`,
      id_token_signing_alg_values_supported: ['RS256'],
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      response_types_supported: ['code', 'token'],
      revocation_endpoint: `${setup.base}/oauth2/revoke`,
      scopes_supported: ['openid', 'email', 'phone', 'profile'],
      subject_types_supported: ['public'],
      token_endpoint: `${setup.base}/oauth2/token`,
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      userinfo_endpoint: `${setup.base}/oauth2/userInfo`,
    });
  });

  it('leaves the endpoints out while the pool has no domain, and serves the JWKS as application/json too', async () => {
    const cloud = await newCloud();
    const poolId = await plainPool(cloud);
    const issuer = `https://cognito-idp.${cloud.region}.amazonaws.com/${poolId}`;
    const document = await (await cloud.fetch(`${issuer}/.well-known/openid-configuration`)).json();
    expect(document.issuer).toBe(issuer);
    expect(document.token_endpoint).toBeUndefined();
    expect(document.authorization_endpoint).toBeUndefined();
    const jwks = await cloud.fetch(`${issuer}/.well-known/jwks.json`);
    expect(jwks.headers.get('content-type')).toBe('application/json');
    expect((await jwks.json()).keys).toHaveLength(2);
  });
});
