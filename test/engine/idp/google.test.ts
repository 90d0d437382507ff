import { decodeProtectedHeader, errors } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  GOOGLE_AUTHORIZE,
  GOOGLE_CLIENT,
  GOOGLE_DISCOVERY,
  GOOGLE_ISSUER,
  GOOGLE_JWKS,
  GOOGLE_LABEL,
  GOOGLE_PEOPLE_ME,
  GOOGLE_TOKEN,
  GOOGLE_USERINFO,
  GOOGLE_USERS,
  MINUTE,
  googleIdp,
} from '../../../src/engine';
import { formOf, roleText, TestBrowser } from '../../support/browser';
import { newCloud, START_SECONDS } from '../../support/cloud';
import { authorizeUrl, IDP_RESPONSE, postForm, queryOf, signInAndAllow, verifyWithJwks } from './support';

const JANE = GOOGLE_USERS[0]!;
const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
const PROFILE_SCOPE = 'https://www.googleapis.com/auth/userinfo.profile';

const signInUrl = (extra: Record<string, string> = {}) =>
  authorizeUrl(GOOGLE_AUTHORIZE, {
    client_id: GOOGLE_CLIENT.clientId,
    redirect_uri: IDP_RESPONSE,
    response_type: 'code',
    scope: 'profile email openid',
    state: 'cognito-state-1',
    ...extra,
  });

const exchange = (cloud: Awaited<ReturnType<typeof newCloud>>, code: string, extra: Record<string, string> = {}) =>
  postForm(cloud, GOOGLE_TOKEN, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: IDP_RESPONSE,
    client_id: GOOGLE_CLIENT.clientId,
    client_secret: GOOGLE_CLIENT.clientSecret,
    ...extra,
  });

async function codeFor(cloud: Awaited<ReturnType<typeof newCloud>>, extra: Record<string, string> = {}) {
  const browser = new TestBrowser(cloud);
  const back = await signInAndAllow(browser, signInUrl(extra), JANE.email, JANE.password);
  return { browser, code: queryOf(back.location)['code']! };
}

