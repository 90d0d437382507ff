/**
 * Where a token came from, read from the request log: the hosted UI (and which grant), or the user pool's API. The Tokens
 * tab explains `scope`, `nonce` and `auth_time` by it, and compares an ID token's `nonce` with the one the app sent.
 */
import type { LogEntry } from '../../../engine';
import { isHostedUiCall } from '../requests/oauthSnippets';

export type HostedUiGrant = 'authorization_code' | 'implicit' | 'refresh_token' | 'client_credentials';

export interface TokenOrigin {
  /** The hosted UI issued it (its token endpoint, or the implicit grant's redirect). */
  hostedUi: boolean;
  grant?: HostedUiGrant;
  /**
   * The `nonce` of the app's authorize request that led to it; `null` when that request sent none. Undefined when there was
   * no authorize request (the API, client credentials) or the log does not say.
   */
  sentNonce?: string | null;
}

/** The newest entry whose answer (its body, or its redirect's Location) carries the token. */
function issuerOf(entries: readonly LogEntry[], token: string): number {
  for (let i = entries.length - 1; i >= 0; i--) {
    const { body, headers } = entries[i]!.http.response;
    const location = headers['location'] ?? '';
    if (body.includes(token) || location.includes(token) || safeDecode(location).includes(token)) return i;
  }
  return -1;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The grant of a token endpoint request: its form's `grant_type`. */
function grantOf(entry: LogEntry): HostedUiGrant | undefined {
  const { method, url, body } = entry.http.request;
  if (method !== 'POST' || new URL(url).pathname !== '/oauth2/token') return 'implicit';
  const grant = new URLSearchParams(body).get('grant_type');
  return grant === 'authorization_code' || grant === 'refresh_token' || grant === 'client_credentials' ? grant : undefined;
}

/**
 * Where `token` came from. `nonce` is the one the flow's context says the app sent, when it keeps it; otherwise the log's
 * newest authorize request before the token was issued tells.
 */
export function tokenOrigin(entries: readonly LogEntry[], token: string | undefined, nonce?: string): TokenOrigin | undefined {
  if (!token) return undefined;
  const at = issuerOf(entries, token);
  const issuer = entries[at];
  if (!issuer) return undefined;
  if (!isHostedUiCall(issuer)) return { hostedUi: false };
  const grant = grantOf(issuer);
  const origin: TokenOrigin = { hostedUi: true, ...(grant ? { grant } : {}) };
  if (grant === 'client_credentials' || grant === 'refresh_token') return origin;
  if (nonce !== undefined) return { ...origin, sentNonce: nonce };
  for (let i = at; i >= 0; i--) {
    const entry = entries[i]!;
    if (isHostedUiCall(entry) && entry.action === 'GET /oauth2/authorize') {
      const sent = (entry.request as Record<string, unknown> | undefined)?.['nonce'];
      return { ...origin, sentNonce: typeof sent === 'string' ? sent : null };
    }
  }
  return origin;
}
