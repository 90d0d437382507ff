import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { expect } from 'vitest';
import type { Cloud } from '../../../src/engine';
import type { TestBrowser } from '../../support/browser';

/** A user pool domain's federation callback, which the simulated providers' registered clients accept. */
export const IDP_RESPONSE = 'https://shop-login.auth.us-east-1.amazoncognito.com/oauth2/idpresponse';

export function authorizeUrl(endpoint: string, params: Record<string, string>): string {
  const url = new URL(endpoint);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** The query of a redirect's location. */
export function queryOf(location: string | null): Record<string, string> {
  expect(location).toBeTruthy();
  return Object.fromEntries(new URL(location!).searchParams);
}

/** A form POST as a server (the token endpoint): no cookies. */
export async function postForm(cloud: Cloud, url: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await cloud.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

export const basic = (id: string, secret: string) => `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`)}`;

/** Verifies an ID token with jose against the JWKS fetched from the provider through cloud.fetch, at the cloud's clock. */
export async function verifyWithJwks(cloud: Cloud, jwksUrl: string, token: string, issuer: string, audience: string) {
  const jwks = (await (await cloud.fetch(jwksUrl)).json()) as JSONWebKeySet;
  return jwtVerify(token, createLocalJWKSet(jwks), { issuer, audience, algorithms: ['RS256'], currentDate: new Date(cloud.clock.now()) });
}

/** Signs in on the provider's sign-in page and allows the app on the consent page; the last hop is the redirect back. */
export async function signInAndAllow(browser: TestBrowser, url: string, email: string, password: string) {
  const { last: signInPage } = await browser.visit(url);
  expect(signInPage.status).toBe(200);
  const { last: consentPage } = await browser.submit(signInPage, { email, password });
  expect(consentPage.status).toBe(200);
  const { last: back } = await browser.submit(consentPage, {});
  expect(back.status).toBe(302);
  return back;
}
