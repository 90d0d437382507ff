import { useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { jsonPieces, type JsonPiece } from './jsonPieces';

interface Props {
  value: unknown;
  /** The accessible name of the block, e.g. "DescribeUserPool response". */
  label: string;
  /** The member the lesson step points at (`UserPool.Id`): marked on the page. */
  focusPath?: string | undefined;
}

function render(pieces: readonly JsonPiece[], focusPath: string | undefined): ReactNode[] {
  return pieces.map((piece, i) =>
    typeof piece === 'string' ? (
      piece
    ) : (
      <span key={i} className={piece.path === focusPath ? 'json-member is-focus' : 'json-member'} data-path={piece.path} data-point="" tabIndex={-1}>
        {render(piece.pieces, focusPath)}
      </span>
    ),
  );
}

/** ↓ and ↑ move the keyboard focus from field to field (Enter then points at it, see pointing.ts). */
function moveBetweenFields(event: KeyboardEvent<HTMLPreElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-path]')];
  if (!fields.length) return;
  event.preventDefault();
  const at = fields.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, fields.length - 1) : at < 0 ? fields.length - 1 : Math.max(at - 1, 0);
  fields[next]!.focus();
}

/**
 * A JSON value as indented text (exactly `JSON.stringify(value, null, 2)`), each key and array item in a span with its
 * `data-path`, so a lesson step can point at one and a presenter can spotlight one.
 */
export function JsonView({ value, label, focusPath }: Props) {
  const pieces = useMemo(() => jsonPieces(value), [value]);
  const nodes = useMemo(() => render(pieces, focusPath), [pieces, focusPath]);
  return (
    <pre className="json-view" tabIndex={0} aria-label={`${label}: ↓ and ↑ move between fields, Enter points at one`} onKeyDown={moveBetweenFields}>
      <code>{nodes}</code>
    </pre>
  );
}
