/**
 * The identity pools' identities, as the console's "Identity browser" lists them: each IdentityId, its linked logins (none
 * for a guest), and whether it was merged into another (then disabled) or took others in.
 */
import { cognitoIdp, type IdentityPoolsView, type IdentityPoolView, type IdentityView } from '../../../engine';
import { formatUtc } from '../tokens/time';

/** `cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc` → "user pool us-east-1_Abc"; other providers as named. */
export function loginWords(provider: string): string {
  const pool = new RegExp(`^${cognitoIdp.endpointPrefix}\\.[a-z0-9-]+\\.amazonaws\\.com/(.+)$`).exec(provider)?.[1];
  return pool ? `user pool ${pool}` : provider;
}

/** The identity's state in words: guest or signed in, and merged into another or not. */
export function identityState(identity: IdentityView, pool: IdentityPoolView): { state: 'guest' | 'authenticated' | 'merged'; words: string } {
  if (identity.mergedInto)
    return { state: 'merged', words: `merged into ${identity.mergedInto}: disabled, its logins and Sync data now belong to that identity` };
  const absorbed = pool.identities.filter((other) => other.mergedInto === identity.identityId).length;
  const took = absorbed ? `; took in ${absorbed === 1 ? 'one merged identity' : `${absorbed} merged identities`}` : '';
  if (identity.logins.length === 0) return { state: 'guest', words: `a guest (unauthenticated): no login linked${took}` };
  return { state: 'authenticated', words: `signed in with ${identity.logins.length === 1 ? 'one login' : `${identity.logins.length} logins`}${took}` };
}

export function IdentitiesPanel({ identityPools }: { identityPools: IdentityPoolsView }) {
  if (!identityPools.pools.length) return null;
  return (
    <div className="identities">
      {identityPools.pools.map((pool) => (
        <section key={pool.id} aria-labelledby={`identity-pool-${pool.id}`}>
          <h3 id={`identity-pool-${pool.id}`} className="panel-heading">
            Identity pool {pool.name} <span className="mono muted">{pool.id}</span>
          </h3>
          <p className="small muted">
            {pool.allowUnauthenticated ? 'Guests allowed.' : 'No guests: every identity needs a login.'}{' '}
            {pool.allowClassicFlow ? 'Basic (classic) flow allowed.' : 'Enhanced flow only.'}
          </p>
          {pool.identities.length === 0 ? (
            <p className="muted">No identities yet. GetId creates one.</p>
          ) : (
            <ul className="user-list" aria-label={`Identities of ${pool.name}`}>
              {pool.identities.map((identity) => {
                const { state, words } = identityState(identity, pool);
                return (
                  <li key={identity.identityId} className="user-card" data-identity={identity.identityId}>
                    <h4 className="user-name mono">{identity.identityId}</h4>
                    <dl className="attributes">
                      <div>
                        <dt>State</dt>
                        <dd>
                          <span className={`status status-${state}`} data-status={state}>
                            {state === 'merged' ? 'DISABLED' : state === 'guest' ? 'GUEST' : 'AUTHENTICATED'}
                          </span>{' '}
                          <span className="status-words">{words}</span>
                        </dd>
                      </div>
                      <div>
                        <dt>Linked logins</dt>
                        <dd>
                          {identity.logins.length ? (
                            <ul className="plain-list">
                              {identity.logins.map((provider) => (
                                <li key={provider}>
                                  {loginWords(provider)} <span className="mono muted small">{provider}</span>
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <span className="muted">none</span>
                          )}
                        </dd>
                      </div>
                      <div>
                        <dt>Created</dt>
                        <dd>{formatUtc(identity.created)}</dd>
                      </div>
                    </dl>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
