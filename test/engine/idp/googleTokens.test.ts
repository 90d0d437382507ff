import { decodeProtectedHeader, errors } from 'jose';
import { describe, expect, it } from 'vitest';
import { GOOGLE_CLIENT, GOOGLE_ISSUER, GOOGLE_JWKS, GOOGLE_PEOPLE_ME, GOOGLE_USERINFO, MINUTE, googleIdp } from '../../../src/engine';
import { newCloud, START_SECONDS } from '../../support/cloud';
import { postForm, queryOf, verifyWithJwks } from './support';
import { codeFor, EMAIL_SCOPE, exchange, JANE, PROFILE_SCOPE, signInUrl } from './googleSupport';

describe('the simulated Google: tokens', () => {
  it('exchanges the code once for an access token and an RS256 ID token that verifies against its JWKS, exp an hour after the cloud clock', async () => {
    const cloud = await newCloud();
    const { code } = await codeFor(cloud, { nonce: 'n-0S6_WzA2Mj' });
    const answer = await exchange(cloud, code);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({
      access_token: expect.stringMatching(/^ya29\.a0[\w-]{150}$/),
      expires_in: 3599,
      scope: `${EMAIL_SCOPE} ${PROFILE_SCOPE} openid`,
      token_type: 'Bearer',
      id_token: expect.any(String),
    });
    const idToken = answer.body['id_token'] as string;
    const { payload, protectedHeader } = await verifyWithJwks(cloud, GOOGLE_JWKS, idToken, GOOGLE_ISSUER, GOOGLE_CLIENT.clientId);
    expect(protectedHeader).toEqual({ alg: 'RS256', kid: expect.stringMatching(/^[0-9a-f]{40}$/), typ: 'JWT' });
    expect(payload).toEqual({
      iss: GOOGLE_ISSUER,
      azp: GOOGLE_CLIENT.clientId,
      aud: GOOGLE_CLIENT.clientId,
      sub: JANE.sub,
      email: JANE.email,
      email_verified: true,
      at_hash: expect.stringMatching(/^[\w-]{22}$/),
      nonce: 'n-0S6_WzA2Mj',
      name: 'Jane Doe',
      picture: JANE.picture,
      given_name: 'Jane',
      family_name: 'Doe',
      iat: START_SECONDS,
      exp: START_SECONDS + 3600,
    });
    expect(JANE.sub).toMatch(/^\d{21}$/);

    const reused = await exchange(cloud, code);
    expect({ status: reused.status, body: reused.body }).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Bad Request' } });
    // The code's second use revoked the access token it was exchanged for.
    const info = await cloud.fetch(GOOGLE_USERINFO, { headers: { authorization: `Bearer ${answer.body['access_token']}` } });
    expect(info.status).toBe(401);
  });

  it('refuses a code past its ten minutes at the cloud clock, a wrong redirect_uri, and a wrong client secret', async () => {
    const cloud = await newCloud();
    const { code } = await codeFor(cloud);
    const wrongUri = await exchange(cloud, code, { redirect_uri: 'https://other.auth.us-east-1.amazoncognito.com/oauth2/idpresponse' });
    expect(wrongUri.body).toEqual({ error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
    const wrongSecret = await exchange(cloud, code, { client_secret: 'GOCSPX-wrong' });
    expect({ status: wrongSecret.status, body: wrongSecret.body }).toEqual({
      status: 401,
      body: { error: 'invalid_client', error_description: 'Unauthorized' },
    });
    const unknownGrant = await exchange(cloud, code, { grant_type: 'password' });
    expect(unknownGrant.body).toEqual({ error: 'unsupported_grant_type', error_description: 'Invalid grant_type: password' });
    cloud.clock.advance(10 * MINUTE);
    const expired = await exchange(cloud, code);
    expect({ status: expired.status, body: expired.body }).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Bad Request' } });
  });

  it('gives a refresh token only with access_type=offline on a consent, and refreshes with it (client_secret_basic)', async () => {
    const cloud = await newCloud();
    const { browser, code } = await codeFor(cloud, { access_type: 'offline' });
    const first = await exchange(cloud, code);
    expect(first.body['refresh_token']).toMatch(/^1\/\/0[\w-]{100}$/);
    // Consent already given: no page, and no new refresh token.
    const again = await browser.request(signInUrl({ access_type: 'offline' }));
    const second = await exchange(cloud, queryOf(again.location)['code']!);
    expect(second.body).not.toHaveProperty('refresh_token');
    const refreshed = await postForm(
      cloud,
      'https://oauth2.googleapis.com/token',
      { grant_type: 'refresh_token', refresh_token: first.body['refresh_token'] as string },
      { authorization: `Basic ${btoa(`${GOOGLE_CLIENT.clientId}:${GOOGLE_CLIENT.clientSecret}`)}` },
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    expect(refreshed.body).not.toHaveProperty('refresh_token');
  });

  it('has jose refuse a tampered ID token against its JWKS', async () => {
    const cloud = await newCloud();
    const { code } = await codeFor(cloud);
    const idToken = (await exchange(cloud, code)).body['id_token'] as string;
    const [header, payload, signature] = idToken.split('.');
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const forged = btoa(JSON.stringify({ ...claims, email: 'attacker@gmail.com' }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    await expect(verifyWithJwks(cloud, GOOGLE_JWKS, `${header}.${forged}.${signature}`, GOOGLE_ISSUER, GOOGLE_CLIENT.clientId)).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
    cloud.clock.advance(61 * MINUTE);
    await expect(verifyWithJwks(cloud, GOOGLE_JWKS, idToken, GOOGLE_ISSUER, GOOGLE_CLIENT.clientId)).rejects.toBeInstanceOf(errors.JWTExpired);
    expect(decodeProtectedHeader(idToken).kid).toBe(((await (await cloud.fetch(GOOGLE_JWKS)).json()) as { keys: { kid: string }[] }).keys[0]!.kid);
  });
});

describe('the simulated Google: userinfo and the People API', () => {
  it('answers userinfo and people/me for the access token, and refuses a missing or expired one in Google’s words', async () => {
    const cloud = await newCloud();
    const { code } = await codeFor(cloud);
    const accessToken = (await exchange(cloud, code)).body['access_token'] as string;
    const bearer = { authorization: `Bearer ${accessToken}` };
    const info = await cloud.fetch(GOOGLE_USERINFO, { headers: bearer });
    expect(info.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await info.json()).toEqual({
      sub: JANE.sub,
      email: JANE.email,
      email_verified: true,
      name: 'Jane Doe',
      picture: JANE.picture,
      given_name: 'Jane',
      family_name: 'Doe',
    });
    const person = await cloud.fetch(`${GOOGLE_PEOPLE_ME}?personFields=names,emailAddresses`, { headers: bearer });
    expect(person.status).toBe(200);
    expect(await person.json()).toMatchObject({
      resourceName: `people/${JANE.sub}`,
      names: [{ displayName: 'Jane Doe', givenName: 'Jane', familyName: 'Doe', metadata: { primary: true, source: { type: 'PROFILE', id: JANE.sub } } }],
      emailAddresses: [{ value: JANE.email, metadata: { primary: true, verified: true } }],
    });
    const noMask = await cloud.fetch(GOOGLE_PEOPLE_ME, { headers: bearer });
    expect(noMask.status).toBe(400);
    expect(await noMask.json()).toMatchObject({
      error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringMatching(/^personFields mask is required/) },
    });
    const wider = await cloud.fetch(`${GOOGLE_PEOPLE_ME}?personFields=names,phoneNumbers,birthdays`, { headers: bearer });
    expect(Object.keys((await wider.json()) as object)).toEqual(['resourceName', 'etag', 'names']);
    const wrongField = await cloud.fetch(`${GOOGLE_PEOPLE_ME}?personFields=shoeSize`, { headers: bearer });
    expect(await wrongField.json()).toEqual({
      error: {
        code: 400,
        message: 'Invalid personFields mask path: "shoeSize". Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/get.',
        status: 'INVALID_ARGUMENT',
      },
    });
    const anonymous = await cloud.fetch(`${GOOGLE_PEOPLE_ME}?personFields=names`);
    expect(await anonymous.json()).toMatchObject({
      error: { code: 401, status: 'UNAUTHENTICATED', message: expect.stringMatching(/^Request is missing required authentication credential/) },
    });
    cloud.clock.advance(60 * MINUTE);
    const expired = await cloud.fetch(GOOGLE_USERINFO, { headers: bearer });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toBe('Bearer realm="https://accounts.google.com/", error="invalid_token"');
    expect(await expired.json()).toEqual({ error: 'invalid_request', error_description: 'Invalid Credentials' });
  });
});

describe('the simulated Google in snapshots', () => {
  it('keeps its key, sessions and codes in the snapshot under its id, and a restored cloud redeems a code issued before', async () => {
    const cloud = await newCloud();
    const { code } = await codeFor(cloud);
    const kid = ((await (await cloud.fetch(GOOGLE_JWKS)).json()) as { keys: { kid: string }[] }).keys[0]!.kid;
    const snapshot = cloud.snapshot();
    expect(snapshot.services[googleIdp.id]).toMatchObject({
      version: 1,
      regions: { global: { key: { kid }, codes: { [code]: { sub: JANE.sub, used: false } } } },
    });
    const restored = await newCloud({ snapshot });
    const answer = await exchange(restored, code);
    expect(answer.status).toBe(200);
    const { protectedHeader } = await verifyWithJwks(restored, GOOGLE_JWKS, answer.body['id_token'] as string, GOOGLE_ISSUER, GOOGLE_CLIENT.clientId);
    expect(protectedHeader.kid).toBe(kid);
  });
});
