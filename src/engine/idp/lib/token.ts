/**
 * The token endpoint (RFC 6749 §3.2, OIDC Core §3.1.3): a form POST, the client authenticated by HTTP Basic
 * (`client_secret_basic`) or by `client_id` and `client_secret` in the body (`client_secret_post`), then
 * `authorization_code` (the code once, before it expires, for the redirect URI it was issued to, with the PKCE verifier
 * if it had a challenge) or `refresh_token`. Answers JSON: access_token, expires_in, token_type, scope, id_token, and a
 * refresh_token when the code was for offline access. Errors are JSON `{error, error_description}` as the provider words them.
 */
import { base64url } from 'jose';
import { bodyText, type WireResponse } from '../../protocol/wire';
import type { IdpClient } from '../fixtures';
import { signIdToken } from './idToken';
import type { IdpToken } from './model';
import type { IdpVisit, TokenFailure } from './provider';

export const JSON_TYPE = 'application/json; charset=utf-8';

export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): WireResponse {
  return { status, headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', pragma: 'no-cache', ...headers }, body: JSON.stringify(body, null, 2) };
}

class Refusal {
  constructor(
    readonly failure: TokenFailure,
    readonly detail = '',
  ) {}
}

const refuse = (failure: TokenFailure, detail = '') => new Refusal(failure, detail);

function refusalAnswer(visit: IdpVisit, refusal: Refusal): WireResponse {
  const { error, status, description } = visit.provider.tokenError(refusal.failure, refusal.detail);
  // RFC 6749 §5.2: a client that tried HTTP Basic and failed gets the challenge back.
  const challenge: Record<string, string> = status === 401 && visit.request.headers['authorization'] ? { 'www-authenticate': 'Basic realm="token"' } : {};
  return jsonAnswer(status, { error, error_description: description }, challenge);
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const found = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (!found) return undefined;
  let text: string;
  try {
    text = atob(found[1]!);
  } catch {
    return undefined;
  }
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return { id: decode(text.slice(0, colon)), secret: decode(text.slice(colon + 1)) };
}

function authenticateClient(visit: IdpVisit, form: URLSearchParams): IdpClient {
  const basic = basicCredentials(visit.request.headers['authorization']);
  const bodyId = form.get('client_id');
  const bodySecret = form.get('client_secret');
  if (basic && bodySecret) throw refuse('two_auth_methods');
  const id = basic?.id ?? bodyId;
  const secret = basic?.secret ?? bodySecret;
  if (!id) throw refuse('no_client');
  const client = visit.provider.clients.find((c) => c.clientId === id);
  if (!client) throw refuse('unknown_client', id);
  if (basic && bodyId && bodyId !== basic.id) throw refuse('unknown_client', bodyId);
  if (secret !== client.clientSecret) throw refuse('bad_secret');
  return client;
}

async function pkceMatches(verifier: string, challenge: string, method: 'S256' | 'plain'): Promise<boolean> {
  if (method === 'plain') return verifier === challenge;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return base64url.encode(digest) === challenge;
}

async function tokensFor(visit: IdpVisit, client: IdpClient, grant: Omit<IdpToken, 'clientId' | 'expiresAt'>, extra: { nonce?: string; refresh: boolean }) {
  const { ctx, provider } = visit;
  const user = provider.users.find((u) => u.sub === grant.sub);
  if (!user) throw refuse('bad_code');
  const accessToken = provider.mint.accessToken(ctx.random);
  ctx.state.accessTokens[accessToken] = { ...grant, clientId: client.clientId, expiresAt: ctx.now + provider.accessTokenSeconds * 1000 };
  const issued = [accessToken];
  let refreshToken: string | undefined;
  if (extra.refresh) {
    refreshToken = provider.mint.refreshToken(ctx.random);
    ctx.state.refreshTokens[refreshToken] = { ...grant, clientId: client.clientId };
    issued.push(refreshToken);
  }
  const idToken = grant.scopes.includes('openid')
    ? await signIdToken(ctx, provider, {
        user,
        clientId: client.clientId,
        scopes: grant.scopes,
        accessToken,
        ...(extra.nonce !== undefined ? { nonce: extra.nonce } : {}),
      })
    : undefined;
  const body = {
    access_token: accessToken,
    expires_in: provider.accessTokenSeconds,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    scope: provider.scopeText(grant.scopes),
    token_type: 'Bearer',
    ...(idToken ? { id_token: idToken } : {}),
  };
  return { body, issued };
}

async function codeGrant(visit: IdpVisit, client: IdpClient, form: URLSearchParams): Promise<WireResponse> {
  const { ctx } = visit;
  const code = form.get('code');
  if (!code) throw refuse('missing_code');
  const record = ctx.state.codes[code];
  if (!record || record.clientId !== client.clientId) throw refuse('bad_code');
  if (record.used) {
    // RFC 6749 §4.1.2: a code presented twice revokes what it was exchanged for.
    for (const token of record.issued) {
      const found = ctx.state.accessTokens[token] ?? ctx.state.refreshTokens[token];
      if (found) found.revoked = true;
    }
    throw refuse('bad_code');
  }
  if (record.expiresAt <= ctx.now) throw refuse('bad_code');
  if (form.get('redirect_uri') !== record.redirectUri) throw refuse('redirect_mismatch', form.get('redirect_uri') ?? '');
  if (record.codeChallenge) {
    const verifier = form.get('code_verifier');
    if (!verifier) throw refuse('missing_verifier');
    if (!(await pkceMatches(verifier, record.codeChallenge, record.codeChallengeMethod ?? 'plain'))) throw refuse('bad_verifier');
  }
  record.used = true;
  const { body, issued } = await tokensFor(
    visit,
    client,
    { sub: record.sub, scopes: record.scopes, authTime: record.authTime },
    { refresh: record.offline, ...(record.nonce !== undefined ? { nonce: record.nonce } : {}) },
  );
  record.issued = issued;
  return jsonAnswer(200, body);
}

async function refreshGrant(visit: IdpVisit, client: IdpClient, form: URLSearchParams): Promise<WireResponse> {
  const value = form.get('refresh_token');
  if (!value) throw refuse('missing_refresh_token');
  const record = visit.ctx.state.refreshTokens[value];
  if (!record || record.revoked || record.clientId !== client.clientId) throw refuse('bad_refresh_token');
  // A refresh answers a new access token and ID token, not a new refresh token.
  const { body } = await tokensFor(visit, client, { sub: record.sub, scopes: record.scopes, authTime: record.authTime }, { refresh: false });
  return jsonAnswer(200, body);
}

export async function token(visit: IdpVisit): Promise<WireResponse> {
  if (visit.request.method !== 'POST') {
    return jsonAnswer(405, { error: 'invalid_request', error_description: 'The token endpoint answers POST.' }, { allow: 'POST' });
  }
  try {
    const type = (visit.request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') throw refuse('not_form');
    const form = new URLSearchParams(bodyText(visit.request.body));
    const grantType = form.get('grant_type');
    if (!grantType) throw refuse('missing_grant_type');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') throw refuse('grant_type', grantType);
    const client = authenticateClient(visit, form);
    return grantType === 'authorization_code' ? await codeGrant(visit, client, form) : await refreshGrant(visit, client, form);
  } catch (error) {
    if (error instanceof Refusal) return refusalAnswer(visit, error);
    throw error;
  }
}
