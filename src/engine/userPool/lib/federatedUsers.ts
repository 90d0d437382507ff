import { lookup, store } from '../../kernel/records';
import type { ActionContext } from './context';
import type { IdentityProviderRecord, ProviderLink, UserPoolRecord, UserRecord } from '../model';
import { SUBJECT_CLAIM } from './identityProviders';
import { newUser, usernameKey } from './users';

/** What AdminLinkProviderForUser and AdminDisableProviderForUser call a provider's own subject. */
export const COGNITO_SUBJECT = 'Cognito_Subject';

/**
 * One entry of the `identities` attribute, as AdminGetUser shows it [O]:
 * `{"userId":"1027…","providerName":"Google","providerType":"Google","issuer":null,"primary":true,"dateCreated":1582581501556}`.
 */
export interface IdentityEntry {
  userId: string;
  providerName: string;
  providerType: string;
  /** A SAML provider's entity ID; null for the others [O]. */
  issuer: string | null;
  primary: boolean;
  dateCreated: number;
}

/** The user's `identities` attribute read back (none: an empty list). */
export function identitiesOf(user: UserRecord): IdentityEntry[] {
  const stored = user.attributes.identities;
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? (parsed as IdentityEntry[]) : [];
  } catch {
    return [];
  }
}

/** Writes the `identities` attribute, or removes it when the list is empty. */
export function setIdentities(user: UserRecord, entries: IdentityEntry[]): void {
  if (entries.length === 0) delete user.attributes.identities;
  else store(user.attributes, 'identities', JSON.stringify(entries));
}

/** The entry a provider's user has in `identities`, key order as AWS writes it. */
export function identityEntry(provider: IdentityProviderRecord, userId: string, primary: boolean, dateCreated: number): IdentityEntry {
  return {
    userId,
    providerName: provider.ProviderName,
    providerType: provider.ProviderType,
    issuer: provider.ProviderType === 'SAML' ? (provider.saml?.entityId ?? null) : null,
    primary,
    dateCreated,
  };
}

/** A claim as a user attribute's string: SAML's multi-valued attributes joined with commas [U], objects as JSON. */
function attributeValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The pool attributes a provider's claims fill through its AttributeMapping (`username` names the user; it is no attribute). */
export function mappedAttributes(provider: IdentityProviderRecord, claims: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [attribute, claim] of Object.entries(provider.AttributeMapping)) {
    if (attribute === 'username') continue;
    const value = attributeValue(claims[claim]);
    if (value !== undefined) store(out, attribute, value);
  }
  return out;
}

/**
 * The provider's subject for a user: Google, Apple and OIDC `sub`, Facebook `id`, Login with Amazon `user_id`, SAML the
 * assertion's NameID (which the caller passes as `sub`).
 */
export function subjectOf(provider: IdentityProviderRecord, claims: Record<string, unknown>): string {
  const claim = SUBJECT_CLAIM[provider.ProviderType];
  const value = (claim !== undefined ? claims[claim] : undefined) ?? claims.sub;
  return attributeValue(value) ?? '';
}

/** The pool user a link from this provider's user points at, and the link itself. */
export function findLink(
  pool: UserPoolRecord,
  providerName: string,
  matches: (link: ProviderLink) => boolean,
): { user: UserRecord; link: ProviderLink } | undefined {
  for (const user of Object.values(pool.users)) {
    const link = user.providerLinks?.find((l) => l.providerName === providerName && matches(l));
    if (link) return { user, link };
  }
  return undefined;
}

export interface FederatedSignIn {
  /** The user the tokens are for: the linked pool user, or the provider's own `EXTERNAL_PROVIDER` user. */
  user: UserRecord;
  /** Whether this sign-in created the user (the first sign-in of a provider's user that no link claims). */
  created: boolean;
  /** Whether the identity signed in through a link made by AdminLinkProviderForUser. */
  linked: boolean;
}

