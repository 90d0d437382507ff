import type { UserPoolsView, UserStatus } from '../../../engine';
import { FederatedIdentities } from './FederatedIdentities';

const STATUS_WORDS: Record<UserStatus, string> = {
  UNCONFIRMED: 'signed up, has not entered the emailed code yet',
  CONFIRMED: 'confirmed: can sign in',
  FORCE_CHANGE_PASSWORD: 'created by an admin: must choose a new password at first sign-in',
  RESET_REQUIRED: 'must reset the password before signing in',
  COMPROMISED: 'password found in a breach: blocked',
  ARCHIVED: 'archived',
  UNKNOWN: 'unknown',
  EXTERNAL_PROVIDER: 'signed in through an external identity provider',
};

/** The pool's directory, as the console's Users tab shows it. */
export function UsersPanel({ userPools }: { userPools: UserPoolsView }) {
  const pools = userPools.pools;
  if (!pools.length) return <p className="muted">No user pool exists in this lesson.</p>;
  return (
    <div className="users">
      {pools.map((pool) => {
        const users = pool.users;
        return (
          <section key={pool.id} aria-labelledby={`pool-${pool.id}`}>
            <h3 id={`pool-${pool.id}`} className="panel-heading">
              {pool.name} <span className="mono muted">{pool.id}</span>
            </h3>
            {users.length === 0 ? (
              <p className="muted">No users yet. Sign-up adds one.</p>
            ) : (
              <ul className="user-list" aria-label={`Users of ${pool.name}`}>
                {users.map((user) => (
                  <li key={user.sub} className="user-card">
                    <h4 className="user-name mono">{user.username}</h4>
                    <dl className="attributes">
                      <div>
                        <dt>Status</dt>
                        <dd>
                          <span className={`status status-${user.status.toLowerCase()}`} data-status={user.status}>
                            {user.status}
                          </span>{' '}
                          <span className="status-words">{STATUS_WORDS[user.status]}</span>
                        </dd>
                      </div>
                      <div>
                        <dt>Enabled</dt>
                        <dd>{user.enabled ? 'Yes' : 'No (disabled)'}</dd>
                      </div>
                      <div>
                        <dt>Groups</dt>
                        <dd>{user.groups.length ? user.groups.join(', ') : <span className="muted">none</span>}</dd>
                      </div>
                      {Object.entries(user.attributes).map(([name, value]) => (
                        // The identities attribute is drawn read, below; its raw JSON would only overflow the card.
                        <div key={name}>
                          <dt className="mono">{name}</dt>
                          <dd className="mono">
                            {name === 'identities' ? `${user.identities.length} ${user.identities.length === 1 ? 'entry' : 'entries'}, read below` : value}
                          </dd>
                        </div>
                      ))}
                    </dl>
                    <FederatedIdentities user={user} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
