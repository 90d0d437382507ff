import type { ActionContext } from '../lib/context';
import type { AuthFlowResponse, AuthParameters } from '../lib/authFlow';
import { getPool, getPoolClient } from '../lib/pools';
import { answerChallenge } from '../lib/signInFlows';

export interface AdminRespondToAuthChallengeRequest {
  UserPoolId: string;
  ClientId: string;
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: AuthParameters;
  ClientMetadata?: Record<string, string>;
  AnalyticsMetadata?: { AnalyticsEndpointId?: string };
  ContextData?: Record<string, unknown>;
}

export type AdminRespondToAuthChallengeResponse = AuthFlowResponse;

/** AdminRespondToAuthChallenge: a back end answers the challenge AdminInitiateAuth returned, exactly as RespondToAuthChallenge does. */
// SIMPLIFIED: admin calls are not yet authorized by IAM.
export async function adminRespondToAuthChallenge(
  ctx: ActionContext,
  request: AdminRespondToAuthChallengeRequest,
): Promise<AdminRespondToAuthChallengeResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const client = getPoolClient(pool, request.ClientId);
  return answerChallenge(ctx, pool, client, request);
}
