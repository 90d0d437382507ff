import type { ActionContext } from '../lib/context';
import type { AuthFlowResponse, AuthParameters } from '../lib/authFlow';
import { getClient } from '../lib/pools';
import { answerChallenge } from '../lib/signInFlows';

export interface RespondToAuthChallengeRequest {
  ClientId: string;
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: AuthParameters;
  ClientMetadata?: Record<string, string>;
  AnalyticsMetadata?: { AnalyticsEndpointId?: string };
  UserContextData?: { IpAddress?: string; EncodedData?: string };
}

export type RespondToAuthChallengeResponse = AuthFlowResponse;

/**
 * RespondToAuthChallenge: the app answers the challenge InitiateAuth returned, passing back its single-use Session.
 * NEW_PASSWORD_REQUIRED takes `{USERNAME, NEW_PASSWORD, userAttributes.<name>…}` and, when accepted, returns tokens.
 */
export async function respondToAuthChallenge(ctx: ActionContext, request: RespondToAuthChallengeRequest): Promise<RespondToAuthChallengeResponse> {
  const { pool, client } = getClient(ctx, request.ClientId);
  return answerChallenge(ctx, pool, client, request);
}
