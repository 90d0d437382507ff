/**
 * The login page's external providers, as the classic hosted UI lists the app client's SupportedIdentityProviders other
 * than COGNITO: a button per social provider ("Continue with Google"), then, under "Sign in with your corporate ID", one
 * per OIDC or SAML provider with its ProviderName. Each is a plain link to `/oauth2/authorize` with the page's query and
 * `identity_provider=<name>`, so the page works without JavaScript.
 */
import { lookup } from '../../kernel/records';
import type { IdentityProviderRecord } from '../../userPool/model';
import { COGNITO_PROVIDER } from '../../userPool/lib/oauthSettings';
import type { Visit } from '../endpoints';
import type { AuthorizeParams } from './authorizeRequest';
import { escapeHtml } from './html';

/** The social buttons' words. [U] all but Google's ("Continue with Google"), in the same form. */
const SOCIAL_TEXT: Partial<Record<IdentityProviderRecord['ProviderType'], string>> = {
  Google: 'Continue with Google',
  Facebook: 'Continue with Facebook',
  LoginWithAmazon: 'Continue with Amazon',
  SignInWithApple: 'Continue with Apple',
};

/** The client's external providers that exist in the pool, in the client's order. [U] the order AWS shows them in. */
export function externalProviders(visit: Visit, params: AuthorizeParams): IdentityProviderRecord[] {
  return (params.client.SupportedIdentityProviders ?? [])
    .filter((name) => name !== COGNITO_PROVIDER)
    .map((name) => lookup(visit.pool.identityProviders, name))
    .filter((p): p is IdentityProviderRecord => p !== undefined);
}

function allowsCognito(params: AuthorizeParams): boolean {
  return (params.client.SupportedIdentityProviders ?? []).includes(COGNITO_PROVIDER);
}

/**
 * Whether the login page offers the pool's own sign-in (a username and password): the client lists COGNITO, or names no
 * external provider at all. SIMPLIFIED: a client with neither still gets the form here [U what AWS shows it].
 */
export function offersPasswordSignIn(visit: Visit, params: AuthorizeParams): boolean {
  return allowsCognito(params) || externalProviders(visit, params).length === 0;
}

function link(params: AuthorizeParams, provider: IdentityProviderRecord, text: string): string {
  const query = new URLSearchParams(params.query);
  query.set('identity_provider', provider.ProviderName);
  return `<p><a href="${escapeHtml(`/oauth2/authorize?${query}`)}">${escapeHtml(text)}</a></p>`;
}

/** The providers' links, social first, then the corporate ones under their heading; '' for none. */
export function providerButtons(visit: Visit, params: AuthorizeParams): string {
  const providers = externalProviders(visit, params);
  const social = providers.filter((p) => SOCIAL_TEXT[p.ProviderType] !== undefined);
  const corporate = providers.filter((p) => SOCIAL_TEXT[p.ProviderType] === undefined);
  const socialHtml = social.map((p) => link(params, p, SOCIAL_TEXT[p.ProviderType]!)).join('');
  const corporateHtml = corporate.length
    ? `<section aria-labelledby="corporate-id"><h2 id="corporate-id">Sign in with your corporate ID</h2>${corporate.map((p) => link(params, p, p.ProviderName)).join('')}</section>`
    : '';
  if (!socialHtml && !corporateHtml) return '';
  // The classic page separates the providers from the password form with "or" [U its exact markup].
  const or = offersPasswordSignIn(visit, params) ? '<p>or</p><h2>Sign in with your username and password</h2>' : '';
  return `<nav aria-label="Other ways to sign in">${socialHtml}${corporateHtml}</nav>${or}`;
}
