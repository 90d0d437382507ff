/**
 * The state of IAM in one account (IAM is global): its roles, customer managed policies and identity providers (OIDC, SAML). Documents are kept as the
 * caller sent them (JSON text, not URL-encoded); GetRole, GetRolePolicy and GetPolicyVersion encode them on the way out.
 */

export interface TagRecord {
  Key: string;
  Value: string;
}

export interface RoleRecord {
  RoleName: string;
  /** `AROA` and 17 more characters. */
  RoleId: string;
  /** `arn:aws:iam::{account}:role{Path}{RoleName}`. */
  Arn: string;
  /** `/` or `/division/`. */
  Path: string;
  /** The trust policy, as sent. */
  AssumeRolePolicyDocument: string;
  Description?: string;
  /** Seconds, 3600 to 43200 (default 3600). */
  MaxSessionDuration: number;
  /** Epoch ms. */
  CreateDate: number;
  Tags: TagRecord[];
  /** Inline policies by name, documents as sent. */
  inlinePolicies: Record<string, string>;
  /** The ARNs of the managed policies attached to it (customer or AWS managed). */
  attachedPolicies: string[];
}

export interface PolicyVersionRecord {
  VersionId: string;
  Document: string;
  CreateDate: number;
}

export interface PolicyRecord {
  PolicyName: string;
  /** `ANPA` and 17 more characters. */
  PolicyId: string;
  Arn: string;
  Path: string;
  Description?: string;
  DefaultVersionId: string;
  CreateDate: number;
  UpdateDate: number;
  versions: PolicyVersionRecord[];
  /** The number the next CreatePolicyVersion takes (`v2`, `v3`, …); versions are never renumbered. */
  nextVersion: number;
  Tags: TagRecord[];
}

/** An IAM OpenID Connect provider: an issuer the account trusts for AssumeRoleWithWebIdentity, and its audiences. */
export interface OidcProviderRecord {
  /** `arn:aws:iam::{account}:oidc-provider/{host/path}`. */
  Arn: string;
  /** The issuer without its scheme (`idp.example.com/realms/main`), as GetOpenIDConnectProvider answers it. */
  Url: string;
  ClientIDList: string[];
  ThumbprintList: string[];
  CreateDate: number;
  Tags: TagRecord[];
}

/** What the simulator reads of a SAML provider's metadata document (the IdP's side). */
export interface SamlMetadata {
  entityId: string;
  /** Base64 DER certificates of the IdP's signing keys (KeyDescriptor use="signing", or no use). */
  signingCertificates: string[];
  /** SingleSignOnService locations by binding URI. */
  singleSignOn: Record<string, string>;
  /** The EntityDescriptor's `validUntil`, as written. */
  validUntil?: string;
}

/** An IAM SAML provider: an IdP the account trusts for AssumeRoleWithSAML and identity pools' SamlProviderARNs. */
export interface SamlProviderRecord {
  /** `arn:aws:iam::{account}:saml-provider/{Name}`. */
  Arn: string;
  Name: string;
  SAMLMetadataDocument: string;
  /** `SAML` and 18 more characters. */
  SAMLProviderUUID: string;
  CreateDate: number;
  ValidUntil: number;
  Tags: TagRecord[];
  metadata: SamlMetadata;
}

export interface IamState {
  /** By role name in lower case: IAM names are unique regardless of case. */
  roles: Record<string, RoleRecord>;
  /** Customer managed policies, by ARN. */
  policies: Record<string, PolicyRecord>;
  /** By ARN. */
  oidcProviders: Record<string, OidcProviderRecord>;
  /** By ARN in lower case: provider names are unique regardless of case [U]. */
  samlProviders: Record<string, SamlProviderRecord>;
}
