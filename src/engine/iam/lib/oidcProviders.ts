/**
 * IAM OpenID Connect providers: their ARN from the issuer URL (`https://idp.example.com/realms/main` →
 * `arn:aws:iam::{account}:oidc-provider/idp.example.com/realms/main`), looking them up by ARN or by a token's issuer, and
 * the checks CreateOpenIDConnectProvider and the calls that change one make.
 */
import type { IamState, OidcProviderRecord } from '../model';
import { IAM_MESSAGES, invalidInput, limitExceeded, noSuchEntity } from './errors';

/** IAM's quotas: 100 client ids (audiences), 5 thumbprints a provider (IAM User Guide, "IAM and AWS STS quotas"). */
export const MAX_CLIENT_IDS = 100;
export const MAX_THUMBPRINTS = 5;

/**
 * The URL without its scheme, as IAM keeps it. [U] IAM does not normalize it: a trailing slash or another case makes another
 * provider. SIMPLIFIED: only the `https://` scheme's absence and a missing host are refused.
 */
export function providerUrl(url: string): string {
  const found = /^https:\/\/([^/?#\s]+)([^?#\s]*)$/.exec(url);
  if (!found) throw invalidInput(IAM_MESSAGES.oidcUrlInvalid);
  return `${found[1]}${found[2]}`;
}

export const oidcProviderArn = (accountId: string, url: string): string => `arn:aws:iam::${accountId}:oidc-provider/${url}`;

/** The provider at this ARN, or NoSuchEntity "OpenIDConnect Provider not found for arn …". */
export function requireOidcProvider(state: IamState, arn: string): OidcProviderRecord {
  const provider = Object.hasOwn(state.oidcProviders, arn) ? state.oidcProviders[arn] : undefined;
  if (!provider) throw noSuchEntity(IAM_MESSAGES.noOidcProvider(arn));
  return provider;
}

/** The account's provider for a token's `iss` (`https://host/path`, or `host/path` as some issuers write it). */
export function oidcProviderForIssuer(state: IamState, issuer: string): OidcProviderRecord | undefined {
  const url = issuer.replace(/^https:\/\//, '');
  return Object.values(state.oidcProviders).find((p) => p.Url === url);
}

export function checkThumbprints(list: readonly string[]): string[] {
  if (list.length > MAX_THUMBPRINTS) throw invalidInput(IAM_MESSAGES.thumbprintLimit);
  // [U] IAM keeps thumbprints as sent, without duplicates.
  return [...new Set(list)];
}

export function checkClientIds(list: readonly string[]): string[] {
  const unique = [...new Set(list)];
  if (unique.length > MAX_CLIENT_IDS) throw limitExceeded(IAM_MESSAGES.clientIdLimit);
  return unique;
}
