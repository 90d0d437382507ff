import { describe, expect, it } from 'vitest';
import { formOf, TestBrowser } from '../../support/browser';
import { newCloud } from '../../support/cloud';
import { CALLBACK, hostedUiOf, oauthPool, PASSWORD, SIGNED_OUT, USERNAME, type OAuthSetup } from '../../support/oauth';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

const SESSION = 'session-cookie-value-0001';

/** A hosted UI session as /login leaves it: the record, and the cookie the browser sends back. */
function signedIn(cloud: TestCloud, setup: OAuthSetup): { cookie: string } {
  const now = cloud.clock.now();
  hostedUiOf(cloud, setup.userPoolId).sessions[SESSION] = { username: USERNAME, authTime: now, expiresAt: now + 3600_000 };
  return { cookie: `XSRF-TOKEN=abc; cognito=${SESSION}` };
}

const logout = (cloud: TestCloud, setup: OAuthSetup, query: Record<string, string>, headers: Record<string, string> = {}) =>
  cloud.fetch(`${setup.base}/logout?${new URLSearchParams(query)}`, { headers, redirect: 'manual' });

function expectSessionCleared(cloud: TestCloud, setup: OAuthSetup, response: Response) {
  expect(hostedUiOf(cloud, setup.userPoolId).sessions[SESSION]).toBeUndefined();
  const cookie = response.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^cognito=;/);
  expect(cookie).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  expect(cookie).toContain('Path=/');
}

describe('GET /logout', () => {
  it('with client_id and a registered logout_uri: ends the session and redirects there', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const response = await logout(cloud, setup, { client_id: setup.clientId, logout_uri: SIGNED_OUT }, signedIn(cloud, setup));
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(SIGNED_OUT);
    expectSessionCleared(cloud, setup, response);
  });

  it('with redirect_uri and response_type: ends the session and sends the browser to /login with the same parameters', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const query = { response_type: 'code', client_id: setup.clientId, redirect_uri: CALLBACK, state: 'xyz', scope: 'openid email' };
    const response = await logout(cloud, setup, query, signedIn(cloud, setup));
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!, setup.base);
    expect(location.origin + location.pathname).toBe(`${setup.base}/login`);
    expect(Object.fromEntries(location.searchParams)).toEqual(query);
    expectSessionCleared(cloud, setup, response);
  });

  it('never redirects to a URL the client did not register: the error page, and the session stays', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const cookie = signedIn(cloud, setup);
    const queries: Record<string, string>[] = [
      { client_id: setup.clientId, logout_uri: 'https://evil.example.com/' },
      { client_id: setup.clientId, redirect_uri: SIGNED_OUT, response_type: 'code' },
    ];
    for (const query of queries) {
      const response = await logout(cloud, setup, query, cookie);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`/error?error=redirect_mismatch&client_id=${setup.clientId}`);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(hostedUiOf(cloud, setup.userPoolId).sessions[SESSION]).toBeDefined();
  });

  it('sends a request without a known client, or without logout_uri or redirect_uri, to the error page', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const cases: [Record<string, string>, string][] = [
      [{ logout_uri: SIGNED_OUT }, '/error?error=invalid_request'],
      [{ client_id: 'nosuchclient', logout_uri: SIGNED_OUT }, '/error?error=invalid_request&client_id=nosuchclient'],
      [{ client_id: setup.clientId }, `/error?error=invalid_request&client_id=${setup.clientId}`],
    ];
    for (const [query, location] of cases) {
      const response = await logout(cloud, setup, query);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(location);
    }
  });

  it('signs out a browser without a session all the same', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const response = await logout(cloud, setup, { client_id: setup.clientId, logout_uri: SIGNED_OUT });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(SIGNED_OUT);
  });
});

describe('GET /logout in a browser', () => {
  it('ends a real sign-in: /oauth2/authorize shows the form again instead of skipping it, and the new sign-in reaches the callback', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const browser = new TestBrowser(cloud);
    const authorize = `${setup.base}/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: setup.clientId, redirect_uri: CALLBACK, state: 's1', scope: 'openid' })}`;
    const { last: form } = await browser.visit(authorize);
    const { last: signedInCallback } = await browser.submit(form, { username: USERNAME, password: PASSWORD });
    expect(signedInCallback.location).toMatch(new RegExp(`^${CALLBACK}\\?code=`));
    expect(Object.keys(hostedUiOf(cloud, setup.userPoolId).sessions)).toHaveLength(1);
    // The session skips the form.
    expect((await browser.request(authorize)).location).toMatch(new RegExp(`^${CALLBACK}\\?code=`));

    const query = { response_type: 'code', client_id: setup.clientId, redirect_uri: CALLBACK, state: 's2', scope: 'openid' };
    const { hops, last: again } = await browser.visit(`${setup.base}/logout?${new URLSearchParams(query)}`);
    expect(hops.map((h) => h.status)).toEqual([302, 200]);
    expect(Object.keys(hostedUiOf(cloud, setup.userPoolId).sessions)).toHaveLength(0);
    expect(formOf(again.body).labels).toContain('password:Password');
    // Without the session, /oauth2/authorize asks for the form again.
    expect((await browser.request(authorize)).location).toMatch(/^\/login\?/);

    const { last: callback } = await browser.submit(again, { username: USERNAME, password: PASSWORD });
    expect(callback.location).toMatch(new RegExp(`^${CALLBACK}\\?code=[^&]+&state=s2$`));
  });
});
