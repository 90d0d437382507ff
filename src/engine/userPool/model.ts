import type { KeyRecord } from '../tokens/keys';
import type { IdentityProviderRecord, ProviderLink } from './identityProviderModel';

export type { IdentityProviderRecord, IdentityProviderTypeName, ProviderEndpoints, ProviderLink, SamlProviderMetadata } from './identityProviderModel';

/** AWS's `{ Name, Value }` attribute pair, as on the wire. */
export interface AttributeType {
  Name: string;
  Value?: string;
}

export type UserStatus =
  'UNCONFIRMED' | 'CONFIRMED' | 'ARCHIVED' | 'COMPROMISED' | 'UNKNOWN' | 'RESET_REQUIRED' | 'FORCE_CHANGE_PASSWORD' | 'EXTERNAL_PROVIDER';

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
  PasswordHistorySize?: number;
  TemporaryPasswordValidityDays: number;
}

export interface SchemaAttribute {
  Name: string;
  AttributeDataType: 'String' | 'Number' | 'DateTime' | 'Boolean';
  DeveloperOnlyAttribute: boolean;
  Mutable: boolean;
  Required: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

/** A code the pool sent and is waiting for; single use. Times in epoch ms. */
export interface PendingCode {
  code: string;
  expiresAt: number;
  /** For an attribute update held until verified (AttributesRequireVerificationBeforeUpdate): the value to apply once the code is confirmed. */
  pendingValue?: string;
}

/** The actions with a per-user hourly request limit (developer guide, quotas). */
export type HourlyLimitedAction =
  'ConfirmSignUp' | 'ResendConfirmationCode' | 'ConfirmForgotPassword' | 'ChangePassword' | 'GetUserAttributeVerificationCode' | 'VerifyUserAttribute';

export interface UserRecord {
  username: string;
  sub: string;
  attributes: Record<string, string>;
  status: UserStatus;
  enabled: boolean;
  createdAt: number;
  modifiedAt: number;
  /** SHA-256 of salt + password, hex. */
  passwordHash: string;
  passwordSalt: string;
  /** For FORCE_CHANGE_PASSWORD users: when the temporary password stops working. */
  temporaryPasswordExpiresAt?: number;
  signUpCode?: PendingCode;
  forgotPasswordCode?: PendingCode;
  attributeCodes: Record<string, PendingCode>;
  /** Failed sign-ins since the last reset (n), the last sign-in attempt of any outcome (epoch ms), and the lock n earned. */
  failedSignIns: { count: number; lastAttemptAt: number; lockedUntil: number };
  /** For the actions AWS limits per user per hour: when (epoch ms) each request of the last hour was counted. */
  hourlyRequests: Partial<Record<HourlyLimitedAction, number[]>>;
  groups: string[];
  /**
   * Federated identities AdminLinkProviderForUser linked to this user (who then signs in as this user through them). The
   * `identities` attribute lists them as AWS shows it; this keeps what the link matches on (lib/federatedUsers.ts).
   */
  providerLinks?: ProviderLink[];
  /** Links AdminDisableProviderForUser removed, with when (epoch ms): kept only for the inspectors, nothing signs in by them. */
  disabledProviderLinks?: (ProviderLink & { disabledAt: number })[];
}

export interface UserPoolClientRecord {
  ClientId: string;
  ClientName: string;
  ClientSecret?: string;
  UserPoolId: string;
  CreationDate: number;
  LastModifiedDate: number;
  RefreshTokenValidity: number;
  AccessTokenValidity: number;
  IdTokenValidity: number;
  TokenValidityUnits: { AccessToken: TimeUnit; IdToken: TimeUnit; RefreshToken: TimeUnit };
  ExplicitAuthFlows: string[];
  PreventUserExistenceErrors: 'LEGACY' | 'ENABLED';
  EnableTokenRevocation: boolean;
  EnablePropagateAdditionalUserContextData: boolean;
  AuthSessionValidity: number;
  ReadAttributes?: string[];
  WriteAttributes?: string[];
  SupportedIdentityProviders?: string[];
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  DefaultRedirectURI?: string;
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient: boolean;
}

export type TimeUnit = 'seconds' | 'minutes' | 'hours' | 'days';

export interface GroupRecord {
  GroupName: string;
  UserPoolId: string;
  Description?: string;
  RoleArn?: string;
  Precedence?: number;
  CreationDate: number;
  LastModifiedDate: number;
}

/** A challenge in progress (NEW_PASSWORD_REQUIRED…), found by its opaque Session string. */
export interface ChallengeSession {
  session: string;
  username: string;
  clientId: string;
  challengeName: string;
  expiresAt: number;
  used: boolean;
}

/** What a refresh token stands for. The token itself is an opaque handle. */
export interface RefreshTokenRecord {
  username: string;
  clientId: string;
  originJti: string;
  authTime: number;
  expiresAt: number;
  revoked: boolean;
  /** The scopes a hosted UI sign-in granted: a refresh keeps them. Absent: the API's `aws.cognito.signin.user.admin`. */
  scopes?: string[];
}

export interface UserPoolRecord {
  Id: string;
  Name: string;
  Arn: string;
  CreationDate: number;
  LastModifiedDate: number;
  /** The pool's settings in AWS's PascalCase shapes, as DescribeUserPool returns them. */
  settings: Record<string, unknown> & {
    Policies: { PasswordPolicy: PasswordPolicy; SignInPolicy?: unknown };
    SchemaAttributes: SchemaAttribute[];
    AutoVerifiedAttributes?: string[];
    UsernameAttributes?: string[];
    AliasAttributes?: string[];
    MfaConfiguration: 'OFF' | 'ON' | 'OPTIONAL';
    AccountRecoverySetting?: { RecoveryMechanisms: { Priority: number; Name: string }[] };
    UserPoolTags?: Record<string, string>;
    LambdaConfig?: Record<string, unknown>;
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: boolean; UnusedAccountValidityDays?: number; InviteMessageTemplate?: Record<string, string> };
    UsernameConfiguration?: { CaseSensitive: boolean };
    DeletionProtection?: 'ACTIVE' | 'INACTIVE';
    VerificationMessageTemplate?: Record<string, string>;
    EmailConfiguration?: Record<string, unknown>;
    SmsConfiguration?: { SnsCallerArn: string; ExternalId?: string; SnsRegion?: string };
    UserAttributeUpdateSettings?: { AttributesRequireVerificationBeforeUpdate?: string[] };
    UserPoolTier?: string;
  };
  keys: { id: KeyRecord; access: KeyRecord };
  clients: Record<string, UserPoolClientRecord>;
  /** Keyed by username as stored (lowercased when the pool is case-insensitive). */
  users: Record<string, UserRecord>;
  groups: Record<string, GroupRecord>;
  sessions: Record<string, ChallengeSession>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  /** origin_jti values whose access tokens the pool no longer accepts (GlobalSignOut, RevokeToken). */
  revokedOrigins: Record<string, number>;
  /** The pool's hosted UI domain prefix (`Domain` in DescribeUserPool), while it has one. */
  Domain?: string;
  /** Resource servers by Identifier: the custom scopes `<Identifier>/<ScopeName>` clients may be allowed. */
  resourceServers: Record<string, ResourceServerRecord>;
  /** The hosted UI's sign-in sessions and authorization codes (the site `hostedUi/` keeps them here, with the pool). */
  hostedUi: HostedUiRecords;
  /** External identity providers (Google, Facebook, Login with Amazon, Sign in with Apple, OIDC, SAML) by ProviderName. */
  identityProviders: Record<string, IdentityProviderRecord>;
}

