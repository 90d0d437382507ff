import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import type { RequestPrincipal } from '../policy/types';
import { checkSimulatedDocument, simulate, type SimulatePolicyResponse, type SimulationRequest } from '../lib/simulate';

export interface SimulateCustomPolicyRequest extends SimulationRequest {
  PolicyInputList: string[];
  CallerArn?: string;
  ResourcePolicy?: string;
}

/** The simulated caller: CallerArn (an IAM user's ARN, per the API reference), else the account. [U] the default. */
export function callerPrincipal(accountId: string, callerArn: string | undefined): RequestPrincipal {
  const arn = callerArn ?? `arn:aws:iam::${accountId}:root`;
  const user = /^arn:aws:iam::\d{12}:user\/(?:.*\/)?([^/]+)$/.exec(arn);
  return user ? { arn, type: 'User', username: user[1]! } : { arn, type: 'Root' };
}

/**
 * SimulateCustomPolicy: how the identity-based policies given as strings (PolicyInputList, named `PolicyInputList.N`)
 * decide each action on each resource (default `*`), with the ContextEntries as the request's condition keys.
 * SIMPLIFIED: ResourcePolicy and permissions boundaries are not simulated.
 */
export function simulateCustomPolicy(ctx: ActionContext<IamState>, request: SimulateCustomPolicyRequest): SimulatePolicyResponse {
  request.PolicyInputList.forEach(checkSimulatedDocument);
  const policies = request.PolicyInputList.map((document, i) => ({ id: `PolicyInputList.${i + 1}`, type: 'none' as const, document }));
  return simulate(callerPrincipal(ctx.accountId, request.CallerArn), policies, request);
}
