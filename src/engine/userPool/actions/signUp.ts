import { lookup, store } from '../../kernel/records';
import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { CODE_VALIDITY, sendCode, type CodeDeliveryDetails } from '../lib/codes';
import type { AttributeType } from '../model';
import { checkPasswordPolicy, hashPassword } from '../lib/password';
import { getClient } from '../lib/pools';
import { checkAttributes } from '../lib/schema';
import { checkSecretHash } from '../lib/secretHash';
import { attributesFromList, findUser, newUser, usernameAttributeFor, usernameKey } from '../lib/users';

export interface SignUpRequest {
  ClientId: string;
  Username: string;
  Password?: string;
  SecretHash?: string;
  UserAttributes?: AttributeType[];
  ValidationData?: AttributeType[];
  ClientMetadata?: Record<string, string>;
}

/** Our answer to SignUp without a Password: passwordless sign-up is not simulated. */
export const PASSWORDLESS_SIGN_UP_NOT_SIMULATED = 'SignUp without a Password (passwordless sign-up) is not simulated by this simulator. Send a Password.';

export interface SignUpResponse {
  UserConfirmed: boolean;
  CodeDeliveryDetails?: CodeDeliveryDetails;
  UserSub: string;
}

/**
 * SignUp: registers a user as UNCONFIRMED and sends a confirmation code to the attribute the pool auto-verifies.
 * With email or phone as username (UsernameAttributes), the stored username is the new `sub`.
 */
export async function signUp(ctx: ActionContext, request: SignUpRequest): Promise<SignUpResponse> {
  const { pool, client } = getClient(ctx, request.ClientId);
  await checkSecretHash(client, [request.Username], request.SecretHash);
  if (pool.settings.AdminCreateUserConfig.AllowAdminCreateUserOnly) {
    throw new CloudError('NotAuthorizedException', 'SignUp is not permitted for this user pool');
  }
  // SIMPLIFIED: AWS's model makes Password optional for pools with passwordless sign-in, which is not simulated;
  // what AWS answers a pool without passwordless is undocumented [U], so we say plainly what is missing.
  if (request.Password === undefined) throw new CloudError('InvalidParameterException', PASSWORDLESS_SIGN_UP_NOT_SIMULATED);
  const attributes = attributesFromList(request.UserAttributes);
  const signInAttribute = usernameAttributeFor(pool, request.Username);
  if (signInAttribute) attributes[signInAttribute] ??= request.Username;
  checkAttributes(pool, attributes, true);
  checkPasswordPolicy(pool.settings.Policies.PasswordPolicy, request.Password);

  const sub = ctx.random.uuid();
  const username = signInAttribute ? sub : request.Username;
  if (signInAttribute && findUser(pool, request.Username)) {
    throw new CloudError('UsernameExistsException', `An account with the given ${signInAttribute === 'email' ? 'email' : 'phone_number'} already exists.`);
  }
  if (lookup(pool.users, usernameKey(pool, username))) throw new CloudError('UsernameExistsException', 'User already exists');

  const user = newUser({ username, sub, attributes, status: 'UNCONFIRMED', now: ctx.now, ...(await hashPassword(ctx.random, request.Password)) });
  store(pool.users, usernameKey(pool, username), user);
  const sent = sendCode(ctx, pool, user, 'SignUp', CODE_VALIDITY.signUp);
  if (sent) user.signUpCode = sent.pending;
  return { UserConfirmed: false, ...(sent ? { CodeDeliveryDetails: sent.details } : {}), UserSub: sub };
}