/**
 * What Cognito does when a provider's user comes back to `/oauth2/idpresponse` (or `/saml2/idpresponse`): the provider's
 * subject and claims (an ID token's and userinfo's claims, or a SAML assertion's attributes with NameID as `sub`) become a
 * pool user.
 * - A link AdminLinkProviderForUser made (by `Cognito_Subject`, or by a mapped attribute's value) signs the identity in as
 *   the linked user; a link by attribute becomes a link by subject from then on.
 * - Otherwise the user `<ProviderName>_<subject>` is found or created: UserStatus EXTERNAL_PROVIDER (confirmed, no
 *   password), its `identities` attribute naming the provider.
 * AttributeMapping is applied on every sign-in, to whichever user signs in ([U] that a linked user's attributes are
 * overwritten too). The caller refuses a disabled user.
 * - A provider's own users join the group `<poolId>_<ProviderName>` ("Autogenerated group for users who sign in using
 *   <ProviderName>" [O]), made at the first such sign-in, so their tokens' `cognito:groups` name it.
 * SIMPLIFIED: required attributes the mapping leaves empty are not refused here; the pre sign-up and post confirmation
 * triggers come with the triggers issue.
 */
export function signInFederatedUser(
  ctx: ActionContext,
  pool: UserPoolRecord,
  provider: IdentityProviderRecord,
  claims: Record<string, unknown>,
): FederatedSignIn {
  const subject = subjectOf(provider, claims);
  const mapped = mappedAttributes(provider, claims);
  const found = findLink(pool, provider.ProviderName, (link) =>
    link.attributeName === COGNITO_SUBJECT ? link.attributeValue === subject : mapped[link.attributeName] === link.attributeValue,
  );
  if (found) {
    const { user, link } = found;
    if (link.attributeName !== COGNITO_SUBJECT) {
      const previous = link.attributeValue;
      link.attributeName = COGNITO_SUBJECT;
      link.attributeValue = subject;
      setIdentities(
        user,
        identitiesOf(user).map((e) => (e.providerName === provider.ProviderName && e.userId === previous ? { ...e, userId: subject } : e)),
      );
    }
    applyAttributes(ctx, user, mapped);
    return { user, created: false, linked: true };
  }
  const username = `${provider.ProviderName}_${subject}`;
  const existing = lookup(pool.users, usernameKey(pool, username));
  if (existing) {
    applyAttributes(ctx, existing, mapped);
    return { user: existing, created: false, linked: false };
  }
  const user = newUser({ username, sub: ctx.random.uuid(), attributes: {}, status: 'EXTERNAL_PROVIDER', passwordHash: '', passwordSalt: '', now: ctx.now });
  setIdentities(user, [identityEntry(provider, subject, true, ctx.now)]);
  for (const [name, value] of Object.entries(mapped)) store(user.attributes, name, value);
  store(pool.users, usernameKey(pool, username), user);
  user.groups.push(providerGroup(ctx, pool, provider));
  return { user, created: true, linked: false };
}

/** The group Cognito makes for a provider's users, made if the pool has none yet; its name. */
function providerGroup(ctx: ActionContext, pool: UserPoolRecord, provider: IdentityProviderRecord): string {
  const GroupName = `${pool.Id}_${provider.ProviderName}`;
  if (!lookup(pool.groups, GroupName)) {
    const Description = `Autogenerated group for users who sign in using ${provider.ProviderName}`;
    store(pool.groups, GroupName, { GroupName, UserPoolId: pool.Id, Description, CreationDate: ctx.now, LastModifiedDate: ctx.now });
  }
  return GroupName;
}

/** Mapped attributes overwrite the user's; the user's last-modified date moves only when one changed. */
function applyAttributes(ctx: ActionContext, user: UserRecord, mapped: Record<string, string>): void {
  let changed = false;
  for (const [name, value] of Object.entries(mapped)) {
    if (lookup(user.attributes, name) === value) continue;
    store(user.attributes, name, value);
    changed = true;
  }
  if (changed) user.modifiedAt = ctx.now;
}
