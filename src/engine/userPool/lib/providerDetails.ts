import { CloudError } from '../../kernel/errors';
import type { ActionContext } from './context';
import type { IdentityProviderTypeName, ProviderEndpoints, SamlProviderMetadata } from '../model';
import { checkRequiredDetails, socialDetails } from './identityProviders';
import { parseSamlMetadata } from './samlMetadata';

export interface ResolvedDetails {
  /** ProviderDetails as DescribeIdentityProvider returns them. */
  details: Record<string, string>;
  endpoints?: ProviderEndpoints;
  saml?: SamlProviderMetadata;
}

/** The social providers' JWKS (Google's and Apple's ID tokens); Facebook and Login with Amazon sign none. */
const SOCIAL_JWKS: Partial<Record<IdentityProviderTypeName, string>> = {
  Google: 'https://www.googleapis.com/oauth2/v3/certs',
  SignInWithApple: 'https://appleid.apple.com/auth/keys',
};

const OIDC_URL_KEYS = ['authorize_url', 'token_url', 'attributes_url', 'jwks_uri'] as const;

/**
 * A provider's ProviderDetails checked and completed as Create/UpdateIdentityProvider do: the required keys of its type,
 * the endpoints Cognito fills in for social providers, an OIDC provider's endpoints (given, or read from its discovery
 * document), a SAML provider's metadata (given, or read from MetadataURL).
 */
export async function resolveProviderDetails(ctx: ActionContext, type: IdentityProviderTypeName, given: Record<string, string>): Promise<ResolvedDetails> {
  checkRequiredDetails(type, given);
  if (type === 'SAML') return resolveSaml(ctx, given);
  if (type === 'OIDC') return resolveOidc(ctx, given);
  const details = { ...given, ...socialDetails(type, given) };
  const jwks = SOCIAL_JWKS[type];
  const endpoints: ProviderEndpoints = { authorize: details.authorize_url!, token: details.token_url! };
  if (details.attributes_url) endpoints.attributes = details.attributes_url;
  if (jwks) endpoints.jwks = jwks;
  if (details.oidc_issuer) endpoints.issuer = details.oidc_issuer;
  return { details, endpoints };
}

/** [U] AWS's wording when it cannot read an issuer's discovery document. */
function discoveryFailed(issuer: string, why: string): CloudError {
  return new CloudError('InvalidParameterException', `Unable to retrieve the OpenID Connect discovery document of ${issuer}: ${why}`);
}

/**
 * OIDC: with all four endpoints given (authorize_url, token_url, attributes_url, jwks_uri), Cognito takes them as they are
 * and contacts no one; otherwise it reads `<oidc_issuer>/.well-known/openid-configuration` (through the cloud: simulated
 * sites answer, any other host fails) for the ones missing. Discovered endpoints are not added to ProviderDetails (the API
 * reference: those keys are "only present if Amazon Cognito didn't discover them").
 * SIMPLIFIED: discovery happens here, once, not again at sign-in.
 */
async function resolveOidc(ctx: ActionContext, given: Record<string, string>): Promise<ResolvedDetails> {
  const issuer = given.oidc_issuer!;
  const details = { ...given, attributes_url_add_attributes: 'false' };
  const urls: Record<string, string | undefined> = Object.fromEntries(OIDC_URL_KEYS.map((k) => [k, given[k]]));
  if (OIDC_URL_KEYS.some((k) => !urls[k])) {
    const discovered = await discover(ctx, issuer);
    urls.authorize_url ??= discovered.authorization_endpoint;
    urls.token_url ??= discovered.token_endpoint;
    urls.attributes_url ??= discovered.userinfo_endpoint;
    urls.jwks_uri ??= discovered.jwks_uri;
  }
  if (!urls.authorize_url || !urls.token_url || !urls.jwks_uri) throw discoveryFailed(issuer, 'it names no authorization, token or JWKS endpoint.');
  const endpoints: ProviderEndpoints = { authorize: urls.authorize_url, token: urls.token_url, jwks: urls.jwks_uri, issuer };
  if (urls.attributes_url) endpoints.attributes = urls.attributes_url;
  return { details, endpoints };
}

interface DiscoveryDocument {
  issuer?: string;
  authorization_endpoint?: string;
  token_endpoint?: string;
  userinfo_endpoint?: string;
  jwks_uri?: string;
}

async function discover(ctx: ActionContext, issuer: string): Promise<DiscoveryDocument> {
  let url: string;
  try {
    url = new URL(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`).href;
  } catch {
    throw discoveryFailed(issuer, 'the issuer is not a URL.');
  }
  const response = await ctx.fetch(url);
  if (!response.ok) throw discoveryFailed(issuer, `${url} answered ${response.status}.`);
  let document: DiscoveryDocument;
  try {
    document = (await response.json()) as DiscoveryDocument;
  } catch {
    throw discoveryFailed(issuer, `${url} is not JSON.`);
  }
  // OpenID Connect Discovery §4.3: the document's issuer is the one it was fetched for.
  if (document.issuer !== undefined && document.issuer.replace(/\/+$/, '') !== issuer.replace(/\/+$/, '')) {
    throw discoveryFailed(issuer, `the document names the issuer ${document.issuer}.`);
  }
  return document;
}

const SAML_BOOLEANS = ['IDPSignout', 'IDPInit', 'EncryptedResponses'];

/**
 * SAML: exactly one of MetadataFile (the XML) and MetadataURL (read through the cloud); the optional flags are "true" or
 * "false"; RequestSigningAlgorithm accepts only rsa-sha256. Describe adds the sign-on and logout service URLs by binding.
 * [U] AWS's wording of each refusal. SIMPLIFIED: no ActiveEncryptionCertificate (the pool has no SAML encryption key yet).
 */
async function resolveSaml(ctx: ActionContext, given: Record<string, string>): Promise<ResolvedDetails> {
  const file = given.MetadataFile;
  const url = given.MetadataURL;
  if (!file === !url) throw new CloudError('InvalidParameterException', 'Exactly one of MetadataFile or MetadataURL is required for a SAML provider.');
  for (const key of SAML_BOOLEANS) {
    if (given[key] !== undefined && given[key] !== 'true' && given[key] !== 'false') {
      throw new CloudError('InvalidParameterException', `${key} must be true or false.`);
    }
  }
  if (given.RequestSigningAlgorithm !== undefined && given.RequestSigningAlgorithm !== 'rsa-sha256') {
    throw new CloudError('InvalidParameterException', 'RequestSigningAlgorithm only accepts rsa-sha256.');
  }
  let xml = file;
  if (url) {
    const response = await ctx.fetch(url);
    if (!response.ok) throw new CloudError('InvalidParameterException', `Unable to retrieve the SAML metadata at ${url}: it answered ${response.status}.`);
    xml = await response.text();
  }
  const saml = await parseSamlMetadata(xml!);
  const details: Record<string, string> = { ...given };
  if (saml.ssoRedirectUrl) details.SSORedirectBindingURI = saml.ssoRedirectUrl;
  if (saml.sloRedirectUrl) details.SLORedirectBindingURI = saml.sloRedirectUrl;
  if (saml.sloPostUrl) details.SLOPostBindingURI = saml.sloPostUrl;
  return { details, saml };
}
