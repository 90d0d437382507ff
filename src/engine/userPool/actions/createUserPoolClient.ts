import type { ActionContext } from '../lib/context';
import { clientSettingsFrom, type ClientSettingsRequest } from '../lib/clientSettings';
import { userPoolClientType, type UserPoolClientType } from '../lib/wireTypes';
import type { UserPoolClientRecord } from '../model';
import { getPool } from '../lib/pools';
import { checkOAuthSettings } from '../lib/oauthSettings';

export interface CreateUserPoolClientRequest extends ClientSettingsRequest {
  UserPoolId: string;
  ClientName: string;
  GenerateSecret?: boolean;
}

export interface CreateUserPoolClientResponse {
  UserPoolClient: UserPoolClientType;
}

/**
 * CreateUserPoolClient: an app client of the pool, optionally with a secret (GenerateSecret), the auth flows it
 * allows (default SRP, custom auth and refresh, so not USER_PASSWORD_AUTH), its token lifetimes and OAuth settings.
 * The OAuth settings are checked as AWS checks them (lib/oauthSettings.ts): callback URLs, flows, scopes against the
 * pool's resource servers, identity providers. SIMPLIFIED: AnalyticsConfiguration is not kept.
 */
export function createUserPoolClient(ctx: ActionContext, request: CreateUserPoolClientRequest): CreateUserPoolClientResponse {
  const pool = getPool(ctx, request.UserPoolId);
  const settings = clientSettingsFrom(request);
  checkOAuthSettings(pool, settings, request.GenerateSecret === true);
  const ClientId = ctx.random.clientId();
  const client: UserPoolClientRecord = {
    UserPoolId: pool.Id,
    ClientName: request.ClientName,
    ClientId,
    ...(request.GenerateSecret ? { ClientSecret: ctx.random.clientSecret() } : {}),
    CreationDate: ctx.now,
    LastModifiedDate: ctx.now,
    ...settings,
  };
  pool.clients[ClientId] = client;
  return { UserPoolClient: userPoolClientType(client) };
}
