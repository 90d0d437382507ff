import { CloudError } from '../../kernel/errors';
import { toEpochSeconds } from '../../kernel/clock';
import { lookup } from '../../kernel/records';
import type { IdentityProviderRecord, IdentityProviderTypeName, UserPoolRecord } from '../model';

/** The social providers: each is named after its type, and Cognito knows their endpoints. */
export const SOCIAL_TYPES: readonly IdentityProviderTypeName[] = ['Google', 'Facebook', 'LoginWithAmazon', 'SignInWithApple'];

/** Names no OIDC or SAML provider may take: the social types' own names and the pool's own directory. [U] */
const RESERVED_NAMES = new Set([...SOCIAL_TYPES, 'COGNITO', 'Cognito']);

/** The ProviderDetails keys each OAuth type must be given. */
const REQUIRED_DETAILS: Partial<Record<IdentityProviderTypeName, string[]>> = {
  Google: ['client_id', 'client_secret', 'authorize_scopes'],
  Facebook: ['client_id', 'client_secret', 'authorize_scopes'],
  LoginWithAmazon: ['client_id', 'client_secret', 'authorize_scopes'],
  SignInWithApple: ['client_id', 'team_id', 'key_id', 'private_key', 'authorize_scopes'],
  // [U] that client_secret is optional for OIDC (a public client); the other four are in every AWS example.
  OIDC: ['client_id', 'attributes_request_method', 'oidc_issuer', 'authorize_scopes'],
};

/** The Facebook Graph API version Cognito uses when the request names none. [U] */
const DEFAULT_FACEBOOK_VERSION = 'v17.0';

/**
 * The keys Cognito adds to a social provider's ProviderDetails, as DescribeIdentityProvider shows them (the API
 * reference's ProviderDetails examples, "Describe response").
 */
export function socialDetails(type: IdentityProviderTypeName, given: Record<string, string>): Record<string, string> {
  switch (type) {
    case 'Google':
      return {
        attributes_url: 'https://people.googleapis.com/v1/people/me?personFields=',
        attributes_url_add_attributes: 'true',
        authorize_url: 'https://accounts.google.com/o/oauth2/v2/auth',
        oidc_issuer: 'https://accounts.google.com',
        token_request_method: 'POST',
        token_url: 'https://www.googleapis.com/oauth2/v4/token',
      };
    case 'Facebook': {
      const version = given.api_version ?? DEFAULT_FACEBOOK_VERSION;
      return {
        api_version: version,
        attributes_url: `https://graph.facebook.com/${version}/me?fields=`,
        attributes_url_add_attributes: 'true',
        authorize_url: `https://www.facebook.com/${version}/dialog/oauth`,
        token_request_method: 'GET',
        token_url: `https://graph.facebook.com/${version}/oauth/access_token`,
      };
    }
    case 'LoginWithAmazon':
      return {
        attributes_url: 'https://api.amazon.com/user/profile',
        attributes_url_add_attributes: 'false',
        authorize_url: 'https://www.amazon.com/ap/oa',
        token_request_method: 'POST',
        token_url: 'https://api.amazon.com/auth/o2/token',
      };
    case 'SignInWithApple':
      return {
        attributes_url_add_attributes: 'false',
        authorize_url: 'https://appleid.apple.com/auth/authorize',
        oidc_issuer: 'https://appleid.apple.com',
        token_request_method: 'POST',
        token_url: 'https://appleid.apple.com/auth/token',
      };
    default:
      return {};
  }
}

/** Keys Cognito computes (never the request's own): dropped from stored details before an update is checked again. */
export const COMPUTED_KEYS = new Set([
  'attributes_url_add_attributes',
  'token_request_method',
  'SSORedirectBindingURI',
  'SSOPostBindingURI',
  'SLORedirectBindingURI',
  'SLOPostBindingURI',
  'ActiveEncryptionCertificate',
]);

/**
 * The name rules of CreateIdentityProvider: a social provider is named after its type
 * (`Provider NameOfGP cannot be of type Google.` [O]), and an OIDC or SAML provider may not take a social type's name or
 * COGNITO ([U] the same words).
 */
export function checkProviderName(name: string, type: IdentityProviderTypeName): void {
  const social = SOCIAL_TYPES.includes(type);
  if ((social && name !== type) || (!social && RESERVED_NAMES.has(name))) {
    throw new CloudError('InvalidParameterException', `Provider ${name} cannot be of type ${type}.`);
  }
}

/** `a, b and c` as AWS lists required details. */
function listed(keys: string[]): string {
  return keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
}

