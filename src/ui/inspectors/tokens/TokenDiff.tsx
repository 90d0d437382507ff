import { claimChanges } from './diff';
import type { TokenSet } from './TokensPanel';

const show = (value: unknown) => (value === undefined ? '(absent)' : typeof value === 'string' ? value : JSON.stringify(value));

/** The new tokens beside the previous ones: which claims a refresh changed, and which it kept. */
export function TokenDiff({ before, after }: { before: TokenSet; after: TokenSet }) {
  const pairs = [
    { title: 'Access token', old: before.AccessToken, now: after.AccessToken },
    { title: 'ID token', old: before.IdToken, now: after.IdToken },
  ].filter((p): p is { title: string; old: string; now: string } => Boolean(p.old && p.now));
  if (!pairs.length) return null;
  return (
    <section className="token-diff" aria-labelledby="token-diff-title">
      <h3 id="token-diff-title" className="panel-heading">
        Compared with the previous tokens
      </h3>
      <p className="small">
        The pool signed new tokens: <span className="mono">iat</span>, <span className="mono">exp</span> and <span className="mono">jti</span> are new, while
        claims of the original sign-in such as <span className="mono">auth_time</span> and <span className="mono">origin_jti</span> are kept.
      </p>
      {pairs.map(({ title, old, now }) => {
        const changes = claimChanges(old, now);
        return (
          <table key={title} className="table claim-diff" aria-label={`${title}: previous and new claims`}>
            <caption className="small">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Previous</th>
                <th scope="col">New</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.claim} className={c.changed ? 'is-changed' : undefined}>
                  <th scope="row" className="mono">
                    {c.claim}
                  </th>
                  <td className="mono">{show(c.before)}</td>
                  <td className="mono">{show(c.after)}</td>
                  <td>{c.changed ? 'changed' : 'kept'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
