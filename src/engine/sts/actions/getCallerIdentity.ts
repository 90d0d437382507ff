import type { ActionContext } from '../../context';
import { CloudError } from '../../kernel/errors';
import { callerArn } from '../../auth/caller';
import type { StsState } from '../service';

export interface GetCallerIdentityResponse {
  UserId: string;
  Account: string;
  Arn: string;
}

/**
 * Who the request's credentials belong to. It needs no permission: AWS answers it even when a policy explicitly denies
 * `sts:GetCallerIdentity` (STS API reference). For the account's root credentials UserId is the account id; for a role
 * session it is the role's id and the session name (`AROA…:app1`), and Arn the assumed-role ARN.
 */
export function getCallerIdentity(ctx: ActionContext<StsState>, _request: Record<string, never>): GetCallerIdentityResponse {
  const arn = callerArn(ctx.caller, ctx.accountId);
  // The front door refuses an unsigned GetCallerIdentity before it gets here; a caller without an ARN is a bug.
  if (!arn) throw new CloudError('InternalFailure', 'GetCallerIdentity reached without credentials', 500);
  const caller = ctx.caller;
  const userId = caller.kind === 'session' ? `${caller.credentials.roleId}:${caller.credentials.sessionName}` : ctx.accountId;
  return { UserId: userId, Account: ctx.accountId, Arn: arn };
}
