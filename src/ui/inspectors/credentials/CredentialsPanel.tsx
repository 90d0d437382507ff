/**
 * The Credentials tab: the AWS credentials STS issued last, as the app holds them: whose identity, which role and
 * assumed-role session, the access key, the secret and session token masked until revealed, and the expiry counting
 * down in simulated time.
 */
import { useState } from 'react';
import type { IssuedCredentialsView } from '../../../engine';
import { timeLeft } from './time';

/** An identity pool's identity id, `{region}:{uuid}`: the `sub` of the OpenID token the session was issued for. */
const IDENTITY_ID = /^[a-z]{2}(-[a-z]+)+-\d:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function CredentialsPanel({ credentials, now }: { credentials: IssuedCredentialsView[]; now: number }) {
  const [revealed, setRevealed] = useState(false);
  const latest = credentials.at(-1);
  if (!latest) return <p className="muted">No AWS credentials yet: the app gets them from the identity pool (GetCredentialsForIdentity).</p>;
  const web = latest.webIdentity;
  const identityId = web && IDENTITY_ID.test(web.subject) ? web.subject : undefined;
  const left = timeLeft(latest.expiration, now);
  const secret = (value: string) => (revealed ? value : '•'.repeat(Math.min(40, value.length)));
  return (
    <section className="credentials" aria-labelledby="credentials-heading">
      <h3 id="credentials-heading" className="panel-heading">
        AWS credentials {credentials.length > 1 ? <span className="muted">(the newest of {credentials.length} sets issued)</span> : null}
      </h3>
      <dl className="attributes credential-list">
        <div>
          <dt>Identity id</dt>
          <dd className="mono">{identityId ?? <span className="muted">not from an identity pool</span>}</dd>
        </div>
        <div>
          <dt>Role ARN</dt>
          <dd className="mono">{latest.roleArn}</dd>
        </div>
        <div>
          <dt>Assumed-role ARN</dt>
          <dd className="mono">{latest.assumedRoleArn}</dd>
        </div>
        <div>
          <dt>AccessKeyId</dt>
          <dd className="mono">{latest.accessKeyId}</dd>
        </div>
        <div>
          <dt>SecretKey</dt>
          <dd className="mono credential-secret">{secret(latest.secretAccessKey)}</dd>
        </div>
        <div>
          <dt>SessionToken</dt>
          <dd className="mono credential-secret">{secret(latest.sessionToken)}</dd>
        </div>
        <div>
          <dt>Expiration</dt>
          <dd>
            <span className="mono">{new Date(latest.expiration).toISOString().replace('.000Z', 'Z')}</span>{' '}
            <span className={left.expired ? 'credential-expired' : 'credential-valid'}>{left.words}</span>
          </dd>
        </div>
      </dl>
      <button type="button" className="button button-small" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>
        {revealed ? 'Hide' : 'Reveal'}
      </button>{' '}
      <span className="muted">the secret key and session token: anyone holding them can act as this role until they expire.</span>
      {latest.sessionPolicies.length ? (
        <p className="muted">
          Scoped down by {latest.sessionPolicies.length} session {latest.sessionPolicies.length === 1 ? 'policy' : 'policies'} (see the Policies tab).
        </p>
      ) : null}
    </section>
  );
}
