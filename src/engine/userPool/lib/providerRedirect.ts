import { lookup } from '../../kernel/records';
import type { IdentityProviderRecord, UserPoolClientRecord, UserPoolRecord } from '../model';

/**
 * The external provider `/oauth2/authorize` names with `identity_provider` (a ProviderName) or `idp_identifier` (one of
 * a provider's IdpIdentifiers), if the client may use it (its SupportedIdentityProviders list the provider). Undefined:
 * no such provider, or not for this client. [U] that identifiers match exactly (AWS does not say whether case counts).
 */
export function providerForAuthorize(
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  named: { identityProvider?: string; idpIdentifier?: string },
): IdentityProviderRecord | undefined {
  const provider =
    named.identityProvider !== undefined
      ? lookup(pool.identityProviders, named.identityProvider)
      : named.idpIdentifier !== undefined
        ? Object.values(pool.identityProviders).find((p) => p.IdpIdentifiers.includes(named.idpIdentifier!))
        : undefined;
  return provider && client.SupportedIdentityProviders?.includes(provider.ProviderName) ? provider : undefined;
}

/**
 * Where Cognito sends the browser to sign in at an OAuth provider (Google, Facebook, Login with Amazon, Apple, OIDC): the
 * provider's authorize URL with Cognito's client_id there, `response_type=code`, the provider's `authorize_scopes`
 * (Facebook's are comma-separated in ProviderDetails; sent space-separated [U]), `redirect_uri` = the domain's
 * `/oauth2/idpresponse`, and the state Cognito keeps. Undefined for SAML (its AuthnRequest is another matter).
 */
export function providerAuthorizeUrl(provider: IdentityProviderRecord, options: { domainOrigin: string; state: string; nonce?: string }): string | undefined {
  if (!provider.endpoints) return undefined;
  const url = new URL(provider.endpoints.authorize);
  const details = provider.ProviderDetails;
  const scopes = (details.authorize_scopes ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(' ');
  url.searchParams.set('client_id', details.client_id ?? '');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', scopes);
  url.searchParams.set('redirect_uri', `${options.domainOrigin}/oauth2/idpresponse`);
  url.searchParams.set('state', options.state);
  if (options.nonce !== undefined) url.searchParams.set('nonce', options.nonce);
  return url.href;
}
