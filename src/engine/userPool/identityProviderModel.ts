/** The user pool's external identity providers (federation) and the links a user has to them, as the pool stores them. */

/** A link from an external provider's user, named by one of its attributes (`Cognito_Subject`: its `sub`), to a pool user. */
export interface ProviderLink {
  providerName: string;
  /** `Cognito_Subject`, or (OIDC, SAML) the pool attribute a mapped claim lands in, e.g. `email`. */
  attributeName: string;
  attributeValue: string;
  /** Epoch ms of the link. */
  dateCreated: number;
}

export type IdentityProviderTypeName = 'SAML' | 'Facebook' | 'Google' | 'LoginWithAmazon' | 'SignInWithApple' | 'OIDC';

/** CreateIdentityProvider's IdentityProviderType, with the ProviderDetails as DescribeIdentityProvider returns them. */
export interface IdentityProviderRecord {
  UserPoolId: string;
  ProviderName: string;
  ProviderType: IdentityProviderTypeName;
  /** What the request gave, and the keys Cognito adds (endpoints of social providers, discovered OIDC URLs, SAML bindings). */
  ProviderDetails: Record<string, string>;
  /** Pool attribute → the provider's claim (or SAML attribute) that fills it. */
  AttributeMapping: Record<string, string>;
  IdpIdentifiers: string[];
  CreationDate: number;
  LastModifiedDate: number;
  /** An OAuth provider's endpoints, from ProviderDetails or the discovery document at `oidc_issuer` (what sign-in uses). */
  endpoints?: ProviderEndpoints;
  /** A SAML provider's metadata as Cognito read it (MetadataFile, or the document at MetadataURL). */
  saml?: SamlProviderMetadata;
}

export interface ProviderEndpoints {
  authorize: string;
  token: string;
  attributes?: string;
  jwks?: string;
  /** The `iss` the provider's ID tokens carry (absent: Facebook and Login with Amazon have no ID token). */
  issuer?: string;
}

export interface SamlProviderMetadata {
  /** The IdP's entityID: the assertion's Issuer, and the `issuer` in a SAML user's `identities`. */
  entityId: string;
  ssoRedirectUrl?: string;
  ssoPostUrl?: string;
  sloRedirectUrl?: string;
  sloPostUrl?: string;
  /** Base64 DER of the IdP's signing certificates (KeyDescriptor use="signing" or no use). */
  signingCertificates: string[];
}
