/**
 * The simulated AWS cloud: the one door every other layer uses.
 * Pure TypeScript: no DOM, no React, no XState, no wall clock, no Math.random.
 */
import { DEFAULT_START_TIME, ManualClock, type Clock } from './kernel/clock';
import { Cloud } from './cloud';
import { Random, seedState } from './kernel/ids';
import type { Registry } from './router';
import { SERVICES, SITES } from './services';
import { migrateSnapshot } from './snapshot';
import type { CloudSnapshot } from './state';
import type { SigningKeyInput } from './tokens/keys';

export interface CreateCloudOptions {
  /** The default region (every region is served). Default `us-east-1`. */
  region?: string;
  /** 12 digits. Default `123456789012`. */
  accountId?: string;
  /** Same seed and same calls give the same ids and codes (and, with the same keys, the same token bytes). Default `"cognito-simulator"`. */
  seed?: string;
  /** Any `{ now(): number }` in epoch ms; the cloud only reads it. Default: a ManualClock at 2026-01-15T09:00:00Z (or at a snapshot's time). */
  clock?: Clock;
  /** RS256 private JWKs for the pools' signing keys. Default: 2048-bit keys generated with jose. */
  keys?: SigningKeyInput[];
  /** A value from `cloud.snapshot()`: restores every service's state, the generator and the log exactly. Its time is the snapshot's `time`. */
  snapshot?: CloudSnapshot;
  /** The services and sites to simulate. Default: the registry's (tests add services of their own). */
  registry?: Registry;
}

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_ACCOUNT_ID = '123456789012';

/**
 * A new simulated cloud, or one restored from a snapshot. A given clock is never moved: to restore a snapshot at its
 * instant, pass a clock that reads `snapshot.time` (or none).
 */
export async function createCloud(options: CreateCloudOptions = {}): Promise<Cloud> {
  const registry = options.registry ?? { services: SERVICES, sites: SITES };
  if (options.snapshot) {
    const copy = migrateSnapshot(structuredClone(options.snapshot), registry);
    return new Cloud({
      registry,
      region: copy.region,
      accountId: copy.accountId,
      clock: options.clock ?? new ManualClock(copy.time),
      random: new Random(copy.random),
      keyCursor: copy.keyCursor,
      injectedKeys: options.keys ?? [],
      services: copy.services,
      log: copy.log,
      outbox: copy.outbox,
    });
  }
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) throw new Error(`accountId must be 12 digits, got "${accountId}"`);
  return new Cloud({
    registry,
    region: options.region ?? DEFAULT_REGION,
    accountId,
    clock: options.clock ?? new ManualClock(DEFAULT_START_TIME),
    random: new Random(seedState(options.seed ?? 'cognito-simulator')),
    keyCursor: 0,
    injectedKeys: options.keys ?? [],
    services: {},
    log: [],
    outbox: [],
  });
}

export { Cloud } from './cloud';
export { ManualClock, DEFAULT_START_TIME, SECOND, MINUTE, HOUR, DAY, type Clock } from './kernel/clock';
export { CloudError, isCloudError } from './kernel/errors';
export { setCookiesOf } from './setCookies';
export type { CloudSnapshot, LogEntry, OutboxMessage } from './state';
export type { SigningKeyInput, PublicJwk } from './tokens/keys';
export { generateSigningKey } from './tokens/keys';
export {
  SERVICES,
  SITES,
  cognitoIdentity,
  cognitoIdp,
  iam,
  cognitoSync,
  s3,
  sts,
  hostedUi,
  yourApi,
  googleIdp,
  oidcIdp,
  samlIdp,
  type AnyService,
  type ServiceDescriptor,
  type SiteDescriptor,
  type Facade,
} from './services';
export { route, credentialScope, AWS_REGIONS, type Registry, type Routed } from './router';
export type * from './userPool/model';
export type { S3State, BucketRecord, ObjectRecord } from './s3/model';
export type { S3View, BucketView, ObjectView } from './s3/lib/inspect';
export { S3_MESSAGES } from './s3/lib/errors';
export type { SyncState, DatasetRecord, SyncRecord } from './sync/model';
export { SYNC_MESSAGES } from './sync/lib/messages';
export { mergeIdentityDatasets, type MergedIdentities } from './sync/lib/merge';
export type { LinkView, UserPoolsView, UserPoolView, UserView } from './userPool/lib/inspect';
export { computeSecretHash } from './userPool/lib/secretHash';
export { USER_POOL_MESSAGES } from './userPool/lib/messages';
export { userPoolIssuer } from './userPool/lib/pools';
export * from './iam/policy';
export { signingSteps, type SigningSteps } from './protocol/sigv4Steps';
export type { IamState, RoleRecord, PolicyRecord, PolicyVersionRecord, TagRecord, OidcProviderRecord, SamlProviderRecord } from './iam/model';
export { IAM_MESSAGES } from './iam/lib/errors';
export type { IamView, RoleView, ManagedPolicyView, OidcProviderView, SamlProviderView } from './iam/lib/inspect';
export type { StsView, IssuedCredentialsView } from './sts/lib/inspect';
export type { IdentityPoolsView, IdentityPoolView, IdentityView } from './identityPool/lib/inspect';
export type { RoleMapping, MappingRule } from './identityPool/model';
export { roleByArn, policiesOfRole } from './iam/lib/rolePolicies';
export { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, type Caller } from './auth/caller';
export type { AuthorizationRecord } from './auth/authorize';
export { INVENTORY_RESOURCE_SERVER, INVENTORY_SCOPE, YOUR_API_HOST, YOUR_API_INVENTORY, YOUR_API_ORDERS } from './yourApi/site';
export * from './idp/fixtures';
export { GOOGLE_HOSTS } from './idp/google/site';
export * from './idp/google/urls';
export { OIDC_HOST, OIDC_ISSUER } from './idp/oidc/site';
export * from './idp/saml/fixtures';
