/**
 * What the app decides before it sends the browser to the hosted UI: which app client it signs in with, a fresh `state`,
 * nonce and PKCE pair for each sign-in, and the URL (`/oauth2/authorize`, or `/logout` in either of its forms).
 */
import { authorizeUrl, hostedUiBase, logoutUrl, nonceFor, pkceFor, settingsFromForm, signInAgainUrl, stateFor, type AppSettings } from './oauth';
import type { HostedUiContext } from './setup';

/** The settings the app works with: those last saved, or the form's before any save. */
export const settingsOf = (context: HostedUiContext): AppSettings => context.settings ?? settingsFromForm(context.form);

/** Whether the app signs in as the confidential client (a server-side web app with a secret). */
export const isConfidential = (context: HostedUiContext): boolean => settingsOf(context).clientType === 'confidential' && context.server !== undefined;

/** The app client the app signs in with: the confidential client once the console created it, else the scenario's public one. */
export const clientIdOf = (context: HostedUiContext): string => (isConfidential(context) ? context.server!.clientId : (context.setup.clientId ?? ''));

/**
 * Whether this sign-in sends a PKCE challenge. A public client always does (it has nothing else to prove it made the
 * request). AWS lets a confidential client use the code grant with or without PKCE; the app's `pkce` setting decides.
 */
const usesPkce = (context: HostedUiContext): boolean => !isConfidential(context) || context.form['pkce'] !== 'off';

/** Where the pool's hosted UI answers, for the saved settings. */
export const baseOf = (context: HostedUiContext) => hostedUiBase(context.settings?.domain ?? '', context.setup.region ?? '');

/** A new sign-in: its values, and the URL the browser opens (`/oauth2/authorize`, or `/logout` to sign in again). */
export function planSignIn(context: HostedUiContext, via: 'authorize' | 'logout', provider: { identityProvider?: string; idpIdentifier?: string } = {}) {
  const settings = settingsOf(context);
  const launches = (context.launches ?? 0) + 1;
  const clientId = clientIdOf(context);
  const pkce = settings.flows[0] === 'code' && usesPkce(context) ? pkceFor(clientId, launches) : undefined;
  const oauthState = stateFor(clientId, launches);
  const nonce = settings.scopes.includes('openid') ? nonceFor(clientId, launches) : undefined;
  const base = baseOf(context);
  const url =
    via === 'authorize'
      ? authorizeUrl(base, clientId, settings, oauthState, pkce, nonce, provider.identityProvider, provider.idpIdentifier)
      : signInAgainUrl(base, clientId, settings, oauthState, pkce, nonce);
  return {
    launches,
    oauthState,
    pkce,
    tokens: undefined,
    callback: undefined,
    error: undefined,
    expecting: 'signIn' as const,
    pending: { kind: 'navigate', url } as const,
  };
}

/** `/logout` with the sign-out URL: the hosted UI's session ends and the browser lands on the app's sign-out page. */
export function planSignOut(context: HostedUiContext) {
  return { expecting: 'signOut' as const, pending: { kind: 'navigate', url: logoutUrl(baseOf(context), clientIdOf(context), settingsOf(context)) } as const };
}

/** What the app's server sends to `/oauth2/token` for the code in its callback. */
export function exchangeOf(context: HostedUiContext) {
  const code = new URL(context.callback ?? 'http://localhost').searchParams.get('code') ?? '';
  return {
    clientId: clientIdOf(context),
    code,
    ...(context.pkce ? { verifier: context.pkce.verifier } : {}),
    // The server's copy of the secret, as the developer configured it (the `serverSecret` field).
    ...(isConfidential(context) ? { clientSecret: context.form['serverSecret'] ?? '' } : {}),
  };
}
