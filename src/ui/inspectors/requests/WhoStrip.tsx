import { labelText, whoDecides, type DecidedEntry } from '../../../flows/diagrams/whoDecides';
import { isHostedUiCall } from './oauthSnippets';

// SIMPLIFIED: the simulated user pool neither verifies SigV4 nor evaluates IAM policies on its calls yet; the strip says so.
const TYPE_TEXT = {
  public: 'public: unsigned',
  token: 'token-authorized: unsigned',
  iam: 'IAM-authorized: signed with SigV4; this simulator does not check IAM yet',
  bearer: 'your own API: a bearer token, no AWS signature',
} as const;

/** The identity side's calls: the simulator checks their signatures, and IAM judges them with the real evaluator. */
const CHECKED_TEXT = 'IAM-authorized: signed with SigV4; the signature is checked and IAM decides';

/** The hosted UI's pages and OAuth endpoints: outside AWS's APIs, nothing is signed for AWS. */
const HOSTED_UI_TEXT = 'the hosted UI: web pages and OAuth 2.0, no AWS signature';

/** Who asks, with what, and who decides, for one request: read from the tables in `whoDecides.ts` and `identityDecides.ts`. */
export function WhoStrip({ entry }: { entry: DecidedEntry }) {
  const row = whoDecides(entry);
  const type = isHostedUiCall(entry) ? HOSTED_UI_TEXT : row.type === 'iam' && row.iamChecked ? CHECKED_TEXT : TYPE_TEXT[row.type];
  return (
    <p className="who-strip small" aria-label={`Who asks ${entry.action}`}>
      <span className={`label label-${row.label}`}>{labelText(row.label)}</span>
      <span>
        <strong>Who asks:</strong> {row.who}, with {row.with}. <strong>Who decides:</strong> {row.decides}.
      </span>
      <span className="muted">({type})</span>
    </p>
  );
}

/** Under the raw HTTP of a request: whether it was signed, and what of the signature the simulator checks. */
export function HttpSigningNote({ entry }: { entry: DecidedEntry }) {
  if (isHostedUiCall(entry)) return <HostedUiHttpNote entry={entry} />;
  const row = whoDecides(entry);
  if (row.type === 'bearer')
    return <p className="http-note muted small">Your own API: the token in the Authorization header is the only credential; nothing is signed for AWS.</p>;
  if (row.type === 'iam' && row.iamChecked)
    return (
      <p className="http-note muted small">
        {entry.signedBy
          ? `Signed with SigV4 by ${entry.signedBy.accessKeyId}; the cloud ${entry.signedBy.verified ? 'checked the signature' : 'could not check the signature'}. The steps of the signature are below.`
          : 'Sent by the app as the account’s administrator: the Authorization and X-Amz-Date headers are placeholders showing where its SigV4 signature goes.'}
      </p>
    );
  if (row.type === 'iam')
    return (
      <p className="http-note muted small">
        Simulated: the <code>Authorization</code> and <code>X-Amz-Date</code> headers are placeholders showing where AWS's SigV4 signature goes. The app makes
        this call as the account's administrator, and this simulator does not check IAM policies on user pool calls.
      </p>
    );
  return (
    <p className="http-note muted small">
      {row.type === 'token'
        ? 'Unsigned: the access token in the body is the only credential.'
        : row.with.includes('ClientId')
          ? 'Unsigned: ClientId only, no AWS credentials.'
          : row.with.includes('Logins') || row.with.includes('OpenID token') || row.with.includes('no login')
            ? 'Unsigned: no AWS credentials; what the request carries (a login token, an identity id) is the only proof.'
            : 'Unsigned: a public document, no credentials at all.'}
    </p>
  );
}

/** Under the raw HTTP of a hosted UI request: what credential, if any, it carries; nothing is signed for AWS. */
function HostedUiHttpNote({ entry }: { entry: DecidedEntry }) {
  const headers = entry.http?.request.headers ?? {};
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1] ?? '';
  const carries = authorization.startsWith('Basic ')
    ? 'the app client’s id and secret travel in the Authorization header (Basic: base64 of client_id:client_secret), which only a server should hold'
    : authorization.startsWith('Bearer ')
      ? 'the access token in the Authorization header is the only credential'
      : 'what the request carries (its query, its form, its cookies) is all the hosted UI reads';
  return <p className="http-note muted small">The hosted UI, outside AWS’s APIs: nothing is signed with SigV4; {carries}.</p>;
}
