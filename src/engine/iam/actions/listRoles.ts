import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { listOutput, page } from '../lib/paging';
import { roleKey, roleOutput, type RoleOutput } from '../lib/roles';

export interface ListRolesRequest {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

/**
 * ListRoles: the account's roles whose path starts with PathPrefix (default `/`, every role), a page at a time.
 * Tags are not listed (IAM API reference). [U] the order: by name, regardless of case.
 */
export function listRoles(ctx: ActionContext<IamState>, request: ListRolesRequest): { Roles: RoleOutput[]; IsTruncated: boolean; Marker?: string } {
  const prefix = request.PathPrefix ?? '/';
  const roles = Object.values(ctx.state.roles).filter((r) => r.Path.startsWith(prefix));
  const result = page(roles, (r) => roleKey(r.RoleName), request);
  return listOutput('Roles', { ...result, items: result.items.map((r) => roleOutput(r, false)) });
}
