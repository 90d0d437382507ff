import { useState } from 'react';
import type { LogEntry } from '../../../engine';
import { formatUtc } from '../tokens/time';
import { httpRequestText, SNIPPET_LABELS, snippet, type SnippetKind } from './snippets';
import { CopyButton } from '../../shell/CopyButton';
import { HttpSigningNote, WhoStrip } from './WhoStrip';

const KINDS: SnippetKind[] = ['python', 'javascript', 'cli', 'http'];

interface Props {
  entries: readonly LogEntry[];
  /** Index in `entries` where the current step's calls begin. */
  currentFrom: number;
  /** Progressive reveal's pause: the last request's response waits for the next key. */
  holdingResponse?: boolean;
}

/** Every API call since the lesson started, each as boto3, SDK v3, CLI and raw HTTP. */
export function RequestsPanel({ entries, currentFrom, holdingResponse = false }: Props) {
  const [kind, setKind] = useState<SnippetKind>('python');
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
        {entries.map((entry, i) => {
          const current = i >= currentFrom;
          const held = holdingResponse && i === entries.length - 1;
          // The raw HTTP view ends with the response, which a held request does not show yet.
          const code = held && kind === 'http' ? httpRequestText(entry) : snippet(kind, entry);
          return (
            <li key={`${entry.seq}-${entry.requestId}`} className={current ? 'is-current' : undefined}>
              <details open={current || i === entries.length - 1}>
                <summary>
                  <span className="request-action mono">{entry.action}</span>{' '}
                  {held ? (
                    <span className="badge">waiting</span>
                  ) : entry.error ? (
                    <span className="badge badge-error">
                      {entry.status} {entry.error.code}
                    </span>
                  ) : (
                    <span className="badge badge-ok">{entry.status} OK</span>
                  )}{' '}
                  <span className="muted small">{formatUtc(entry.time)}</span>
                  {current && <span className="sr-only"> (this step)</span>}
                </summary>
                <WhoStrip entry={entry} />
                {kind === 'http' && <HttpSigningNote entry={entry} />}
                <div className="code-block">
                  <CopyButton text={code} label={`Copy ${entry.action} as ${SNIPPET_LABELS[kind]}`} />
                  <pre tabIndex={0} aria-label={`${entry.action} as ${SNIPPET_LABELS[kind]}`}>
                    <code>{code}</code>
                  </pre>
                </div>
                {held ? (
                  <p className="reveal-question">What will the pool answer? The next key shows the response.</p>
                ) : (
                  kind !== 'http' && (
                    <details className="response">
                      <summary>Response</summary>
                      <pre tabIndex={0}>
                        <code>{JSON.stringify(entry.error ? { __type: entry.error.code, message: entry.error.message } : entry.response, null, 2)}</code>
                      </pre>
                    </details>
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
