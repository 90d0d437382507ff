import { describe, expect, it } from 'vitest';
import { formOf, linkHref, roleText } from '../../support/browser';
import { appAuthorizeUrl, federatedUi, OIDC_NAME } from './federationSetup';

/** The /login page the app's authorize request leads to (no identity_provider). */
async function loginPageOf(ui: Awaited<ReturnType<typeof federatedUi>>) {
  const { last } = await ui.browser.visit(appAuthorizeUrl(ui));
  expect(last.status).toBe(200);
  expect(new URL(last.url).pathname).toBe('/login');
  return last;
}

describe('/login with external providers', () => {
  it('lists Google as "Continue with Google" and the OIDC provider under "Sign in with your corporate ID", above the password form', async () => {
    const ui = await federatedUi();
    const page = await loginPageOf(ui);
    const google = new URL(linkHref(page.body, 'Continue with Google'), page.url);
    expect(google.pathname).toBe('/oauth2/authorize');
    expect(Object.fromEntries(google.searchParams)).toEqual({ ...Object.fromEntries(new URL(page.url).searchParams), identity_provider: 'Google' });
    expect(page.body).toContain('<h2 id="corporate-id">Sign in with your corporate ID</h2>');
    expect(new URL(linkHref(page.body, OIDC_NAME), page.url).searchParams.get('identity_provider')).toBe(OIDC_NAME);
    // The password form is still there, after the providers, with its links.
    expect(formOf(page.body).labels).toEqual(['username:Username', 'password:Password']);
    expect(page.body.indexOf('Continue with Google')).toBeLessThan(page.body.indexOf('<form'));
    expect(linkHref(page.body, 'Forgot your password?')).toMatch(/^\/forgotPassword\?/);

    // The link is a plain GET: it sends the browser on to Google, no JavaScript needed.
    const hop = await ui.browser.request(google.href);
    expect(hop.status).toBe(302);
    expect(hop.location!.startsWith('https://accounts.google.com/o/oauth2/v2/auth?')).toBe(true);
  });

  it('offers only the providers to a client without COGNITO: no password form, no sign-up or reset links, and a posted password refused', async () => {
    const ui = await federatedUi(['Google']);
    const page = await loginPageOf(ui);
    expect(linkHref(page.body, 'Continue with Google')).toMatch(/^\/oauth2\/authorize\?.*identity_provider=Google$/);
    expect(page.body).not.toContain('<form');
    expect(page.body).not.toContain('corporate ID');
    expect(page.body).not.toContain('Forgot your password?');
    expect(page.body).not.toContain('Sign up');

    const csrf = ui.browser.cookies.get('XSRF-TOKEN')!.value;
    const posted = await ui.browser.request(page.url, { form: { _csrf: csrf, username: 'someone', password: 'Passw0rd!' } });
    expect(posted.status).toBe(200);
    expect(roleText(posted.body, 'alert')).toBe('Login option is not available. Please try another one');
  });

  it('keeps the plain sign-in page for a client with COGNITO only', async () => {
    const ui = await federatedUi(['COGNITO']);
    const page = await loginPageOf(ui);
    expect(page.body).toContain('<h1>Sign in with your username and password</h1>');
    expect(page.body).not.toContain('Continue with Google');
    expect(page.body).not.toContain('<nav');
  });
});
