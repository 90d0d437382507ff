import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { GOOGLE_CLIENT, GOOGLE_JWKS, GOOGLE_TOKEN } from '../../../src/engine';
import { lastProviderToken, mappingHops, verifyProviderToken } from '../../../src/ui/inspectors/tokens/providerToken';
import { withClaim } from '../../../src/ui/inspectors/tokens/decode';
import { JANE } from '../../engine/idp/googleSupport';
import { googleSignIn } from './googleSignIn';

describe('the provider’s own ID token in the Tokens tab', () => {
  it('is read from the token endpoint’s answer in the log, not from the pool’s own tokens', async () => {
    const { cloud, googleToken } = await googleSignIn();
    const logged = lastProviderToken(cloud.log.entries)!;
    expect(logged).toMatchObject({
      token: googleToken,
      from: 'tokenEndpoint',
      url: GOOGLE_TOKEN,
      service: 'idp-google',
      issuer: 'https://accounts.google.com',
    });
  });

  it('is read from an app’s Logins too (Google’s token straight to an identity pool), but never from Cognito’s own tokens', async () => {
    const { cloud, googleToken, cognitoIdToken } = await googleSignIn();
    const entry = (request: unknown, response?: unknown) => ({
      ...cloud.log.entries.at(-1)!,
      service: 'cognito-identity',
      action: 'GetId',
      parent: undefined,
      request,
      response,
    });
    expect(lastProviderToken([entry({ Logins: { 'accounts.google.com': googleToken } })])).toMatchObject({ token: googleToken, from: 'logins', url: 'GetId' });
    expect(lastProviderToken([entry({ Logins: { 'cognito-idp.us-east-1.amazonaws.com/us-east-1_x': cognitoIdToken } })])).toBeUndefined();
    expect(lastProviderToken([entry({}, { id_token: cognitoIdToken })])).toBeUndefined();
  });

  it('verifies against Google’s JWKS at the cloud’s clock, and fails once tampered, expired or for another client', async () => {
    const { cloud, pool, googleToken, jwks } = await googleSignIn();
    const google = pool.identityProviders[0]!;
    const options = {
      jwks,
      issuer: google.endpoints!.issuer!,
      clientId: google.clientId,
      jwksUrl: GOOGLE_JWKS,
      now: cloud.clock.now(),
      checkedBy: 'userPool' as const,
    };
    // jose agrees independently.
    await jwtVerify(googleToken, createLocalJWKSet(jwks), {
      issuer: google.endpoints!.issuer!,
      audience: GOOGLE_CLIENT.clientId,
      currentDate: new Date(options.now),
    });
    const valid = await verifyProviderToken({ ...options, token: googleToken });
    expect(valid.ok).toBe(true);
    expect(valid.summary).toMatch(/^Valid at the simulated time: Cognito takes it at \/oauth2\/idpresponse/);
    const tampered = await verifyProviderToken({ ...options, token: withClaim(googleToken, 'email', 'admin@example.com') });
    expect(tampered.ok).toBe(false);
    expect(tampered.checks.find((c) => c.id === 'signature')!.reason).toBe(
      'The signature does not match the header and payload: the token was changed after the provider signed it.',
    );
    const later = await verifyProviderToken({ ...options, token: googleToken, now: options.now + 2 * 3600_000 });
    expect(later.summary).toMatch(/^Cognito would refuse it at \/oauth2\/idpresponse and sign no one in\. exp: Expired 1 h ago/);
    const other = await verifyProviderToken({ ...options, token: googleToken, clientId: 'someone-else' });
    expect(other.checks.find((c) => c.id === 'aud')).toMatchObject({ ok: false });
  });

  it('maps each AttributeMapping row hop by hop: Google claim → pool attribute → Cognito ID token claim', async () => {
    const { pool, googleToken, cognitoIdToken } = await googleSignIn();
    const google = pool.identityProviders[0]!;
    const user = pool.users[0]!;
    const hops = mappingHops(google.attributeMapping, decodeJwt(googleToken), user, decodeJwt(cognitoIdToken));
    expect(hops.find((h) => h.attribute === 'email')).toEqual({
      claim: 'email',
      providerValue: JANE.email,
      attribute: 'email',
      poolValue: JANE.email,
      cognitoClaim: 'email',
      cognitoValue: JANE.email,
    });
    expect(hops.find((h) => h.attribute === 'username')).toMatchObject({
      claim: 'sub',
      providerValue: JANE.sub,
      poolValue: `Google_${JANE.sub}`,
      cognitoClaim: 'cognito:username',
      cognitoValue: `Google_${JANE.sub}`,
    });
  });
});
