import type { ActionContext } from '../lib/context';
import type { AuthFlowResponse, AuthParameters } from '../lib/authFlow';
import { getClient } from '../lib/pools';
import { startAuthFlow } from '../lib/startAuthFlow';

export interface InitiateAuthRequest {
  AuthFlow: string;
  ClientId: string;
  AuthParameters?: AuthParameters;
  ClientMetadata?: Record<string, string>;
  AnalyticsMetadata?: { AnalyticsEndpointId?: string };
  UserContextData?: { IpAddress?: string; EncodedData?: string };
}

export type InitiateAuthResponse = AuthFlowResponse;

/**
 * InitiateAuth: an app signs a user in. USER_PASSWORD_AUTH sends the password itself (the client must allow the flow);
 * REFRESH_TOKEN_AUTH trades a refresh token for new ID and access tokens. The answer is tokens or the next challenge.
 */
export async function initiateAuth(ctx: ActionContext, request: InitiateAuthRequest): Promise<InitiateAuthResponse> {
  const { pool, client } = getClient(ctx, request.ClientId);
  return startAuthFlow(ctx, 'InitiateAuth', pool, client, request.AuthFlow, request.AuthParameters ?? {});
}
