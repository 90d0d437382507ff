import type { ActionContext } from '../../context';
import type { IamState, RoleRecord, TagRecord } from '../model';
import { checkDocument } from '../lib/documents';
import { entityAlreadyExists, IAM_MESSAGES } from '../lib/errors';
import { roleId } from '../lib/ids';
import { roleKey, roleOutput, type RoleOutput } from '../lib/roles';
import { readTags } from '../lib/tags';

export interface CreateRoleRequest {
  RoleName: string;
  AssumeRolePolicyDocument: string;
  Path?: string;
  Description?: string;
  MaxSessionDuration?: number;
  PermissionsBoundary?: string;
  Tags?: TagRecord[];
}

/**
 * CreateRole: a new role with a trust policy (checked as IAM checks trust policies), at `Path` (default `/`), sessions
 * up to MaxSessionDuration seconds (default 3600; the model bounds it to 3600–43200). Role names are unique in the
 * account regardless of case.
 */
export function createRole(ctx: ActionContext<IamState>, request: CreateRoleRequest): { Role: RoleOutput } {
  const key = roleKey(request.RoleName);
  if (Object.hasOwn(ctx.state.roles, key)) throw entityAlreadyExists(IAM_MESSAGES.roleExists(request.RoleName));
  checkDocument(request.AssumeRolePolicyDocument, 'trust');
  const tags = readTags(request.Tags);
  const path = request.Path ?? '/';
  // SIMPLIFIED: a permissions boundary is not kept or applied.
  const role: RoleRecord = {
    RoleName: request.RoleName,
    RoleId: roleId(ctx.random),
    Arn: `arn:aws:iam::${ctx.accountId}:role${path}${request.RoleName}`,
    Path: path,
    AssumeRolePolicyDocument: request.AssumeRolePolicyDocument,
    MaxSessionDuration: request.MaxSessionDuration ?? 3600,
    CreateDate: ctx.now,
    Tags: tags,
    inlinePolicies: {},
    attachedPolicies: [],
  };
  if (request.Description !== undefined) role.Description = request.Description;
  ctx.state.roles[key] = role;
  return { Role: roleOutput(role, true) };
}
