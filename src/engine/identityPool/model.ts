import type { KeyRecord } from '../tokens/keys';

/** The state of Cognito identity pools in one region: the pools, and the identities they have handed out. */

/** A user pool an identity pool trusts: `cognito-idp.<region>.amazonaws.com/<userPoolId>` and one of its app clients. */
export interface CognitoIdentityProvider {
  ProviderName: string;
  ClientId: string;
  ServerSideTokenCheck: boolean;
}

/** An identity pool as DescribeIdentityPool answers it. */
export interface IdentityPoolRecord {
  IdentityPoolId: string;
  IdentityPoolName: string;
  AllowUnauthenticatedIdentities: boolean;
  AllowClassicFlow: boolean;
  SupportedLoginProviders?: Record<string, string>;
  DeveloperProviderName?: string;
  OpenIdConnectProviderARNs?: string[];
  CognitoIdentityProviders?: CognitoIdentityProvider[];
  SamlProviderARNs?: string[];
  IdentityPoolTags?: Record<string, string>;
}

/** One identity: a guest, or the owner of one or more logins. */
export interface IdentityRecord {
  IdentityId: string;
  IdentityPoolId: string;
  /** The provider names of its linked logins (DescribeIdentity's `Logins`). */
  logins: string[];
  /** Epoch ms. */
  created: number;
  modified: number;
  /** Set when a login it was given belonged to another identity: the two merged, and this one is disabled. */
  mergedInto?: string;
  /** Set when UnlinkIdentity removed its last login: AWS makes such an identity inaccessible. */
  unlinked?: true;
  /** The identities merged into this one (Cognito Sync reports their datasets as MergedDatasetNames). */
  mergedFrom?: string[];
}

/** A role mapping rule (RoleMapping.RulesConfiguration.Rules). */
export interface MappingRule {
  Claim: string;
  MatchType: 'Equals' | 'Contains' | 'StartsWith' | 'NotEqual';
  Value: string;
  RoleARN: string;
}

/** How a provider's logins choose their role, keyed `<provider>:<app client id>` for a user pool. */
export interface RoleMapping {
  Type: 'Token' | 'Rules';
  AmbiguousRoleResolution?: 'AuthenticatedRole' | 'Deny';
  RulesConfiguration?: { Rules: MappingRule[] };
}

/** SetIdentityPoolRoles' settings: the default roles, and the providers' role mappings. */
export interface PoolRoles {
  Roles: { authenticated?: string; unauthenticated?: string };
  RoleMappings?: Record<string, RoleMapping>;
}

/** SetPrincipalTagAttributeMap's settings for one provider: which claims become session tags. */
export interface PrincipalTagMap {
  UseDefaults: boolean;
  PrincipalTags: Record<string, string>;
}

export interface IdentityPoolsState {
  pools: Record<string, IdentityPoolRecord>;
  /** The region's key for OpenID tokens (RS512, kid `<region>-1`), made on the first GetOpenIdToken. */
  signingKey?: KeyRecord;
  identities: Record<string, IdentityRecord>;
  /** Which identity owns a login: `<poolId> <provider> <subject>` → IdentityId. */
  logins: Record<string, string>;
  /** By identity pool id. */
  roles: Record<string, PoolRoles>;
  /** By `<poolId> <provider>`. */
  principalTags: Record<string, PrincipalTagMap>;
}
