import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { checkDocument } from '../lib/documents';
import { requireRole } from '../lib/roles';

export interface PutRolePolicyRequest {
  RoleName: string;
  PolicyName: string;
  PolicyDocument: string;
}

/**
 * PutRolePolicy: adds or replaces the role's inline policy of this name, checked as an identity-based policy.
 * [U] inline policy names are matched as given (case-sensitively).
 */
export function putRolePolicy(ctx: ActionContext<IamState>, request: PutRolePolicyRequest): Record<string, never> {
  const role = requireRole(ctx.state, request.RoleName);
  checkDocument(request.PolicyDocument, 'identity');
  role.inlinePolicies[request.PolicyName] = request.PolicyDocument;
  return {};
}
