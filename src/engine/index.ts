/**
 * The simulated AWS cloud: the one door every other layer uses.
 * Pure TypeScript: no DOM, no React, no XState, no wall clock, no Math.random.
 */
import { DEFAULT_START_TIME, ManualClock, type Clock } from './clock';
import { Cloud } from './cloud';
import { Random, seedState } from './ids';
import type { CloudSnapshot } from './state';
import type { SigningKeyInput } from './tokens/keys';

export interface CreateCloudOptions {
  /** Default `us-east-1`. */
  region?: string;
  /** 12 digits. Default `123456789012`. */
  accountId?: string;
  /** Same seed and same calls give the same ids and codes (and, with the same keys, the same token bytes). Default `"cognito-simulator"`. */
  seed?: string;
  /** Any `{ now(): number }` in epoch ms. Default: a ManualClock at 2026-01-15T09:00:00Z. */
  clock?: Clock;
  /** RS256 private JWKs for the pools' signing keys. Default: 2048-bit keys generated with jose. */
  keys?: SigningKeyInput[];
  /** A value from `cloud.snapshot()`: restores users, codes, revocations, keys, clock and log exactly. */
  snapshot?: CloudSnapshot;
}

export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_ACCOUNT_ID = '123456789012';

export async function createCloud(options: CreateCloudOptions = {}): Promise<Cloud> {
  const snapshot = options.snapshot;
  if (snapshot) {
    if (snapshot.format !== 'cognito-simulator/cloud' || snapshot.version !== 1) {
      throw new Error(`Not a cloud snapshot this version can restore (format ${String(snapshot.format)}, version ${String(snapshot.version)}).`);
    }
    const copy = structuredClone(snapshot);
    const clock = options.clock ?? new ManualClock(copy.time);
    if (options.clock && 'set' in options.clock && typeof options.clock.set === 'function') (options.clock as ManualClock).set(copy.time);
    return new Cloud({
      region: copy.region,
      accountId: copy.accountId,
      clock,
      random: new Random(copy.random),
      keyCursor: copy.keyCursor,
      injectedKeys: options.keys ?? [],
      userPools: copy.userPools,
      log: copy.log,
      outbox: copy.outbox,
    });
  }
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) throw new Error(`accountId must be 12 digits, got "${accountId}"`);
  return new Cloud({
    region: options.region ?? DEFAULT_REGION,
    accountId,
    clock: options.clock ?? new ManualClock(DEFAULT_START_TIME),
    random: new Random(seedState(options.seed ?? 'cognito-simulator')),
    keyCursor: 0,
    injectedKeys: options.keys ?? [],
    userPools: { pools: {} },
    log: [],
    outbox: [],
  });
}

export { Cloud, type CognitoIdpFacade } from './cloud';
export { ManualClock, DEFAULT_START_TIME, SECOND, MINUTE, HOUR, DAY, type Clock } from './clock';
export { CloudError, isCloudError } from './errors';
export type { CloudSnapshot, LogEntry, OutboxMessage } from './state';
export type { SigningKeyInput, PublicJwk } from './tokens/keys';
export { generateSigningKey } from './tokens/keys';
export type * from './userPool/model';
export { computeSecretHash } from './userPool/secretHash';
