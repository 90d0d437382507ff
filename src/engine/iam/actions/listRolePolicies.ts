import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { listOutput, page } from '../lib/paging';
import { requireRole } from '../lib/roles';

/** ListRolePolicies: the names of the role's inline policies, a page at a time. [U] in name order. */
export function listRolePolicies(
  ctx: ActionContext<IamState>,
  request: { RoleName: string; Marker?: string; MaxItems?: number },
): { PolicyNames: string[]; IsTruncated: boolean; Marker?: string } {
  const role = requireRole(ctx.state, request.RoleName);
  return listOutput(
    'PolicyNames',
    page(Object.keys(role.inlinePolicies), (name) => name, request),
  );
}
