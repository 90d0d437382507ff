/**
 * The tokens before the current ones, and what changed between them: a refresh (REFRESH_TOKEN_AUTH) signs new ID and
 * access tokens with a new `iat`, `exp` and `jti`, but keeps `auth_time` and `origin_jti` of the original sign-in.
 */
import type { LogEntry } from '../../../engine';
import { decodeJwt } from './decode';
import type { TokenSet } from './TokensPanel';

/** The ID and access tokens the pool issued before `current`'s (from the log), if any. */
export function previousTokens(entries: readonly LogEntry[], current: TokenSet | undefined): TokenSet | undefined {
  if (!current?.AccessToken) return undefined;
  const issued: TokenSet[] = [];
  for (const entry of entries) {
    const result = (entry.response as { AuthenticationResult?: TokenSet } | undefined)?.AuthenticationResult;
    if (result?.AccessToken) issued.push(result);
  }
  const at = issued.findIndex((t) => t.AccessToken === current.AccessToken);
  return at > 0 ? issued[at - 1] : undefined;
}

export interface ClaimChange {
  claim: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Claim by claim, what the new token changed of the old one's (claims of either, in the new token's order). */
export function claimChanges(before: string, after: string): ClaimChange[] {
  const old = decodeJwt(before).payload ?? {};
  const now = decodeJwt(after).payload ?? {};
  const names = [...new Set([...Object.keys(now), ...Object.keys(old)])];
  return names.map((claim) => ({ claim, before: old[claim], after: now[claim], changed: JSON.stringify(old[claim]) !== JSON.stringify(now[claim]) }));
}
