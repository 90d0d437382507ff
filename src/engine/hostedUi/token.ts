/**
 * `POST /oauth2/token`: the hosted UI's token endpoint (Cognito developer guide, "Token endpoint"). Form-encoded requests,
 * JSON answers; the client authenticates with HTTP Basic or `client_secret` in the body. Grants:
 * - `authorization_code`: a code from `/oauth2/authorize`, single use, valid 5 minutes, bound to its client, redirect URI
 *   and PKCE challenge → ID (with `openid`), access and refresh tokens;
 * - `refresh_token`: new ID and access tokens with the scopes of the original sign-in, no new refresh token;
 * - `client_credentials`: a confidential client's access token for resource servers' custom scopes, nothing else.
 */
import { lookup } from '../kernel/records';
import type { WireResponse } from '../protocol/wire';
import { clientAllows } from '../userPool/lib/authFlow';
import { issueTokens, type AuthenticationResultType } from '../userPool/lib/tokens';
import { findUser } from '../userPool/lib/users';
import type { UserPoolClientRecord, UserRecord } from '../userPool/model';
import type { Visit } from './endpoints';
import { authenticateClient } from './lib/clientAuth';
import { codeTokenOptions } from './lib/grant';
import { grantedCustomScopes, issueMachineToken } from './lib/machineToken';
import { answerOf, formParameters, jsonAnswer, problem } from './lib/oauthErrors';
import { verifierMatches } from './lib/pkce';

type Parameters = Record<string, string>;

export function token(visit: Visit): Promise<WireResponse> {
  return answerOf(async () => {
    // [U] The endpoint only supports POST; other methods are answered as a malformed request.
    if (visit.request.method !== 'POST') throw problem('invalid_request', 405);
    const parameters = formParameters(visit.request);
    const grantType = parameters['grant_type'];
    if (grantType === undefined) throw problem('invalid_request');
    if (!['authorization_code', 'refresh_token', 'client_credentials'].includes(grantType)) throw problem('unsupported_grant_type');
    // The token endpoint's documented negative sample answers every error, invalid_client included, with 400.
    const client = authenticateClient(visit.pool, visit.request, parameters, 400);
    if (grantType === 'authorization_code') return codeGrant(visit, client, parameters);
    if (grantType === 'refresh_token') return refreshGrant(visit, client, parameters);
    return clientCredentialsGrant(visit, client, parameters);
  });
}

/** Whether the client may use an OAuth flow of the hosted UI at all, and this one. */
function allowsOAuthFlow(client: UserPoolClientRecord, flow: 'code' | 'client_credentials'): boolean {
  return client.AllowedOAuthFlowsUserPoolClient && (client.AllowedOAuthFlows ?? []).includes(flow);
}

/** The user a grant is for, while they exist and are enabled; otherwise the grant is no longer good [U]. */
function grantUser(visit: Visit, username: string): UserRecord {
  const user = findUser(visit.pool, username);
  if (!user || !user.enabled) throw problem('invalid_grant');
  return user;
}

/** The JSON the token endpoint answers with: `id_token` only for an OpenID sign-in (`openid` among the scopes). */
function tokenAnswer(result: AuthenticationResultType, withIdToken: boolean): WireResponse {
  return jsonAnswer(200, {
    ...(withIdToken ? { id_token: result.IdToken } : {}),
    access_token: result.AccessToken,
    ...(result.RefreshToken ? { refresh_token: result.RefreshToken } : {}),
    expires_in: result.ExpiresIn,
    token_type: result.TokenType,
  });
}

async function codeGrant(visit: Visit, client: UserPoolClientRecord, parameters: Parameters): Promise<WireResponse> {
  const { ctx, pool } = visit;
  const value = parameters['code'];
  const redirectUri = parameters['redirect_uri'];
  if (value === undefined || redirectUri === undefined) throw problem('invalid_request');
  if (!allowsOAuthFlow(client, 'code')) throw problem('unauthorized_client');
  const code = lookup(pool.hostedUi.codes, value);
  // "Authorization code has been consumed already or does not exist": a used, expired or another client's code alike.
  if (!code || code.used || ctx.now > code.expiresAt || code.clientId !== client.ClientId) throw problem('invalid_grant');
  // [U] A redirect_uri other than the one the code was issued for: invalid_grant, as RFC 6749 §5.2 has it.
  if (code.redirectUri !== redirectUri) throw problem('invalid_grant');
  if (code.codeChallenge !== undefined) {
    const verifier = parameters['code_verifier'];
    // [U] A code issued with a challenge but redeemed without a verifier is a malformed request; a wrong one, a bad grant.
    if (verifier === undefined) throw problem('invalid_request');
    if (!verifierMatches(verifier, code.codeChallenge)) throw problem('invalid_grant');
  }
  const user = grantUser(visit, code.username);
  code.used = true;
  const result = await issueTokens(ctx, pool, client, user, codeTokenOptions(code));
  return tokenAnswer(result, code.scopes.includes('openid'));
}

async function refreshGrant(visit: Visit, client: UserPoolClientRecord, parameters: Parameters): Promise<WireResponse> {
  const { ctx, pool } = visit;
  const value = parameters['refresh_token'];
  if (value === undefined) throw problem('invalid_request');
  // "Client is not allowed for … refreshing tokens": its ExplicitAuthFlows leave out ALLOW_REFRESH_TOKEN_AUTH.
  if (!clientAllows(client, 'REFRESH_TOKEN_AUTH')) throw problem('unauthorized_client');
  const record = lookup(pool.refreshTokens, value);
  // "Refresh token has been revoked"; an unknown, expired or another client's token is no better.
  if (!record || record.revoked || ctx.now > record.expiresAt || record.clientId !== client.ClientId) throw problem('invalid_grant');
  const user = grantUser(visit, record.username);
  const result = await issueTokens(ctx, pool, client, user, {
    authTime: record.authTime,
    originJti: record.originJti,
    withRefreshToken: false,
    ...(record.scopes ? { scopes: record.scopes } : {}),
  });
  // A refresh token from the API (no scopes recorded) always came with an ID token.
  return tokenAnswer(result, !record.scopes || record.scopes.includes('openid'));
}

async function clientCredentialsGrant(visit: Visit, client: UserPoolClientRecord, parameters: Parameters): Promise<WireResponse> {
  // Only a confidential client can hold this grant (CreateUserPoolClient refuses client_credentials without a secret).
  if (client.ClientSecret === undefined) throw problem('invalid_client');
  if (!allowsOAuthFlow(client, 'client_credentials')) throw problem('unauthorized_client');
  const scopes = grantedCustomScopes(visit.pool, client, parameters['scope']);
  // [U] No custom scope to grant (none requested is allowed, or the client has none): invalid_scope.
  if (scopes.length === 0) throw problem('invalid_scope');
  return jsonAnswer(200, await issueMachineToken(visit.ctx, visit.pool, client, scopes));
}
