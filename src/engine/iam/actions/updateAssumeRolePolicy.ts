import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { checkDocument } from '../lib/documents';
import { requireRole } from '../lib/roles';

/** UpdateAssumeRolePolicy: replaces the role's trust policy, checked as IAM checks trust policies. */
export function updateAssumeRolePolicy(ctx: ActionContext<IamState>, request: { RoleName: string; PolicyDocument: string }): Record<string, never> {
  const role = requireRole(ctx.state, request.RoleName);
  checkDocument(request.PolicyDocument, 'trust');
  role.AssumeRolePolicyDocument = request.PolicyDocument;
  return {};
}
