import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requireRole, roleOutput, type RoleOutput } from '../lib/roles';

/**
 * GetRole: the role, its trust policy URL-encoded (RFC 3986) as IAM returns it, its tags, and RoleLastUsed (which only
 * GetRole returns). SIMPLIFIED: the last use is never recorded, so RoleLastUsed is empty, as for a role not yet used.
 */
export function getRole(ctx: ActionContext<IamState>, request: { RoleName: string }): { Role: RoleOutput & { RoleLastUsed: Record<string, never> } } {
  return { Role: { ...roleOutput(requireRole(ctx.state, request.RoleName), true), RoleLastUsed: {} } };
}
