/**
 * What a simulated identity provider remembers, one per account (a site's own state, in snapshots under the site's id):
 * its signing key, the browsers signed in, the consents given, the authorization codes and the tokens it issued.
 * Times are epoch ms at the cloud's clock.
 */
import type { KeyRecord } from '../../tokens/keys';

/** The scopes the providers know, by their short OIDC names. */
export type IdpScope = 'openid' | 'email' | 'profile' | 'offline_access';

/** A browser signed in at the provider (its session cookie's value is the key). */
export interface IdpSession {
  sub: string;
  authTime: number;
  expiresAt: number;
}

/** An authorization code, redeemable once at the token endpoint before it expires. */
export interface IdpCode {
  clientId: string;
  redirectUri: string;
  sub: string;
  scopes: IdpScope[];
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  /** Whether the token answer carries a refresh token (Google: `access_type=offline`; OIDC: the `offline_access` scope). */
  offline: boolean;
  authTime: number;
  expiresAt: number;
  used: boolean;
  /** The tokens issued for it: revoked if the code is presented again (RFC 6749 §4.1.2). */
  issued: string[];
}

/** An access token or a refresh token the provider issued (opaque strings: the token is the key). */
export interface IdpToken {
  clientId: string;
  sub: string;
  scopes: IdpScope[];
  authTime: number;
  /** Refresh tokens do not expire here. */
  expiresAt?: number;
  revoked?: true;
}

export interface IdpState {
  /** Made with the first request that needs it (JWKS, a token), from the cloud's signing keys. */
  key?: KeyRecord;
  sessions: Record<string, IdpSession>;
  /** `{sub} {clientId}` → the scopes the person allowed that app. */
  consents: Record<string, IdpScope[]>;
  codes: Record<string, IdpCode>;
  accessTokens: Record<string, IdpToken>;
  refreshTokens: Record<string, IdpToken>;
}

export const IDP_STATE_VERSION = 1;

export function initialIdpState(): IdpState {
  return { sessions: {}, consents: {}, codes: {}, accessTokens: {}, refreshTokens: {} };
}

/** A snapshot's copy, with any record it lacks added empty. */
export function restoreIdpState(stored: unknown): IdpState {
  return { ...initialIdpState(), ...(stored as Partial<IdpState>) };
}

export const consentKey = (sub: string, clientId: string) => `${sub} ${clientId}`;
