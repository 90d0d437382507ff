import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireRole, roleOutput, type RoleOutput } from '../lib/roles';

/** GetRole: the role, its trust policy URL-encoded (RFC 3986) as IAM returns it, and its tags. */
export function getRole(ctx: ActionContext<IamState>, request: { RoleName: string }): { Role: RoleOutput } {
  return { Role: roleOutput(requireRole(ctx.state, request.RoleName), true) };
}
