/**
 * `POST /oauth2/revoke`: ends one sign-in (Cognito developer guide, "Revoke endpoint"), as the RevokeToken API does. The
 * refresh token stops working, and so do the access tokens issued with it and from it.
 */
import { lookup } from '../kernel/records';
import type { WireResponse } from '../protocol/wire';
import { peekClaims } from '../tokens/jwt';
import { revokeRefreshToken } from '../userPool/lib/revocation';
import type { Visit } from './endpoints';
import { authenticateClient } from './lib/clientAuth';
import { answerOf, formParameters, jsonAnswer, problem } from './lib/oauthErrors';

export function revoke(visit: Visit): Promise<WireResponse> {
  return answerOf(async () => {
    const { ctx, pool, request } = visit;
    // [U] The endpoint only supports POST; other methods are answered as a malformed request.
    if (request.method !== 'POST') throw problem('invalid_request', 405);
    const parameters = formParameters(request);
    // "HTTP 401 and error invalid_client is returned if the client credentials are invalid."
    const client = authenticateClient(pool, request, parameters, 401);
    const token = parameters['token'];
    // "HTTP 400 and error invalid_request is returned if the token is not present in the request or if the feature is
    // disabled for the app client."
    if (token === undefined || !client.EnableTokenRevocation) throw problem('invalid_request');
    // "HTTP 400 and error unsupported_token_type is returned if the token sent in the revocation request is not a refresh token."
    if (peekClaims(token, ctx.keyCache)?.['token_use'] !== undefined) throw problem('unsupported_token_type');
    const record = lookup(pool.refreshTokens, token);
    // "HTTP 200 if the token has been revoked or if the client submitted an invalid token." [U] Another client's token is
    // one this client cannot revoke: answered alike, nothing revoked (as RevokeToken does).
    if (record && record.clientId === client.ClientId) revokeRefreshToken(pool, token, ctx.now);
    return { ...jsonAnswer(200, {}), body: '' };
  });
}