/**
 * The ProviderDetails keys an OAuth type must have: `client_id, client_secret and authorize_scopes are all required idp
 * details.` [O for Google, Facebook and Login with Amazon; the same form for Apple and OIDC, U].
 */
export function checkRequiredDetails(type: IdentityProviderTypeName, details: Record<string, string>): void {
  const required = REQUIRED_DETAILS[type];
  if (!required) return;
  if (required.some((key) => !details[key])) {
    throw new CloudError('InvalidParameterException', `${listed(required)} are all required idp details.`);
  }
  if (type === 'OIDC' && !['GET', 'POST'].includes(details.attributes_request_method!)) {
    // [U] AWS's wording.
    throw new CloudError('InvalidParameterException', 'attributes_request_method must be GET or POST.');
  }
}

/**
 * AttributeMapping keys are pool attributes: a standard or `custom:` attribute of the pool's schema, or `username` (the
 * federated user's name). [U] AWS's wording for any other key. `sub` is the pool's own and cannot be mapped [U].
 */
export function checkAttributeMapping(pool: UserPoolRecord, mapping: Record<string, string>): void {
  const names = new Set(pool.settings.SchemaAttributes.map((a) => a.Name));
  for (const key of Object.keys(mapping)) {
    if (key === 'username') continue;
    if (!names.has(key) || key === 'sub') {
      throw new CloudError('InvalidParameterException', `Invalid AttributeMapping: ${key} is not an attribute of user pool ${pool.Id}.`);
    }
  }
}

/**
 * What a provider's users are named by: Cognito maps `username` to the provider's subject unless the request maps it
 * itself (Google, Apple and OIDC `sub`, Facebook `id`, Login with Amazon `user_id`). SAML gets no default: its subject is
 * the assertion's NameID. [U] that DescribeIdentityProvider shows the default mapping; it is what the console shows.
 */
export function withDefaultMapping(type: IdentityProviderTypeName, mapping: Record<string, string>): Record<string, string> {
  const subject = SUBJECT_CLAIM[type];
  return subject && mapping.username === undefined ? { ...mapping, username: subject } : { ...mapping };
}

/** The claim that names a user at each OAuth type (AdminLinkProviderForUser's `Cognito_Subject`). */
export const SUBJECT_CLAIM: Partial<Record<IdentityProviderTypeName, string>> = {
  Google: 'sub',
  SignInWithApple: 'sub',
  OIDC: 'sub',
  Facebook: 'id',
  LoginWithAmazon: 'user_id',
};

/**
 * IdpIdentifiers are unique in the pool, across its providers. [U] the code and wording for one already taken: AWS lists
 * DuplicateProviderException for CreateIdentityProvider.
 */
export function checkIdentifiers(pool: UserPoolRecord, identifiers: readonly string[], self?: string): void {
  const seen = new Set<string>();
  for (const id of identifiers) {
    const taken = Object.values(pool.identityProviders).some((p) => p.ProviderName !== self && p.IdpIdentifiers.includes(id));
    if (taken || seen.has(id)) throw new CloudError('DuplicateProviderException', `Identifier ${id} is already used in user pool ${pool.Id}.`);
    seen.add(id);
  }
}

/**
 * A provider of the pool by name. [U] AWS's wording for an unknown one; ResourceNotFoundException is the API reference's.
 */
export function getIdentityProvider(pool: UserPoolRecord, name: string): IdentityProviderRecord {
  const provider = lookup(pool.identityProviders, name);
  if (!provider) throw new CloudError('ResourceNotFoundException', `Identity provider ${name} does not exist.`);
  return provider;
}

/** Details DescribeIdentityProvider leaves out: Apple's private key (its describe example shows key_id and team_id only). */
const HIDDEN_DETAILS = new Set(['private_key']);

/** IdentityProviderType as the provider actions answer it (dates in epoch seconds on the wire). */
export function identityProviderType(provider: IdentityProviderRecord) {
  const details = Object.fromEntries(
    Object.entries(provider.ProviderDetails)
      .filter(([key]) => !HIDDEN_DETAILS.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return {
    UserPoolId: provider.UserPoolId,
    ProviderName: provider.ProviderName,
    ProviderType: provider.ProviderType,
    ProviderDetails: details,
    AttributeMapping: { ...provider.AttributeMapping },
    IdpIdentifiers: [...provider.IdpIdentifiers],
    LastModifiedDate: toEpochSeconds(provider.LastModifiedDate),
    CreationDate: toEpochSeconds(provider.CreationDate),
  };
}

export type IdentityProviderType = ReturnType<typeof identityProviderType>;
