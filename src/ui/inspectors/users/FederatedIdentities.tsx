/**
 * A user's federated side in the Users tab: the `identities` attribute read (who signs in as this user, through which
 * provider), the links AdminLinkProviderForUser made and AdminDisableProviderForUser removed, and a password taken away.
 */
import type { LinkView, UserView } from '../../../engine';
import { formatUtc } from '../tokens/time';

const COGNITO_SUBJECT = 'Cognito_Subject';

/** What a link matches a provider's user on, in words: its user id, or a mapped attribute's value. */
export function linkMatchWords(link: Pick<LinkView, 'attributeName' | 'attributeValue'>): string {
  return link.attributeName === COGNITO_SUBJECT
    ? `the provider’s user id ${link.attributeValue}`
    : `a sign-in whose ${link.attributeName} maps to ${link.attributeValue}`;
}

/** A link's state in words: standing, or removed by AdminDisableProviderForUser. */
export function linkStateWords(link: LinkView): string {
  return link.disabledAt === undefined
    ? `linked ${formatUtc(link.dateCreated)}: signs in as this user`
    : `disabled ${formatUtc(link.disabledAt)} by AdminDisableProviderForUser: the link is gone, so this identity’s next sign-in makes a user of its own`;
}

function IdentityList({ user }: { user: UserView }) {
  return (
    <ul className="plain-list fed-list" aria-label={`Identities of ${user.username}`}>
      {user.identities.map((identity) => (
        <li key={`${identity.providerName}:${identity.userId}`} className="fed-item" data-provider={identity.providerName}>
          <strong>{identity.providerName}</strong> <span className="muted">({identity.providerType})</span>
          {identity.primary && <span className="fed-tag">primary</span>}
          <dl className="attributes">
            <div>
              <dt>Provider’s user id</dt>
              <dd className="mono">{identity.userId}</dd>
            </div>
            <div>
              <dt>Date linked</dt>
              <dd>{formatUtc(identity.dateCreated)}</dd>
            </div>
            {identity.issuer !== null && (
              <div>
                <dt>SAML issuer</dt>
                <dd className="mono">{identity.issuer}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function LinkList({ user }: { user: UserView }) {
  return (
    <ul className="plain-list fed-list" aria-label={`Provider identities linked to ${user.username}`}>
      {user.links.map((link) => {
        const disabled = link.disabledAt !== undefined;
        return (
          <li
            key={`${link.providerName}:${link.attributeName}:${link.attributeValue}`}
            className="fed-item"
            data-link={link.providerName}
            data-disabled={disabled}
          >
            <strong>{link.providerName}</strong>{' '}
            <span className={`status ${disabled ? 'status-merged' : 'status-confirmed'}`}>{disabled ? 'DISABLED' : 'LINKED'}</span>
            <p className="fed-words">Matches {linkMatchWords(link)}.</p>
            <p className="fed-words muted">{linkStateWords(link)}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** The rows a user card adds for federation; nothing for a user who never met a provider. */
export function FederatedIdentities({ user }: { user: UserView }) {
  return (
    <>
      {user.status === 'EXTERNAL_PROVIDER' && (
        <p className="fed-words">
          No password: this user exists because someone signed in through {user.identities[0]?.providerName ?? 'a provider'}, and signs in only that way.
        </p>
      )}
      {user.passwordDisabled && (
        <p className="fed-words">
          <span className="status status-merged">PASSWORD DISABLED</span> AdminDisableProviderForUser (ProviderName Cognito) took the password away: no password
          sign-in until an administrator sets a new one.
        </p>
      )}
      {user.identities.length > 0 && (
        <section className="fed-section">
          <h5 className="fed-heading">Identities (signs in through)</h5>
          <IdentityList user={user} />
        </section>
      )}
      {user.links.length > 0 && (
        <section className="fed-section">
          <h5 className="fed-heading">Linked by AdminLinkProviderForUser</h5>
          <LinkList user={user} />
        </section>
      )}
    </>
  );
}
