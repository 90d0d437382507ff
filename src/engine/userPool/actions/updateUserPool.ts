import type { ActionContext } from '../lib/context';
import { MemberProblems } from '../lib/memberChecks';
import type { UserPoolRecord } from '../model';
import { getPool } from '../lib/pools';
import { checkAttributeUpdateSettings, checkPoolSettings, UPDATABLE_POOL_SETTINGS, updatableSettingsFrom, type PoolSettingsRequest } from '../lib/poolSettings';

export interface UpdateUserPoolRequest extends PoolSettingsRequest {
  UserPoolId: string;
  /** Newer than the bundled model: AWS now lets UpdateUserPool rename a pool [U]. */
  PoolName?: string;
}

export type UpdateUserPoolResponse = Record<string, never>;

/**
 * UpdateUserPool: replaces the pool's updatable settings. As in AWS, every updatable setting the request leaves out goes
 * back to its default: the full password policy, no Lambda triggers, no auto-verified attributes, MFA OFF, sign-up open,
 * no tags, deletion protection off. Fixed at creation and kept: the name, sign-in options (UsernameAttributes,
 * AliasAttributes), case sensitivity, the attribute schema; also kept: UserAttributeUpdateSettings when not given,
 * users, groups, app clients and signing keys.
 * SIMPLIFIED: MfaConfiguration ON/OPTIONAL is not checked against the pool's SMS or TOTP configuration here.
 */
export async function updateUserPool(ctx: ActionContext, request: UpdateUserPoolRequest): Promise<UpdateUserPoolResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const problems = new MemberProblems();
  checkPoolSettings(request, problems);
  problems.throwIfAny();
  const updatable = new Set<string>(UPDATABLE_POOL_SETTINGS);
  const kept = Object.fromEntries(Object.entries(pool.settings).filter(([name]) => !updatable.has(name)));
  const settings = {
    ...kept,
    ...updatableSettingsFrom(request),
    ...(request.UserAttributeUpdateSettings !== undefined ? { UserAttributeUpdateSettings: structuredClone(request.UserAttributeUpdateSettings) } : {}),
  } as unknown as UserPoolRecord['settings'];
  checkAttributeUpdateSettings(settings);
  pool.settings = settings;
  if (request.PoolName !== undefined) pool.Name = request.PoolName;
  pool.LastModifiedDate = ctx.now;
  return {};
}
