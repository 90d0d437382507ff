/**
 * The user pool's own actions (SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword) as the
 * hosted UI's pages run them: through `ctx.call`, the same pipeline as the API (the model's validation, the action's policy,
 * codes in the outbox and errors), logged as requests of the page's visit. The hosted UI is Cognito's own page, so for a
 * client with a secret it supplies the SECRET_HASH itself.
 */
import { isCloudError } from '../../kernel/errors';
import type { InputOf, OutputOf } from '../../services';
import { computeSecretHash } from '../../userPool/lib/secretHash';
import type { UserPoolClientRecord } from '../../userPool/model';
import { cognitoIdp } from '../../userPool/service';
import type { Visit } from '../endpoints';

type PoolAction = 'SignUp' | 'ConfirmSignUp' | 'ResendConfirmationCode' | 'ForgotPassword' | 'ConfirmForgotPassword';

export type PoolActionResult<T> = { ok: true; output: T } | { ok: false; code: string; message: string };

/** Runs a client-facing action for `username` and returns its output or its error's code and message (never throws). */
export async function runPoolAction<A extends PoolAction>(
  visit: Visit,
  client: UserPoolClientRecord,
  username: string,
  action: A,
  request: Omit<InputOf<typeof cognitoIdp, A>, 'ClientId' | 'SecretHash'>,
): Promise<PoolActionResult<OutputOf<typeof cognitoIdp, A>>> {
  const full = { ...request, ClientId: client.ClientId } as InputOf<typeof cognitoIdp, A> & { SecretHash?: string };
  if (client.ClientSecret) full.SecretHash = await computeSecretHash(client.ClientSecret, username, client.ClientId);
  try {
    return { ok: true, output: await visit.ctx.call(cognitoIdp, action, full) };
  } catch (error) {
    if (isCloudError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
