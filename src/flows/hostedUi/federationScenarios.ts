/**
 * The federation lessons' starting points, built through the user pool's public API as a developer would: the article's
 * pool with its confirmed user, the domain `article-shop`, an external identity provider (the simulated Google, or the
 * generic OpenID Connect provider at idp.example.com found by its issuer's discovery document), and the app client
 * allowed to sign in through it with the code grant (the app sends PKCE). Loaded with the first lesson that needs one.
 */
import { GOOGLE_CLIENT, OIDC_CLIENT, OIDC_ISSUER, SAML_METADATA_URL, type Cloud } from '../../engine';
import type { ScenarioSetup } from '../types';
import { ARTICLE_CALLBACK, ARTICLE_DOMAIN, GOOGLE_PERSON, GOOGLE_PROVIDER, OIDC_PROVIDER, SAML_IDP_IDENTIFIER, SAML_PROVIDER } from './scenario';

/** The app's OAuth settings in these scenarios: the code grant (with PKCE, the app's choice), `openid email profile`. */
const INTEGRATION = {
  domain: ARTICLE_DOMAIN,
  callbackUrl: ARTICLE_CALLBACK,
  signOutUrl: ARTICLE_CALLBACK,
  flows: ['code'],
  scopes: ['openid', 'email', 'profile'],
};

/**
 * Which provider claims fill which pool attribute, and `username` (the provider's subject becomes the user's name,
 * `Google_<sub>`). Both providers' ID tokens and userinfo use the OIDC standard claim names.
 */
const ATTRIBUTE_MAPPING = {
  email: 'email',
  email_verified: 'email_verified',
  given_name: 'given_name',
  family_name: 'family_name',
  name: 'name',
  picture: 'picture',
  username: 'sub',
};

type Provider = {
  ProviderName: string;
  ProviderType: 'Google' | 'OIDC' | 'SAML';
  ProviderDetails: Record<string, string>;
  AttributeMapping?: Record<string, string>;
  IdpIdentifiers?: string[];
};

const google: Provider = {
  ProviderName: GOOGLE_PROVIDER,
  ProviderType: 'Google',
  // Google's endpoints are fixed: Cognito fills in the authorize, token and attributes URLs and the issuer itself.
  ProviderDetails: { client_id: GOOGLE_CLIENT.clientId, client_secret: GOOGLE_CLIENT.clientSecret, authorize_scopes: 'openid email profile' },
};

const oidc: Provider = {
  ProviderName: OIDC_PROVIDER,
  ProviderType: 'OIDC',
  // Only the issuer: Cognito reads its endpoints from `{issuer}/.well-known/openid-configuration`.
  ProviderDetails: {
    client_id: OIDC_CLIENT.clientId,
    client_secret: OIDC_CLIENT.clientSecret,
    attributes_request_method: 'GET',
    oidc_issuer: OIDC_ISSUER,
    authorize_scopes: 'openid email profile',
  },
};

/**
 * The simulated SAML IdP, by its metadata's URL: Cognito reads the IdP's entityID, single sign-on URL and signing
 * certificate from it. A SAML provider has no `sub` claim: the NameID is the user's name (`CorpSAML_<NameID>`), and the
 * mapping names the IdP's attribute Names (here short ones; many IdPs use URIs such as
 * `http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress`).
 */
const saml: Provider = {
  ProviderName: SAML_PROVIDER,
  ProviderType: 'SAML',
  ProviderDetails: { MetadataURL: SAML_METADATA_URL },
  AttributeMapping: { email: 'email', given_name: 'given_name', family_name: 'family_name' },
  IdpIdentifiers: [SAML_IDP_IDENTIFIER],
};

/**
 * `base` is the article's pool with its confirmed user (scenarios.ts). The provider comes before the client names it:
 * UpdateUserPoolClient refuses a SupportedIdentityProviders entry the pool does not have.
 */
async function federation(cloud: Cloud, base: ScenarioSetup, provider: Provider): Promise<ScenarioSetup> {
  const idp = cloud.cognitoIdp;
  const UserPoolId = base.userPoolId ?? '';
  await idp.createUserPoolDomain({ UserPoolId, Domain: INTEGRATION.domain });
  await idp.createIdentityProvider({ UserPoolId, AttributeMapping: ATTRIBUTE_MAPPING, ...provider });
  await idp.updateUserPoolClient({
    UserPoolId,
    ClientId: base.clientId ?? '',
    ClientName: 'article-app',
    SupportedIdentityProviders: ['COGNITO', provider.ProviderName],
    CallbackURLs: [INTEGRATION.callbackUrl],
    LogoutURLs: [INTEGRATION.signOutUrl],
    AllowedOAuthFlows: INTEGRATION.flows,
    AllowedOAuthScopes: INTEGRATION.scopes,
    AllowedOAuthFlowsUserPoolClient: true,
  });
  return { ...base, region: cloud.region, domain: INTEGRATION.domain, integration: INTEGRATION, identityProvider: provider.ProviderName };
}

/** The pool signs users in with the simulated Google. */
export const googleFederation = (cloud: Cloud, base: ScenarioSetup) => federation(cloud, base, google);

/** The pool signs users in with the generic OIDC provider at idp.example.com. */
export const oidcFederation = (cloud: Cloud, base: ScenarioSetup) => federation(cloud, base, oidc);

/** The pool signs users in with the simulated SAML IdP at saml.idp.example.com (SP-initiated, through the hosted UI). */
export const samlFederation = (cloud: Cloud, base: ScenarioSetup) => federation(cloud, base, saml);

/**
 * `googleFederation`, and Jane Doe's Google account linked to the article's user before it ever signed in
 * (AdminLinkProviderForUser, by her Google subject): signing in with Google signs her in as abc.xyz@gmail.com.
 */
export async function linkGoogleUser(cloud: Cloud, base: ScenarioSetup): Promise<ScenarioSetup> {
  const setup = await googleFederation(cloud, base);
  await cloud.cognitoIdp.adminLinkProviderForUser({
    UserPoolId: setup.userPoolId ?? '',
    DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: setup.username ?? '' },
    SourceUser: { ProviderName: GOOGLE_PROVIDER, ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: GOOGLE_PERSON.sub },
  });
  return setup;
}
