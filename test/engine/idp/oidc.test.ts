import * as oauth from 'oauth4webapi';
import { errors } from 'jose';
import { describe, expect, it } from 'vitest';
import { MINUTE, OIDC_CLIENT, OIDC_ISSUER, OIDC_LABEL, OIDC_USERS, oidcIdp, type Cloud } from '../../../src/engine';
import { formOf, roleText, TestBrowser } from '../../support/browser';
import { newCloud, START_SECONDS } from '../../support/cloud';
import { authorizeUrl, basic, IDP_RESPONSE, postForm, queryOf, signInAndAllow, verifyWithJwks } from './support';

const ALEX = OIDC_USERS[0]!;
const RIO = OIDC_USERS[1]!;

function clientOf(cloud: Cloud): oauth.Client {
  // oauth4webapi reads Date.now(): its clock is set to the cloud's.
  return { client_id: OIDC_CLIENT.clientId, [oauth.clockSkew]: Math.round((cloud.clock.now() - Date.now()) / 1000) };
}

const fetchOf = (cloud: Cloud) => ({ [oauth.customFetch]: (url: string, init: RequestInit) => cloud.fetch(url, init) });

const loginUrl = (extra: Record<string, string> = {}) =>
  authorizeUrl(`${OIDC_ISSUER}/authorize`, {
    client_id: OIDC_CLIENT.clientId,
    redirect_uri: IDP_RESPONSE,
    response_type: 'code',
    scope: 'openid email profile',
    state: 'st-1',
    ...extra,
  });

const exchange = (cloud: Cloud, code: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  postForm(cloud, `${OIDC_ISSUER}/token`, { grant_type: 'authorization_code', code, redirect_uri: IDP_RESPONSE, ...extra }, headers);

const secretBasic = { authorization: basic(OIDC_CLIENT.clientId, OIDC_CLIENT.clientSecret) };

describe('oauth4webapi against the simulated OIDC provider', () => {
  it('runs the code flow with PKCE: discovery, the authorization URL, the sign-in, the callback, the tokens and userinfo', async () => {
    const cloud = await newCloud();
    const issuer = new URL(OIDC_ISSUER);
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...fetchOf(cloud), algorithm: 'oidc' }));
    expect(as).toMatchObject({ issuer: OIDC_ISSUER, token_endpoint: `${OIDC_ISSUER}/token`, jwks_uri: `${OIDC_ISSUER}/jwks` });
    const client = clientOf(cloud);
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const url = new URL(as.authorization_endpoint!);
    for (const [name, value] of Object.entries({
      client_id: client.client_id,
      redirect_uri: IDP_RESPONSE,
      response_type: 'code',
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }))
      url.searchParams.set(name, value);

    const back = await signInAndAllow(new TestBrowser(cloud), url.href, ALEX.email, ALEX.password);
    const params = oauth.validateAuthResponse(as, client, new URL(back.location!), state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.ClientSecretBasic(OIDC_CLIENT.clientSecret),
      params,
      IDP_RESPONSE,
      verifier,
      fetchOf(cloud),
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true });
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 3600, scope: 'openid email profile' });
    expect(tokens.refresh_token).toBeUndefined();
    expect(oauth.getValidatedIdTokenClaims(tokens)).toMatchObject({ iss: OIDC_ISSUER, aud: OIDC_CLIENT.clientId, sub: ALEX.sub, nonce, email: ALEX.email });
    // oauth4webapi checks the claims; the signature is checked with jose against the provider's JWKS.
    const { payload } = await verifyWithJwks(cloud, as.jwks_uri!, tokens.id_token!, OIDC_ISSUER, OIDC_CLIENT.clientId);
    expect(payload).toMatchObject({ iat: START_SECONDS, exp: START_SECONDS + 3600, azp: OIDC_CLIENT.clientId });

    const info = await oauth.processUserInfoResponse(as, client, ALEX.sub, await oauth.userInfoRequest(as, client, tokens.access_token, fetchOf(cloud)));
    expect(info).toEqual({
      sub: ALEX.sub,
      email: ALEX.email,
      email_verified: true,
      name: 'Alex Kim',
      picture: ALEX.picture,
      given_name: 'Alex',
      family_name: 'Kim',
    });
    expect(cloud.log.entries.filter((e) => e.service === oidcIdp.id).map((e) => e.action)).toEqual([
      'GET /.well-known/openid-configuration',
      'GET /authorize',
      'GET /login',
      'POST /login',
      'GET /consent',
      'POST /consent',
      'POST /token',
      'GET /jwks',
      'GET /userinfo',
    ]);
  });
});

