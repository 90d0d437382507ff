import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { policyOutput, requirePolicy, type PolicyOutput } from '../lib/policies';

/** GetPolicy: a managed policy (the account's or AWS's) with its description, tags and attachment count; no document. */
export function getPolicy(ctx: ActionContext<IamState>, request: { PolicyArn: string }): { Policy: PolicyOutput } {
  return { Policy: policyOutput(ctx.state, requirePolicy(ctx.state, request.PolicyArn), true) };
}
