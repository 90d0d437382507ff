import { describe, expect, it } from 'vitest';
import { GOOGLE_AUTHORIZE, GOOGLE_DISCOVERY, GOOGLE_ISSUER, GOOGLE_JWKS, GOOGLE_LABEL, googleIdp } from '../../../src/engine';
import { formOf, roleText, TestBrowser } from '../../support/browser';
import { newCloud } from '../../support/cloud';
import { IDP_RESPONSE, queryOf } from './support';
import { EMAIL_SCOPE, JANE, PROFILE_SCOPE, signInUrl } from './googleSupport';

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
