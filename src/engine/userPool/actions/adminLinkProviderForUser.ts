import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { UserRecord } from '../model';
import { COGNITO_SUBJECT, findLink, identitiesOf, identityEntry, setIdentities } from '../lib/federatedUsers';
import { getPool } from '../lib/pools';
import { COGNITO_DIRECTORY, providerIdentity, type ProviderUserIdentifier } from '../lib/providerUsers';
import { requireUser, userNotFound, usernameKey } from '../lib/users';

export interface AdminLinkProviderForUserRequest {
  UserPoolId: string;
  DestinationUser: ProviderUserIdentifier;
  SourceUser: ProviderUserIdentifier;
}

/** "The maximum number of federated identities linked to a user is five." (API reference) */
const MAX_LINKS = 5;

/**
 * AdminLinkProviderForUser: links an external provider's user who has not signed in yet (SourceUser) to an existing pool
 * user (DestinationUser: ProviderName `Cognito` and the username, or a provider and its user's subject). When that
 * identity signs in, it signs in as the destination user, whose `identities` attribute lists the link from now on.
 * - A SourceUser of the pool's own directory: `InvalidParameterException: Invalid SourceUser: Cognito users with a
 *   username/password may not be passed in as a SourceUser, only as a DestinationUser` [O].
 * - A SourceUser who already signed in (its `<Provider>_<subject>` user exists): `InvalidParameterException: Merging is not
 *   currently supported, provide a SourceUser that has not been signed up in order to link` [O].
 * - An identity already linked to another user: AliasExistsException [U wording]; linked again to the same user: nothing
 *   changes [U]. A sixth link: LimitExceededException [U wording].
 */
export async function adminLinkProviderForUser(ctx: ActionContext, request: AdminLinkProviderForUserRequest): Promise<Record<string, never>> {
  const pool = getPool(ctx, request.UserPoolId);
  const destination = destinationUser(ctx, request.DestinationUser, pool.Id);
  if (request.SourceUser.ProviderName === COGNITO_DIRECTORY) {
    throw new CloudError(
      'InvalidParameterException',
      'Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, only as a DestinationUser',
    );
  }
  const { provider, name, value } = providerIdentity(pool, request.SourceUser, 'SourceUser');
  if (name === COGNITO_SUBJECT && lookup(pool.users, usernameKey(pool, `${provider.ProviderName}_${value}`))) {
    throw new CloudError('InvalidParameterException', 'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link');
  }
  const existing = findLink(pool, provider.ProviderName, (l) => l.attributeName === name && l.attributeValue === value);
  if (existing?.user === destination) return {};
  if (existing) throw new CloudError('AliasExistsException', `The identity ${provider.ProviderName}:${value} is already linked to another user.`);
  const links = (destination.providerLinks ??= []);
  if (links.length >= MAX_LINKS) throw new CloudError('LimitExceededException', `A user can have at most ${MAX_LINKS} linked identities.`);
  links.push({ providerName: provider.ProviderName, attributeName: name, attributeValue: value, dateCreated: ctx.now });
  destination.disabledProviderLinks = destination.disabledProviderLinks?.filter(
    (l) => !(l.providerName === provider.ProviderName && l.attributeName === name && l.attributeValue === value),
  );
  setIdentities(destination, [...identitiesOf(destination), identityEntry(provider, value, false, ctx.now)]);
  destination.modifiedAt = ctx.now;
  return {};
}

/** The DestinationUser: a user of the pool's directory by username, or a provider's user by its subject. */
function destinationUser(ctx: ActionContext, who: ProviderUserIdentifier, userPoolId: string): UserRecord {
  const pool = getPool(ctx, userPoolId);
  const value = who.ProviderAttributeValue ?? '';
  if (who.ProviderName === COGNITO_DIRECTORY || who.ProviderName === undefined) return requireUser(pool, value);
  const federated = lookup(pool.users, usernameKey(pool, `${who.ProviderName}_${value}`));
  if (!federated) throw userNotFound();
  return federated;
}
