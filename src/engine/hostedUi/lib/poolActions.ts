/**
 * The user pool's own actions (SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword) as the
 * hosted UI's pages run them: the same code as the API, so the same policy, codes in the outbox and errors. The hosted UI
 * is Cognito's own page, so for a client with a secret it supplies the SECRET_HASH itself.
 */
import { isCloudError } from '../../kernel/errors';
import { computeSecretHash } from '../../userPool/lib/secretHash';
import type { UserPoolClientRecord } from '../../userPool/model';
import type { Visit } from '../endpoints';

export type PoolActionResult<T> = { ok: true; output: T } | { ok: false; code: string; message: string };

/**
 * Runs a client-facing action for `username` and returns its output or its error's code and message (never throws).
 * SIMPLIFIED: the action runs inside the hosted UI's request, so the log shows the page, not a nested SignUp request.
 */
export async function runPoolAction<Req extends { ClientId: string; SecretHash?: string }, Res>(
  visit: Visit,
  client: UserPoolClientRecord,
  username: string,
  action: (ctx: Visit['ctx'], request: Req) => Promise<Res>,
  request: Omit<Req, 'ClientId' | 'SecretHash'>,
): Promise<PoolActionResult<Res>> {
  const full = { ...request, ClientId: client.ClientId } as Req;
  if (client.ClientSecret) full.SecretHash = await computeSecretHash(client.ClientSecret, username, client.ClientId);
  try {
    return { ok: true, output: await action(visit.ctx, full) };
  } catch (error) {
    if (isCloudError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
