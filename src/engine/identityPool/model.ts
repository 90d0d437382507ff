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
}

export interface IdentityPoolsState {
  pools: Record<string, IdentityPoolRecord>;
  /** The region's key for OpenID tokens (RS512, kid `<region>-1`), made on the first GetOpenIdToken. */
  signingKey?: KeyRecord;
  identities: Record<string, IdentityRecord>;
  /** Which identity owns a login: `<poolId> <provider> <subject>` → IdentityId. */
  logins: Record<string, string>;
}
