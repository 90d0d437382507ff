import type { ActionContext } from '../lib/context';
import { clientSettingsFrom, type ClientSettingsRequest } from '../lib/clientSettings';
import { userPoolClientType, type UserPoolClientType } from '../lib/wireTypes';
import type { UserPoolClientRecord } from '../model';
import { getPool, getPoolClient } from '../lib/pools';
import { checkOAuthSettings } from '../lib/oauthSettings';

export interface UpdateUserPoolClientRequest extends ClientSettingsRequest {
  UserPoolId: string;
  ClientId: string;
  ClientName?: string;
}

export interface UpdateUserPoolClientResponse {
  UserPoolClient: UserPoolClientType;
}

/**
 * UpdateUserPoolClient: replaces an app client's settings. As in AWS, every setting the request leaves out goes back to
 * its default: sending only `ExplicitAuthFlows` keeps those flows but resets token lifetimes, PreventUserExistenceErrors
 * (LEGACY), OAuth flows, scopes and URLs. The ClientId, ClientSecret and creation date never change; the ClientName
 * changes only when given. The OAuth settings are checked as CreateUserPoolClient checks them, against the client's secret.
 */
export async function updateUserPoolClient(ctx: ActionContext, request: UpdateUserPoolClientRequest): Promise<UpdateUserPoolClientResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const current = getPoolClient(pool, request.ClientId);
  const settings = clientSettingsFrom(request);
  checkOAuthSettings(pool, settings, current.ClientSecret !== undefined);
  const client: UserPoolClientRecord = {
    UserPoolId: current.UserPoolId,
    ClientName: request.ClientName ?? current.ClientName,
    ClientId: current.ClientId,
    ...(current.ClientSecret !== undefined ? { ClientSecret: current.ClientSecret } : {}),
    CreationDate: current.CreationDate,
    LastModifiedDate: ctx.now,
    ...settings,
  };
  pool.clients[client.ClientId] = client;
  return { UserPoolClient: userPoolClientType(client) };
}
