import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import { COGNITO_SUBJECT, findLink, identitiesOf, setIdentities } from '../lib/federatedUsers';
import { getPool } from '../lib/pools';
import { COGNITO_DIRECTORY, providerIdentity, type ProviderUserIdentifier } from '../lib/providerUsers';
import { requireUser, userNotFound, usernameKey } from '../lib/users';

export interface AdminDisableProviderForUserRequest {
  UserPoolId: string;
  User: ProviderUserIdentifier;
}

/**
 * AdminDisableProviderForUser: stops a user signing in through one provider.
 * - A link AdminLinkProviderForUser made (named as it was made, or by `Cognito_Subject` after the identity signed in) is
 *   removed, with its entry in the linked user's `identities`: the provider's user starts a new user next time.
 * - A provider's own user `<Provider>_<subject>` that no link claims is disabled (SIMPLIFIED: AWS does not say how it shows;
 *   here Enabled becomes false).
 * - The pool's own user (ProviderName `Cognito`, `Cognito_Subject`, the username) can no longer sign in with a password
 *   (SIMPLIFIED: the password is forgotten; an administrator can set a new one).
 * No such user or link: `UserNotFoundException: User does not exist.` [U].
 */
export async function adminDisableProviderForUser(ctx: ActionContext, request: AdminDisableProviderForUserRequest): Promise<Record<string, never>> {
  const pool = getPool(ctx, request.UserPoolId);
  if (request.User.ProviderName === COGNITO_DIRECTORY) {
    if ((request.User.ProviderAttributeName ?? COGNITO_SUBJECT) !== COGNITO_SUBJECT) {
      throw new CloudError('InvalidParameterException', `User.ProviderAttributeName must be ${COGNITO_SUBJECT} for a Cognito user.`);
    }
    const user = requireUser(pool, request.User.ProviderAttributeValue ?? '');
    user.passwordHash = '';
    user.passwordSalt = '';
    user.modifiedAt = ctx.now;
    return {};
  }
  const { provider, name, value } = providerIdentity(pool, request.User, 'User');
  const found = findLink(pool, provider.ProviderName, (l) => l.attributeName === name && l.attributeValue === value);
  if (found) {
    const { user, link } = found;
    user.providerLinks = (user.providerLinks ?? []).filter((l) => l !== link);
    (user.disabledProviderLinks ??= []).push({ ...link, disabledAt: ctx.now });
    setIdentities(
      user,
      identitiesOf(user).filter((e) => !(e.providerName === provider.ProviderName && e.userId === link.attributeValue)),
    );
    user.modifiedAt = ctx.now;
    return {};
  }
  const federated = name === COGNITO_SUBJECT ? lookup(pool.users, usernameKey(pool, `${provider.ProviderName}_${value}`)) : undefined;
  if (!federated) throw userNotFound();
  federated.enabled = false;
  federated.modifiedAt = ctx.now;
  return {};
}
