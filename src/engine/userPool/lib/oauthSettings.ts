import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { UserPoolRecord } from '../model';
import type { ClientSettings } from './clientSettings';
import { customScopes } from './resourceServers';

/** The scopes every pool offers; custom ones are `<ResourceServer Identifier>/<ScopeName>`. */
export const STANDARD_SCOPES = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];

/** The hosted UI's own identity provider: the pool's users signing in with their passwords. */
export const COGNITO_PROVIDER = 'COGNITO';

/**
 * Hosts a callback or sign-out URL may name over plain http: `localhost` (any port and path), and since 2025 the
 * loopback literals `127.0.0.1` and `[::1]` (AWS announced them on microsoft/vscode#256122).
 */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * A client's OAuth settings checked as CreateUserPoolClient and UpdateUserPoolClient check them, in AWS's words where
 * they are known ([O]) and our own where not ([U]):
 * - CallbackURLs, LogoutURLs and DefaultRedirectURI are absolute URLs without a fragment, and https unless the host is
 *   localhost: `<url> cannot use the HTTP protocol.` [O] (InvalidParameterException). App schemes (`myapp://cb`) are allowed.
 *   DefaultRedirectURI must be one of the CallbackURLs.
 * - client_credentials stands alone and needs a client secret (InvalidOAuthFlowException, [O] messages).
 * - Every scope is a standard one or a custom scope of the pool's resource servers, else
 *   `ScopeDoesNotExistException: Invalid scope requested: <scope>` [O]; client_credentials allows custom scopes only
 *   (`<scope> is not supported with client_credentials flow` [O] words; [U] that AWS answers it as InvalidOAuthFlowException).
 * - AllowedOAuthFlowsUserPoolClient true needs flows and scopes [O], and code or implicit need a callback URL [O].
 * - SupportedIdentityProviders are COGNITO or a provider of the pool: `The provider <name> does not exist for User Pool
 *   <id>.` [O] (the pool's providers are those CreateIdentityProvider made).
 */
export function checkOAuthSettings(pool: UserPoolRecord, settings: ClientSettings, hasSecret: boolean): void {
  for (const url of [...(settings.CallbackURLs ?? []), ...(settings.LogoutURLs ?? [])]) checkRedirectUrl(url);
  if (settings.DefaultRedirectURI !== undefined) {
    checkRedirectUrl(settings.DefaultRedirectURI);
    // [U] AWS's wording when the default is not a callback URL.
    if (!(settings.CallbackURLs ?? []).includes(settings.DefaultRedirectURI)) {
      throw new CloudError('InvalidParameterException', 'DefaultRedirectURI must be one of the CallbackURLs.');
    }
  }
  const flows = settings.AllowedOAuthFlows ?? [];
  const clientCredentials = flows.includes('client_credentials');
  const userFlow = flows.includes('code') || flows.includes('implicit');
  if (clientCredentials && userFlow) {
    throw new CloudError('InvalidOAuthFlowException', 'client_credentials flow can not be selected along with code flow or implicit flow.');
  }
  if (clientCredentials && !hasSecret) {
    throw new CloudError('InvalidOAuthFlowException', 'client_credentials flow can not be selected if client does not have a client secret.');
  }
  const custom = customScopes(pool);
  for (const scope of settings.AllowedOAuthScopes ?? []) {
    if (!STANDARD_SCOPES.includes(scope) && !custom.has(scope)) throw new CloudError('ScopeDoesNotExistException', `Invalid scope requested: ${scope}`);
  }
  if (clientCredentials) {
    const standard = (settings.AllowedOAuthScopes ?? []).find((scope) => STANDARD_SCOPES.includes(scope));
    if (standard) throw new CloudError('InvalidOAuthFlowException', `${standard} is not supported with client_credentials flow`);
  }
  for (const provider of settings.SupportedIdentityProviders ?? []) {
    if (provider !== COGNITO_PROVIDER && !lookup(pool.identityProviders, provider))
      throw new CloudError('InvalidParameterException', `The provider ${provider} does not exist for User Pool ${pool.Id}.`);
  }
  if (settings.AllowedOAuthFlowsUserPoolClient) {
    if (flows.length === 0 || (settings.AllowedOAuthScopes ?? []).length === 0) {
      throw new CloudError(
        'InvalidParameterException',
        'AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.',
      );
    }
    // [U] whether AWS also checks this while OAuth is off for the client; here it does not.
    if (userFlow && (settings.CallbackURLs ?? []).length === 0) {
      throw new CloudError('InvalidOAuthFlowException', 'CallbackUrls can not be empty when code flow or implicit flow is selected');
    }
  }
}

/** One callback or sign-out URL: absolute, no fragment, https unless on a loopback host. */
function checkRedirectUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // [U] AWS's wording for a relative URL.
    throw new CloudError('InvalidParameterException', `${url} is not a valid absolute URL.`);
  }
  // [U] AWS's wording for a fragment (OAuth 2.0 forbids one in a redirection endpoint, RFC 6749 §3.1.2).
  if (url.includes('#')) throw new CloudError('InvalidParameterException', `${url} cannot contain a fragment.`);
  if (parsed.protocol === 'http:' && !LOOPBACK_HOSTS.includes(parsed.hostname)) {
    throw new CloudError('InvalidParameterException', `${url} cannot use the HTTP protocol.`);
  }
}
