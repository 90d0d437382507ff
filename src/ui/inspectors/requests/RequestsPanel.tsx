import { useState } from 'react';
import type { LogEntry } from '../../../engine';
import { participantOf } from '../../../flows/diagrams/sequence';
import { formatUtc } from '../tokens/time';
import { SNIPPET_LABELS, snippet, type SnippetKind } from './snippets';
import { CopyButton } from '../../shell/CopyButton';
import { HttpSigningNote, WhoStrip } from './WhoStrip';

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
  /** Index in `entries` where the current step's calls begin. */
  currentFrom: number;
}

/** Every API call since the lesson started, each as boto3, SDK v3, CLI and raw HTTP. */
export function RequestsPanel({ entries, currentFrom }: Props) {
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
        {callOrder(entries).map(({ index: i, madeBy }) => {
          const entry = entries[i]!;
          const current = i >= currentFrom;
          const code = snippet(kind, entry);
          return (
            <li key={`${entry.seq}-${entry.requestId}`} className={current ? 'is-current' : undefined}>
              <details open={current || i === entries.length - 1}>
                <summary>
                  <span className="request-action mono">{entry.action}</span>{' '}
                  {entry.error ? (
                    <span className="badge badge-error">
                      {entry.status} {entry.error.code}
                    </span>
                  ) : (
                    <span className="badge badge-ok">{entry.status} OK</span>
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
                  <CopyButton text={code} label={`Copy ${entry.action} as ${SNIPPET_LABELS[kind]}`} />
                  <pre tabIndex={0} aria-label={`${entry.action} as ${SNIPPET_LABELS[kind]}`}>
                    <code>{code}</code>
                  </pre>
                </div>
                {kind !== 'http' && (
                  <details className="response">
                    <summary>Response</summary>
                    <pre tabIndex={0}>
                      <code>{JSON.stringify(entry.error ? { __type: entry.error.code, message: entry.error.message } : entry.response, null, 2)}</code>
                    </pre>
                  </details>
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
