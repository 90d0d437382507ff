import { useState } from 'react';
import type { LogEntry } from '../../../engine';
import { participantOf } from '../../../flows/diagrams/sequence';
import { formatUtc } from '../tokens/time';
import { httpRequestText, SNIPPET_LABELS, snippet, snippetLabel, type SnippetKind } from './snippets';
import { CopyButton } from '../../shell/CopyButton';
import { HttpSigningNote, WhoStrip } from './WhoStrip';
import { JsonView } from './JsonView';
import { SigningSteps } from './SigningSteps';
import { maskedAnswer, maskedText, readableBody, secretsIn } from './identitySnippets';
import { shownResponse, type RequestFocus } from '../focus/stepFocus';
import { requestShown } from './oauthSnippets';

const KINDS: SnippetKind[] = ['python', 'javascript', 'cli', 'http'];

/**
 * The entries' indices as the calls happened: a call made inside the cloud (your API fetching the JWKS) is logged before
 * the request that made it, so it is listed right after that request instead, with the request it belongs to.
 */
export function callOrder(entries: readonly LogEntry[]): { index: number; madeBy?: LogEntry }[] {
  const byId = new Map(entries.map((e) => [e.requestId, e]));
  const nested = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.parent && byId.has(e.parent)) nested.set(e.parent, [...(nested.get(e.parent) ?? []), i]);
  });
  const order: { index: number; madeBy?: LogEntry }[] = [];
  const add = (index: number, madeBy?: LogEntry) => {
    order.push(madeBy ? { index, madeBy } : { index });
    for (const child of nested.get(entries[index]!.requestId) ?? []) add(child, entries[index]);
  };
  entries.forEach((e, i) => {
    if (!(e.parent && byId.has(e.parent))) add(i);
  });
  return order;
}

interface Props {
  entries: readonly LogEntry[];
  /** The whole log, where the answers that issued a session's credentials are (default: `entries`). */
  log?: readonly LogEntry[];
  /** Index in `entries` where the current step's calls begin. */
  currentFrom: number;
  /** The field the lesson step points at: its request is opened on that part, the field marked. */
  focus?: RequestFocus | undefined;
  /** Progressive reveal's pause: the last request's response waits for the next key. */
  holdingResponse?: boolean;
}

/** Says, in words and for screen readers too, which field the step points at. */
function FocusNote({ path }: { path: string }) {
  return (
    <p className="focus-note small">
      This step points at <code className="mono">{path}</code>, marked below.
    </p>
  );
}

/** The reason phrase of a status that is not an error (RFC 9110 §15): a hosted UI redirect is a 302 Found, not "302 OK". */
function reasonPhrase(status: number): string {
  return (
    { 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 307: 'Temporary Redirect', 308: 'Permanent Redirect' }[
      status
    ] ?? 'OK'
  );
}

/** Every API call since the lesson started, each as boto3, SDK v3, CLI and raw HTTP. */
export function RequestsPanel({ entries, log = entries, currentFrom, focus, holdingResponse = false }: Props) {
  const [kind, setKind] = useState<SnippetKind>('python');
  // Secret access keys in answers stay masked here, as on the Credentials tab, which reveals them.
  const secrets = secretsIn(log);
  if (!entries.length) return <p className="muted">No API calls yet in this lesson. “Next step” makes the app call the user pool.</p>;
  return (
    <div className="requests">
      <div className="segmented" role="group" aria-label="Show calls as">
        {KINDS.map((k) => (
          <button key={k} type="button" className="segment" aria-pressed={kind === k} onClick={() => setKind(k)}>
            {SNIPPET_LABELS[k]}
          </button>
        ))}
      </div>
      <ol className="request-list">
        {callOrder(entries).map(({ index: i, madeBy }) => {
          const entry = entries[i]!;
          const current = i >= currentFrom;
          const held = holdingResponse && i === entries.length - 1;
          // The raw HTTP view ends with the response, which a held request does not show yet.
          const code = maskedText(held && kind === 'http' ? httpRequestText(entry) : snippet(kind, entry, log), secrets);
          const pointed = focus?.index === i ? focus : undefined;
          return (
            <li key={`${entry.seq}-${entry.requestId}`} className={current ? 'is-current' : undefined}>
              <details open={current || i === entries.length - 1 || pointed !== undefined}>
                <summary>
                  <span className="request-action mono">{entry.action}</span>{' '}
                  {held ? (
                    <span className="badge">waiting</span>
                  ) : entry.error ? (
                    <span className="badge badge-error">
                      {entry.status} {entry.error.code}
                    </span>
                  ) : (
                    <span className="badge badge-ok">
                      {entry.status} {reasonPhrase(entry.status)}
                    </span>
                  )}{' '}
                  <span className="muted small">{formatUtc(entry.time)}</span>
                  {current && <span className="sr-only"> (this step)</span>}
                </summary>
                {madeBy ? (
                  <p className="who-strip small muted">
                    Made by {participantOf(madeBy)} while answering its <span className="mono">{madeBy.action}</span>, not by the app.
                  </p>
                ) : (
                  <WhoStrip entry={entry} />
                )}
                {kind === 'http' && <HttpSigningNote entry={entry} />}
                <div className="code-block">
                  <CopyButton text={code} label={`Copy ${entry.action} as ${snippetLabel(kind, entry)}`} />
                  <pre tabIndex={0} aria-label={`${entry.action} as ${snippetLabel(kind, entry)}`}>
                    <code>{code}</code>
                  </pre>
                </div>
                <SigningSteps entry={entry} entries={log} />
                {held ? (
                  <p className="reveal-question">What will the pool answer? The next key shows the response.</p>
                ) : (
                  kind !== 'http' && (
                    <>
                      <details className="response" open={pointed?.part === 'request' || undefined}>
                        <summary>Request body</summary>
                        {pointed?.part === 'request' && <FocusNote path={pointed.path} />}
                        <JsonView
                          value={readableBody(requestShown(entry))}
                          label={`${entry.action} request`}
                          focusPath={pointed?.part === 'request' ? pointed.path : undefined}
                        />
                      </details>
                      <details className="response" open={pointed?.part === 'response' || undefined}>
                        <summary>Response</summary>
                        {pointed?.part === 'response' && <FocusNote path={pointed.path} />}
                        <JsonView
                          value={maskedAnswer(readableBody(shownResponse(entry)))}
                          label={`${entry.action} response`}
                          focusPath={pointed?.part === 'response' ? pointed.path : undefined}
                        />
                      </details>
                    </>
                  )
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