describe('the simulated Google: discovery and keys', () => {
  it('answers its discovery document and a JWKS of one RS256 key with a 40-hex kid, as JSON', async () => {
    const cloud = await newCloud();
    const discovery = await cloud.fetch(GOOGLE_DISCOVERY);
    expect(discovery.status).toBe(200);
    expect(discovery.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await discovery.json()).toMatchObject({
      issuer: GOOGLE_ISSUER,
      authorization_endpoint: GOOGLE_AUTHORIZE,
      token_endpoint: 'https://oauth2.googleapis.com/token',
      jwks_uri: GOOGLE_JWKS,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    const jwks = (await (await cloud.fetch(GOOGLE_JWKS)).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    expect(jwks.keys[0]!['kid']).toMatch(/^[0-9a-f]{40}$/);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    // The same key on every visit, and a 404 page for a path Google does not simulate.
    expect(await (await cloud.fetch(GOOGLE_JWKS)).json()).toEqual(jwks);
    const missing = await cloud.fetch('https://accounts.google.com/nothing-here');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain(GOOGLE_LABEL);
    expect(cloud.log.latest).toMatchObject({ service: googleIdp.id, action: 'GET /nothing-here', status: 404 });
  });
});

describe('the simulated Google: authorize, sign-in and consent', () => {
  it('sends the browser to a labelled sign-in page with a CSRF cookie, refuses a wrong password, then asks consent and redirects back with code and state', async () => {
    const cloud = await newCloud();
    const browser = new TestBrowser(cloud);
    const first = await browser.request(signInUrl());
    expect(first.status).toBe(302);
    expect(first.location).toBe(`/v3/signin/identifier?${new URL(signInUrl()).searchParams}`);
    const page = await browser.request(first.location!, {}, first.url);
    expect(page.status).toBe(200);
    expect(page.setCookie).toMatch(/^__Host-GAPS=[0-9a-f]{32}; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect(roleText(page.body, 'note')).toContain('Simulated Google — not Google');
    expect(page.body).toContain('Continue as Jane Doe (jane.doe@gmail.com)');
    expect(formOf(page.body).labels).toEqual(['email:Email', 'password:Password']);

    const wrong = await browser.submit(page, { email: JANE.email, password: 'not-it' });
    expect(wrong.last.status).toBe(200);
    expect(roleText(wrong.last.body, 'alert')).toBe('Wrong password. Try again or click Forgot password to reset it.');
    const nobody = await browser.submit(page, { email: 'nobody@gmail.com', password: 'x' });
    expect(roleText(nobody.last.body, 'alert')).toBe('Couldn’t find your Google Account');

    const signedIn = await browser.request(new URL(formOf(page.body).action, page.url).href, {
      form: { ...formOf(page.body).fields, email: JANE.email, password: JANE.password },
    });
    expect(signedIn.status).toBe(302);
    expect(signedIn.setCookie).toMatch(/^SID=[0-9a-f]{48}; Expires=.+; Path=\/; Secure; HttpOnly; SameSite=Lax$/);
    expect(signedIn.location!.startsWith('/signin/oauth/consent?')).toBe(true);
    const consentPage = await browser.request(signedIn.location!, {}, signedIn.url);
    expect(consentPage.body).toContain('Cognito Simulator wants to access your Google Account');
    expect(consentPage.body).toContain('Signed in as <strong>jane.doe@gmail.com</strong>');
    const back = await browser.submit(consentPage, {});
    expect(back.last.status).toBe(302);
    const query = queryOf(back.last.location);
    expect(back.last.location!.startsWith(`${IDP_RESPONSE}?`)).toBe(true);
    expect(query).toEqual({
      state: 'cognito-state-1',
      code: expect.stringMatching(/^4\/0A[\w-]{70}$/),
      scope: `${EMAIL_SCOPE} ${PROFILE_SCOPE} openid`,
      authuser: '0',
      prompt: 'consent',
    });

    // Signed in and consented: the next authorization goes straight back, without a page.
    const again = await browser.request(signInUrl({ state: 'second' }));
    expect(again.status).toBe(302);
    expect(queryOf(again.location)).toMatchObject({ state: 'second', prompt: 'none' });
  });

  it('refuses a form whose CSRF token does not match the cookie, and cancelling consent answers access_denied', async () => {
    const cloud = await newCloud();
    const browser = new TestBrowser(cloud);
    const { last: page } = await browser.visit(signInUrl());
    const forged = await browser.submit(page, { _csrf: 'forged', email: JANE.email, password: JANE.password });
    expect(forged.last.status).toBe(403);
    expect(roleText(forged.last.body, 'alert')).toContain('CSRF token does not match');
    const { last: consentPage } = await browser.submit(page, { email: JANE.email, password: JANE.password });
    const cancelForm = consentPage.body.slice(consentPage.body.lastIndexOf('<form'));
    const cancelled = await browser.visit(new URL(formOf(cancelForm).action, consentPage.url).href, { method: 'POST', form: formOf(cancelForm).fields });
    expect(queryOf(cancelled.last.location)).toEqual({ error: 'access_denied', state: 'cognito-state-1' });
  });

  it('answers a redirect_uri not registered for the client with the 400 redirect_uri_mismatch page, and an unknown client with 401', async () => {
    const cloud = await newCloud();
    const mismatch = await cloud.fetch(signInUrl({ redirect_uri: 'https://evil.example.com/callback' }), { redirect: 'manual' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.headers.get('location')).toBeNull();
    const text = await mismatch.text();
    expect(text).toContain('Error 400: redirect_uri_mismatch');
    expect(text).toContain('The redirect URI in the request, https://evil.example.com/callback, does not match the ones authorized for the OAuth client.');
    expect(text).toContain(GOOGLE_LABEL);
    const unknown = await cloud.fetch(signInUrl({ client_id: 'someone-else.apps.googleusercontent.com' }), { redirect: 'manual' });
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toContain('Error 401: invalid_client');
    const badScope = await cloud.fetch(signInUrl({ scope: 'openid drive' }), { redirect: 'manual' });
    expect(await badScope.text()).toContain('Some requested scopes were invalid. {invalid=[drive]}');
    const implicit = await cloud.fetch(signInUrl({ response_type: 'token' }), { redirect: 'manual' });
    expect(queryOf(implicit.headers.get('location'))).toMatchObject({ error: 'unsupported_response_type', state: 'cognito-state-1' });
    const silent = await cloud.fetch(signInUrl({ prompt: 'none' }), { redirect: 'manual' });
    expect(queryOf(silent.headers.get('location'))).toEqual({ error: 'login_required', state: 'cognito-state-1' });
  });
});

describe('the simulated Google on one local address (npm run cloud)', () => {
  it('answers at accounts.google.com.localhost and keeps the browser on that host', async () => {
    const cloud = await newCloud();
    const local = 'http://shop-login.auth.us-east-1.localhost:8787/oauth2/idpresponse';
    const response = await cloud.fetchLocal(
      signInUrl({ redirect_uri: local }).replace('https://accounts.google.com/', 'http://accounts.google.com.localhost:8787/'),
      { redirect: 'manual' },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')!.startsWith('/v3/signin/identifier?')).toBe(true);
    const refused = await cloud.fetchLocal(signInUrl({ redirect_uri: 'http://evil.localhost:8787/oauth2/idpresponse' }), { redirect: 'manual' });
    expect(refused.status).toBe(400);
  });
});

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
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: expect.stringMatching(/^[0-9a-f]{40}$/) });
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
