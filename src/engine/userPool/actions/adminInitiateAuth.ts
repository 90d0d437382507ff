import type { ActionContext } from '../lib/context';
import type { AuthFlowResponse, AuthParameters } from '../lib/authFlow';
import { getPool, getPoolClient } from '../lib/pools';
import { startAuthFlow } from '../lib/startAuthFlow';

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
  return startAuthFlow(ctx, 'AdminInitiateAuth', pool, client, request.AuthFlow, request.AuthParameters ?? {});
}
