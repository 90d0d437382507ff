import type { ActionContext } from '../context';
import { CloudError } from '../errors';
import { clientAllows, flowNotSimulated, methodNotSupported, requireRefreshFlow, type AuthFlowResponse, type AuthParameters } from './authFlow';
import { getClient } from './pools';
import { signInWithPassword, signInWithRefreshToken } from './signIn';

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
  const parameters = request.AuthParameters ?? {};
  switch (request.AuthFlow) {
    case 'USER_PASSWORD_AUTH':
      if (!clientAllows(client, 'USER_PASSWORD_AUTH')) {
        throw new CloudError('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
      }
      return signInWithPassword(ctx, pool, client, parameters);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      requireRefreshFlow(client);
      return signInWithRefreshToken(ctx, pool, client, parameters);
    case 'USER_SRP_AUTH':
    case 'CUSTOM_AUTH':
    case 'USER_AUTH':
      throw flowNotSimulated(request.AuthFlow, 'USER_PASSWORD_AUTH');
    default:
      // ADMIN_USER_PASSWORD_AUTH and ADMIN_NO_SRP_AUTH belong to AdminInitiateAuth.
      throw methodNotSupported();
  }
}
