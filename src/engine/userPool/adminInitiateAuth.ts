import type { ActionContext } from '../context';
import { CloudError } from '../errors';
import { clientAllows, flowNotSimulated, methodNotSupported, requireRefreshFlow, type AuthFlowResponse, type AuthParameters } from './authFlow';
import { getPool, getPoolClient } from './pools';
import { signInWithPassword, signInWithRefreshToken } from './signIn';

export interface AdminInitiateAuthRequest {
  UserPoolId: string;
  ClientId: string;
  AuthFlow: string;
  AuthParameters?: AuthParameters;
  ClientMetadata?: Record<string, string>;
  AnalyticsMetadata?: { AnalyticsEndpointId?: string };
  ContextData?: Record<string, unknown>;
}

export type AdminInitiateAuthResponse = AuthFlowResponse;

/**
 * AdminInitiateAuth: a back end signs a user in with the password (ADMIN_USER_PASSWORD_AUTH, legacy name ADMIN_NO_SRP_AUTH),
 * which the client must allow, or refreshes tokens (REFRESH_TOKEN_AUTH). Same checks and answers as InitiateAuth.
 */
// SIMPLIFIED: admin calls are not yet authorized by IAM.
export async function adminInitiateAuth(ctx: ActionContext, request: AdminInitiateAuthRequest): Promise<AdminInitiateAuthResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const client = getPoolClient(pool, request.ClientId);
  const parameters = request.AuthParameters ?? {};
  switch (request.AuthFlow) {
    case 'ADMIN_USER_PASSWORD_AUTH':
    case 'ADMIN_NO_SRP_AUTH':
      if (!clientAllows(client, 'ADMIN_USER_PASSWORD_AUTH')) {
        throw new CloudError('InvalidParameterException', 'Auth flow not enabled for this client');
      }
      return signInWithPassword(ctx, pool, client, parameters);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      requireRefreshFlow(client);
      return signInWithRefreshToken(ctx, pool, client, parameters);
    case 'USER_SRP_AUTH':
    case 'CUSTOM_AUTH':
    case 'USER_AUTH':
      throw flowNotSimulated(request.AuthFlow, 'ADMIN_USER_PASSWORD_AUTH');
    default:
      // USER_PASSWORD_AUTH belongs to InitiateAuth.
      throw methodNotSupported();
  }
}
