import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { isAwsManagedArn } from '../lib/awsManaged';
import { IAM_MESSAGES, invalidInput, noSuchEntity } from '../lib/errors';
import { defaultDocument, findPolicy } from '../lib/policies';
import { roleByArn } from '../lib/rolePolicies';
import { checkSimulatedDocument, simulate, type SimulatedPolicy, type SimulatePolicyResponse, type SimulationRequest } from '../lib/simulate';
import { callerPrincipal } from './simulateCustomPolicy';

export interface SimulatePrincipalPolicyRequest extends SimulationRequest {
  PolicySourceArn: string;
  PolicyInputList?: string[];
  CallerArn?: string;
}

/**
 * SimulatePrincipalPolicy: how a role's policies (its inline ones by name, its attached managed ones by policy name at
 * their default version) and any extra documents given (PolicyInputList, "as if associated with the entity", named
 * `PolicyInputList.N`) decide each action on each resource. SIMPLIFIED: roles only (no IAM users or groups), no
 * permissions boundaries or resource policies. [U] the simulated principal is the role itself.
 */
export function simulatePrincipalPolicy(ctx: ActionContext<IamState>, request: SimulatePrincipalPolicyRequest): SimulatePolicyResponse {
  if (!/^arn:aws:iam::\d{12}:role\//.test(request.PolicySourceArn)) throw invalidInput(IAM_MESSAGES.invalidArn(request.PolicySourceArn));
  const role = roleByArn(ctx.state, request.PolicySourceArn);
  const name = request.PolicySourceArn.slice(request.PolicySourceArn.lastIndexOf('/') + 1);
  if (!role) throw noSuchEntity(IAM_MESSAGES.noRole(name));
  (request.PolicyInputList ?? []).forEach(checkSimulatedDocument);
  const inline: SimulatedPolicy[] = Object.entries(role.inlinePolicies).map(([id, document]) => ({ id, type: 'role', document }));
  const attached: SimulatedPolicy[] = role.attachedPolicies.flatMap((arn) => {
    const policy = findPolicy(ctx.state, arn);
    return policy ? [{ id: policy.PolicyName, type: isAwsManagedArn(arn) ? 'aws-managed' : 'user-managed', document: defaultDocument(policy) }] : [];
  });
  const extra: SimulatedPolicy[] = (request.PolicyInputList ?? []).map((document, i) => ({ id: `PolicyInputList.${i + 1}`, type: 'none', document }));
  const principal = request.CallerArn
    ? callerPrincipal(ctx.accountId, request.CallerArn)
    : { arn: role.Arn, type: 'AssumedRole' as const, userid: role.RoleId };
  return simulate(principal, [...inline, ...attached, ...extra], request);
}