describe('the simulated OIDC provider', () => {
  it('labels its pages as simulated, and refuses a wrong password and an unknown email on the page', async () => {
    const cloud = await newCloud();
    const browser = new TestBrowser(cloud);
    const { hops, last: page } = await browser.visit(loginUrl());
    expect(hops.map((h) => h.status)).toEqual([302, 200]);
    expect(page.setCookie).toMatch(/^idp_csrf=[0-9a-f]{32}; Path=\/;/);
    expect(roleText(page.body, 'note')).toContain(OIDC_LABEL);
    expect(formOf(page.body).labels).toEqual(['email:Email', 'password:Password']);
    expect(roleText((await browser.submit(page, { email: ALEX.email, password: 'nope' })).last.body, 'alert')).toBe('Incorrect email or password.');
    expect(roleText((await browser.submit(page, { email: 'who@idp.example.com', password: 'x' })).last.body, 'alert')).toBe(
      'No account has that email address.',
    );
    const forged = await browser.submit(page, { _csrf: 'x', email: ALEX.email, password: ALEX.password });
    expect(forged.last.status).toBe(403);
  });

  it('refuses an unregistered redirect_uri on a page and sends other errors back to the redirect URI', async () => {
    const cloud = await newCloud();
    const page = await cloud.fetch(loginUrl({ redirect_uri: 'https://shop.example.com/callback' }), { redirect: 'manual' });
    expect(page.status).toBe(400);
    expect(page.headers.get('location')).toBeNull();
    expect(await page.text()).toContain('The redirect_uri https://shop.example.com/callback is not registered for this client.');
    const scope = await cloud.fetch(loginUrl({ scope: 'openid phone' }), { redirect: 'manual' });
    expect(queryOf(scope.headers.get('location'))).toEqual({ error: 'invalid_scope', error_description: 'Unknown scope: phone.', state: 'st-1' });
    const noOpenid = await cloud.fetch(loginUrl({ scope: 'email' }), { redirect: 'manual' });
    expect(queryOf(noOpenid.headers.get('location'))).toEqual({ error: 'invalid_scope', error_description: 'The openid scope is required.', state: 'st-1' });
    const method = await cloud.fetch(loginUrl({ code_challenge: 'abc', code_challenge_method: 'S512' }), { redirect: 'manual' });
    expect(queryOf(method.headers.get('location'))).toMatchObject({ error: 'invalid_request', state: 'st-1' });
  });

  it('checks the client (Basic or post), the code once and within five minutes, and the PKCE verifier, with RFC 6749 errors', async () => {
    const cloud = await newCloud();
    const browser = new TestBrowser(cloud);
    const back = await signInAndAllow(
      browser,
      loginUrl({ code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' }),
      RIO.email,
      RIO.password,
    );
    const code = queryOf(back.location)['code']!;
    const noVerifier = await exchange(cloud, code, {}, secretBasic);
    expect(noVerifier.body).toEqual({ error: 'invalid_grant', error_description: 'code_verifier is required: the code was issued with a code_challenge.' });
    const wrongVerifier = await exchange(cloud, code, { code_verifier: 'x'.repeat(43) }, secretBasic);
    expect(wrongVerifier.body).toEqual({ error: 'invalid_grant', error_description: 'code_verifier does not match the code_challenge.' });
    const wrongSecret = await exchange(
      cloud,
      code,
      { code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' },
      { authorization: basic(OIDC_CLIENT.clientId, 'wrong') },
    );
    expect({ status: wrongSecret.status, challenge: wrongSecret.headers.get('www-authenticate'), body: wrongSecret.body }).toEqual({
      status: 401,
      challenge: 'Basic realm="token"',
      body: { error: 'invalid_client', error_description: 'Client authentication failed: wrong client secret.' },
    });
    const both = await exchange(cloud, code, { client_secret: OIDC_CLIENT.clientSecret }, secretBasic);
    expect(both.body['error']).toBe('invalid_request');
    // RFC 7636's example verifier for the example challenge, sent client_secret_post.
    const good = await exchange(cloud, code, {
      code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
      client_id: OIDC_CLIENT.clientId,
      client_secret: OIDC_CLIENT.clientSecret,
    });
    expect(good.status).toBe(200);
    const { payload } = await verifyWithJwks(cloud, `${OIDC_ISSUER}/jwks`, good.body['id_token'] as string, OIDC_ISSUER, OIDC_CLIENT.clientId);
    expect(payload).toMatchObject({ sub: RIO.sub, email: RIO.email, email_verified: false });
    const reused = await exchange(cloud, code, { code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' }, secretBasic);
    expect(reused.body).toEqual({ error: 'invalid_grant', error_description: 'The authorization code is invalid, expired or already used.' });

    const later = queryOf((await browser.request(loginUrl({ state: 'st-2' }))).location)['code']!;
    cloud.clock.advance(5 * MINUTE);
    expect((await exchange(cloud, later, {}, secretBasic)).body['error']).toBe('invalid_grant');
  });

  it('gives a refresh token for offline_access, answers userinfo only for a live token, and its ID tokens fail jose when tampered', async () => {
    const cloud = await newCloud();
    const back = await signInAndAllow(new TestBrowser(cloud), loginUrl({ scope: 'openid offline_access' }), ALEX.email, ALEX.password);
    const tokens = (await exchange(cloud, queryOf(back.location)['code']!, {}, secretBasic)).body;
    expect(tokens).toMatchObject({ scope: 'openid offline_access', refresh_token: expect.stringMatching(/^rt\.[0-9a-f]{48}$/) });
    const userinfo = `${OIDC_ISSUER}/userinfo`;
    // Only `openid`: the sub alone.
    expect(await (await cloud.fetch(userinfo, { headers: { authorization: `Bearer ${tokens['access_token']}` } })).json()).toEqual({ sub: ALEX.sub });
    const none = await cloud.fetch(userinfo);
    expect({ status: none.status, challenge: none.headers.get('www-authenticate') }).toEqual({ status: 401, challenge: 'Bearer' });
    const bad = await cloud.fetch(userinfo, { headers: { authorization: 'Bearer at.forged' } });
    expect(bad.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="The access token is invalid or expired."');
    expect(await bad.json()).toEqual({ error: 'invalid_token', error_description: 'The access token is invalid or expired.' });

    const refreshed = await postForm(
      cloud,
      `${OIDC_ISSUER}/token`,
      { grant_type: 'refresh_token', refresh_token: tokens['refresh_token'] as string },
      secretBasic,
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).not.toHaveProperty('refresh_token');

    const idToken = tokens['id_token'] as string;
    const [header, , signature] = idToken.split('.');
    const forged = btoa(JSON.stringify({ iss: OIDC_ISSUER, aud: OIDC_CLIENT.clientId, sub: RIO.sub, iat: START_SECONDS, exp: START_SECONDS + 3600 }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    await expect(verifyWithJwks(cloud, `${OIDC_ISSUER}/jwks`, `${header}.${forged}.${signature}`, OIDC_ISSUER, OIDC_CLIENT.clientId)).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
  });

  it('keeps its sessions, consents and codes in a state of its own, made with the first visit', async () => {
    const cloud = await newCloud();
    await signInAndAllow(new TestBrowser(cloud), loginUrl(), ALEX.email, ALEX.password);
    const stored = cloud.snapshot().services[oidcIdp.id]!.regions['global'] as { sessions: object; consents: Record<string, string[]>; codes: object };
    expect(Object.keys(stored.sessions)).toHaveLength(1);
    expect(stored.consents).toEqual({ [`${ALEX.sub} ${OIDC_CLIENT.clientId}`]: ['openid', 'email', 'profile'] });
    expect(Object.keys(stored.codes)).toHaveLength(1);
    expect((await newCloud()).snapshot().services[oidcIdp.id]).toBeUndefined();
  });
});
