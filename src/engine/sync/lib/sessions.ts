import { CloudError } from '../../kernel/errors';
import { MINUTE } from '../../kernel/clock';
import { lookup, store } from '../../kernel/records';
import type { SyncSession } from '../model';
import type { SyncContext } from './datasets';
import { SYNC_MESSAGES } from './messages';

/** [U] How long a SyncSessionToken lasts: AWS does not say; the simulator gives 15 minutes. */
export const SESSION_LIFETIME = 15 * MINUTE;

type Inputs = Pick<SyncSession, 'IdentityPoolId' | 'IdentityId' | 'DatasetName'>;

/** A fresh opaque token for one dataset, from the seeded generator; tokens past their time are forgotten. */
export function issueSession(ctx: SyncContext, inputs: Inputs): string {
  for (const [token, session] of Object.entries(ctx.state.sessions)) if (session.expires <= ctx.now) delete ctx.state.sessions[token];
  const token = ctx.random.base64url(96);
  store(ctx.state.sessions, token, {
    IdentityPoolId: inputs.IdentityPoolId,
    IdentityId: inputs.IdentityId,
    DatasetName: inputs.DatasetName,
    expires: ctx.now + SESSION_LIFETIME,
  });
  return token;
}

/**
 * Refuses a token that this cloud never issued, that has expired, or that was issued for another dataset.
 * [U] a token stays good until it expires, for any number of UpdateRecords.
 */
export function checkSession(ctx: SyncContext, token: string, inputs: Inputs): void {
  const session = lookup(ctx.state.sessions, token);
  const fits =
    session !== undefined &&
    session.expires > ctx.now &&
    session.IdentityPoolId === inputs.IdentityPoolId &&
    session.IdentityId === inputs.IdentityId &&
    session.DatasetName === inputs.DatasetName;
  if (!fits) throw new CloudError('InvalidParameterException', SYNC_MESSAGES.badSession);
}
