import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { GOOGLE_AUTHORIZE, GOOGLE_DISCOVERY, GOOGLE_ISSUER, GOOGLE_JWKS, GOOGLE_SPA_CLIENT } from '../../../src/engine';
import { TestBrowser } from '../../support/browser';
import { newCloud } from '../../support/cloud';
import { authorizeUrl, signInAndAllow, verifyWithJwks } from './support';
import { JANE } from './googleSupport';

const SPA = 'http://localhost';

const spaUrl = (extra: Record<string, string> = {}) =>
  authorizeUrl(GOOGLE_AUTHORIZE, {
    client_id: GOOGLE_SPA_CLIENT.clientId,
    redirect_uri: SPA,
    response_type: 'id_token',
    scope: 'openid email',
    state: 'app-state-1',
    nonce: 'app-nonce-1',
    ...extra,
  });

/** The parameters in a redirect's fragment. */
const fragmentOf = (location: string | null) => Object.fromEntries(new URLSearchParams(new URL(location ?? '').hash.slice(1)));

describe('the simulated Google: a browser app asking for the ID token alone (response_type=id_token)', () => {
  it('lists id_token among its response types', async () => {
    const cloud = await newCloud();
    expect(((await (await cloud.fetch(GOOGLE_DISCOVERY)).json()) as { response_types_supported: string[] }).response_types_supported).toEqual([
      'code',
      'id_token',
    ]);
  });

  it('redirects back to http://localhost with the ID token, the state and nothing in the query, signed for the app’s client with its nonce', async () => {
    const cloud = await newCloud();
    const browser = new TestBrowser(cloud);
    const back = await signInAndAllow(browser, spaUrl(), JANE.email, JANE.password);
    const location = new URL(back.location!);
    expect(location.origin + location.pathname).toBe('http://localhost/');
    expect(location.search).toBe('');
    const fragment = fragmentOf(back.location);
    expect(fragment).toMatchObject({ state: 'app-state-1', authuser: '0', prompt: 'consent' });
    expect(fragment).not.toHaveProperty('code');
    const { payload } = await verifyWithJwks(cloud, GOOGLE_JWKS, fragment['id_token']!, GOOGLE_ISSUER, GOOGLE_SPA_CLIENT.clientId);
    expect(payload).toMatchObject({ azp: GOOGLE_SPA_CLIENT.clientId, sub: JANE.sub, email: JANE.email, email_verified: true, nonce: 'app-nonce-1' });
    // No access token was issued, so no at_hash; the token lives an hour at the cloud's clock.
    expect(payload).not.toHaveProperty('at_hash');
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.iat).toBe(Math.floor(cloud.clock.now() / 1000));

    // Signed in and consented: the next request goes straight back with a new ID token for the new nonce.
    const again = await browser.request(spaUrl({ state: 'app-state-2', nonce: 'app-nonce-2' }));
    expect(again.status).toBe(302);
    const second = fragmentOf(again.location);
    expect(second).toMatchObject({ state: 'app-state-2', prompt: 'none' });
    expect(decodeJwt(second['id_token']!)['nonce']).toBe('app-nonce-2');
  });

  it('refuses an ID token request without a nonce, and the app’s cancel, in the fragment', async () => {
    const cloud = await newCloud();
    const withoutNonce = await cloud.fetch(spaUrl({ nonce: '' }), { redirect: 'manual' });
    expect(withoutNonce.status).toBe(302);
    expect(fragmentOf(withoutNonce.headers.get('location'))).toEqual({
      error: 'invalid_request',
      error_description: 'Missing required parameter: nonce',
      state: 'app-state-1',
    });
    const silent = await cloud.fetch(spaUrl({ prompt: 'none' }), { redirect: 'manual' });
    expect(fragmentOf(silent.headers.get('location'))).toEqual({ error: 'login_required', state: 'app-state-1' });
  });

  it('holds the app’s client to its own redirect URI, exactly, and keeps the user pools’ client off it', async () => {
    const cloud = await newCloud();
    const elsewhere = await cloud.fetch(spaUrl({ redirect_uri: 'http://localhost:5173/callback' }), { redirect: 'manual' });
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain(
      'The redirect URI in the request, http://localhost:5173/callback, does not match the ones authorized for the OAuth client.',
    );
    const idpResponse = await cloud.fetch(spaUrl({ redirect_uri: 'https://shop-login.auth.us-east-1.amazoncognito.com/oauth2/idpresponse' }), {
      redirect: 'manual',
    });
    expect(idpResponse.status).toBe(400);
    const poolsClient = await cloud.fetch(spaUrl({ client_id: '123456789012-simulated.apps.googleusercontent.com' }), { redirect: 'manual' });
    expect(poolsClient.status).toBe(400);
    expect(await poolsClient.text()).toContain('Error 400: redirect_uri_mismatch');
  });
});
