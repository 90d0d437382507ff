/** Every request of the step that IAM judged (made with issued credentials): its decision, AWS's message and the trace. */
import type { IssuedCredentialsView, LogEntry, RoleView } from '../../../engine';
import { TraceView, Verdict } from './TraceView';
import { documentsByName } from './tryAction';

export function StepRequests({ entries, roles, credentials }: { entries: readonly LogEntry[]; roles: RoleView[]; credentials: IssuedCredentialsView[] }) {
  const judged = entries.filter((entry) => entry.authorization);
  return (
    <section className="policy-requests" aria-labelledby="policy-requests-heading">
      <h4 id="policy-requests-heading">This step's requests, as IAM judged them</h4>
      {judged.length === 0 ? (
        <p className="muted">No request of this step was made with AWS credentials, so IAM judged none.</p>
      ) : (
        <ol className="policy-request-list">
          {judged.map((entry) => {
            const record = entry.authorization!;
            const session = credentials.find((c) => c.accessKeyId === entry.signedBy?.accessKeyId);
            const role = roles.find((r) => r.arn === session?.roleArn);
            return (
              <li key={entry.seq} className="policy-request">
                <p className="mono">
                  {entry.action} → {entry.status}
                </p>
                <Verdict judged={record} label={`Decision on ${entry.action}`} />
                <TraceView judged={record} documents={documentsByName(role, session)} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
