import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { awsManagedPolicies } from '../lib/awsManaged';
import { listOutput, page } from '../lib/paging';
import { attachmentCount, policyOutput, type PolicyOutput } from '../lib/policies';

export interface ListPoliciesRequest {
  Scope?: 'All' | 'AWS' | 'Local';
  OnlyAttached?: boolean;
  PathPrefix?: string;
  PolicyUsageFilter?: string;
  Marker?: string;
  MaxItems?: number;
}

/**
 * ListPolicies: managed policies, the account's (`Local`), AWS's (`AWS`) or both (`All`, the default), only those
 * attached to something when OnlyAttached, under PathPrefix, a page at a time, without descriptions or tags.
 * SIMPLIFIED: PolicyUsageFilter is ignored (no permissions boundaries). [U] the order: AWS's first, then by name.
 */
export function listPolicies(ctx: ActionContext<IamState>, request: ListPoliciesRequest): { Policies: PolicyOutput[]; IsTruncated: boolean; Marker?: string } {
  const scope = request.Scope ?? 'All';
  const prefix = request.PathPrefix ?? '/';
  const candidates = [...(scope === 'Local' ? [] : awsManagedPolicies()), ...(scope === 'AWS' ? [] : Object.values(ctx.state.policies))];
  const chosen = candidates.filter((p) => p.Path.startsWith(prefix) && (!request.OnlyAttached || attachmentCount(ctx.state, p.Arn) > 0));
  const result = page(chosen, (p) => `${p.Arn.startsWith('arn:aws:iam::aws:') ? 0 : 1}${p.PolicyName.toLowerCase()}`, request);
  return listOutput('Policies', { ...result, items: result.items.map((p) => policyOutput(ctx.state, p, false)) });
}