/** A hosted UI prefix domain: `https://{Domain}.auth.{region}.amazoncognito.com`, DescribeUserPoolDomain's DomainDescription. */
export interface DomainRecord {
  Domain: string;
  UserPoolId: string;
  AWSAccountId: string;
  /** 1: the classic hosted UI; 2: managed login (SIMPLIFIED: served as the same pages). */
  ManagedLoginVersion: number;
  Status: 'CREATING' | 'DELETING' | 'UPDATING' | 'ACTIVE' | 'FAILED';
  /** A prefix domain's CloudFront distribution and bucket as AWS describes them [O]. */
  CloudFrontDistribution: string;
  S3Bucket: string;
  Version: string;
  CreationDate: number;
}

/** CreateResourceServer's ResourceServerType. */
export interface ResourceServerRecord {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes: { ScopeName: string; ScopeDescription: string }[];
}

/** What the hosted UI keeps between requests, with the pool it signs in to. */
export interface HostedUiRecords {
  /** Sign-in sessions by the opaque value of their `cognito` cookie. */
  sessions: Record<string, HostedUiSession>;
  /** Authorization codes by their value (single use, 5 minutes). */
  codes: Record<string, AuthorizationCodeRecord>;
  /** Sign-ins sent to an external provider and not back yet, by the state (OAuth) or RelayState (SAML) Cognito sent. */
  federation: Record<string, PendingFederation>;
}

/** What Cognito remembers while the browser is away at an external provider: the app's request, to finish it on return. */
export interface PendingFederation {
  /** The app's `/oauth2/authorize` query, checked again when the browser comes back. */
  query: string;
  providerName: string;
  /** The nonce Cognito sent an OIDC provider (its ID token must carry it back). */
  nonce?: string;
  /** The SAML AuthnRequest's ID (the assertion's InResponseTo). */
  samlRequestId?: string;
  expiresAt: number;
}

/** A hosted UI sign-in: the cookie lets `/oauth2/authorize` skip the form for 1 hour at the cloud's clock. */
export interface HostedUiSession {
  username: string;
  /** Epoch ms of the sign-in: the tokens' `auth_time`. */
  authTime: number;
  expiresAt: number;
}

/** A code `/oauth2/authorize` issued and `/oauth2/token` redeems once, bound to its client, redirect URI and PKCE challenge. */
export interface AuthorizationCodeRecord {
  clientId: string;
  redirectUri: string;
  username: string;
  /** The scopes granted (requested ∩ allowed), in the order the request listed them. */
  scopes: string[];
  nonce?: string;
  codeChallenge?: string;
  /** Only S256: AWS refuses `plain`. */
  codeChallengeMethod?: 'S256';
  authTime: number;
  expiresAt: number;
  used: boolean;
}

export interface UserPoolsState {
  pools: Record<string, UserPoolRecord>;
  /** Hosted UI prefix domains of this region, by prefix (a prefix is unique in its region). */
  domains: Record<string, DomainRecord>;
}

/**
 * A region's state from a snapshot: version 1 (before the hosted UI) had no domains, resource servers or hosted UI
 * records, and snapshots before federation no identity providers; they are added empty.
 */
export function restoreUserPools(state: unknown): UserPoolsState {
  const stored = state as Partial<UserPoolsState> & { pools: Record<string, Partial<UserPoolRecord>> };
  for (const pool of Object.values(stored.pools)) {
    pool.resourceServers ??= {};
    pool.hostedUi ??= { sessions: {}, codes: {}, federation: {} };
    pool.hostedUi.federation ??= {};
    pool.identityProviders ??= {};
  }
  stored.domains ??= {};
  return stored as UserPoolsState;
}
