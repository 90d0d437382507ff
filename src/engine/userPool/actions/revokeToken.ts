import { lookup } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { peekClaims } from '../../tokens/jwt';
import type { UserPoolClientRecord, UserPoolRecord } from '../model';
import { revokeRefreshToken } from '../lib/revocation';

export interface RevokeTokenRequest {
  Token: string;
  ClientId: string;
  ClientSecret?: string;
}

export type RevokeTokenResponse = Record<string, never>;

/**
 * RevokeToken: ends one sign-in. The refresh token stops working, and so do the access tokens issued with it and from it
 * (`Access Token has been revoked`); the user's other sessions are untouched. A client with a secret must send it.
 * As at the /oauth2/revoke endpoint, a token the pool does not know is answered with success.
 */
export async function revokeToken(ctx: ActionContext, request: RevokeTokenRequest): Promise<RevokeTokenResponse> {
  const found = findClient(ctx, request.ClientId);
  // Observed wording; AWS answers unknown clients and wrong or missing secrets alike.
  if (!found || (found.client.ClientSecret !== undefined && request.ClientSecret !== found.client.ClientSecret)) {
    throw new CloudError('UnauthorizedException', 'Invalid client or secret');
  }
  const { pool, client } = found;
  if (!client.EnableTokenRevocation) {
    // [U: wording.] The endpoint answers invalid_request when revocation is off for the client.
    throw new CloudError('UnsupportedOperationException', 'Token revocation is not enabled for this app client.');
  }
  if (peekClaims(request.Token)?.['token_use'] !== undefined) {
    // [U: wording.] Only refresh tokens can be revoked; the endpoint answers unsupported_token_type.
    throw new CloudError('UnsupportedTokenTypeException', 'Unsupported token type. Only refresh tokens can be revoked.');
  }
  const record = lookup(pool.refreshTokens, request.Token);
  // [U] A token issued to another app client is treated like an unknown one: success, nothing revoked.
  if (record && record.clientId === client.ClientId) revokeRefreshToken(pool, request.Token, ctx.now);
  return {};
}

function findClient(ctx: ActionContext, clientId: string): { pool: UserPoolRecord; client: UserPoolClientRecord } | undefined {
  for (const pool of Object.values(ctx.state.pools)) {
    const client = lookup(pool.clients, clientId);
    if (client) return { pool, client };
  }
  return undefined;
}
