/** Pieces the identity screens share: the last signed request's answer, what the app holds, and a busy line. */
import type { AppRequest, HeldCredentials, SignedAnswer } from '../../../../flows/identityWire';
import { explainError } from '../../errorWords';
import type { ScreenProps } from '../../screenKit';

/** The request in a few words: `S3 GetObject article-notes/us-east-1:…/notes.txt`. */
export function requestWords(request: AppRequest): string {
  switch (request.action) {
    case 'PutObject':
    case 'GetObject':
      return `S3 ${request.action} ${request.bucket}/${request.key}`;
    case 'ListObjectsV2':
      return `S3 ListObjectsV2 ${request.bucket}${request.prefix ? ` (prefix ${request.prefix})` : ''}`;
    case 'ListRecords':
    case 'UpdateRecords':
      return `Cognito Sync ${request.action} on the dataset "${request.dataset}"`;
    case 'ListRoles':
      return 'IAM ListRoles';
  }
}

/** "Allowed" with the status, or "Denied" with AWS's code and reason. */
export function AnswerBox({ answer }: { answer: SignedAnswer }) {
  return (
    <section className={`api-answer ${answer.ok ? 'api-accepted' : 'api-refused'}`} aria-label="The last request's answer" data-status={answer.status}>
      <h4>
        {answer.ok ? 'Allowed' : 'Denied'}: {answer.status}
      </h4>
      <p className="small mono">{requestWords(answer.request)}</p>
      {answer.ok ? (
        answer.text !== undefined && <p>The object holds: “{answer.text}”</p>
      ) : (
        <p>
          {answer.code && explainError({ code: answer.code, message: answer.message ?? '' }).words} <span className="aws-code">{answer.code}</span>
          {answer.message ? `: ${answer.message}` : ''}
        </p>
      )}
    </section>
  );
}

/** Whether the app holds credentials, and until when (simulated time). */
export function HeldSummary({ credentials, roleArn }: { credentials?: HeldCredentials | undefined; roleArn?: string | undefined }) {
  if (!credentials) return <p className="screen-text">The app holds no AWS credentials.</p>;
  return (
    <dl className="attributes" aria-label="Credentials the app holds">
      <div>
        <dt>Access key</dt>
        <dd className="mono">{credentials.accessKeyId}</dd>
      </div>
      <div>
        <dt>Expires</dt>
        <dd className="mono">{new Date(credentials.expiration * 1000).toISOString()}</dd>
      </div>
      {roleArn && (
        <div>
          <dt>Acting as</dt>
          <dd className="mono">{roleArn}</dd>
        </div>
      )}
    </dl>
  );
}

/** "Waiting for AWS…" while a call is out. */
export function Waiting({ props }: { props: ScreenProps }) {
  return (
    <p className="busy" aria-live="polite">
      {props.busy ? 'Waiting for AWS…' : ''}
    </p>
  );
}
