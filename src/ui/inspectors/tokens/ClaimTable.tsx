import { useState } from 'react';
import { explainClaim, type TokenUse } from './claims';
import type { JsonObject } from './decode';
import type { TokenOrigin } from './origin';

interface Props {
  caption: string;
  claims: JsonObject;
  now: number;
  use?: TokenUse;
  /** When given, each value is editable; the edit goes back into the token (keeping its signature). */
  onEdit?: (name: string, text: string) => void;
  /** Changes when the token is replaced from outside, so the value fields show the new values. */
  version: number;
  /** The claim the lesson step points at: its row is marked. */
  focusClaim?: string | undefined;
  /** Where the token came from (the hosted UI, which grant, the nonce the app sent): some explanations depend on it. */
  origin?: TokenOrigin | undefined;
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function ClaimValue({ name, value, onEdit }: { name: string; value: unknown; onEdit: (name: string, text: string) => void }) {
  const [draft, setDraft] = useState(show(value));
  return (
    <input
      className="claim-input mono"
      aria-label={`Value of ${name}`}
      value={draft}
      spellCheck={false}
      onChange={(event) => {
        setDraft(event.target.value);
        onEdit(name, event.target.value);
      }}
    />
  );
}

/** Claims, one row each: name, value, one line of explanation. A row can be pointed at (pointing.ts): it takes focus. */
export function ClaimTable({ caption, claims, now, use, onEdit, version, focusClaim, origin }: Props) {
  return (
    <table className="table claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Value and meaning</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(claims).map(([name, value]) => (
          <tr key={name} data-claim={name} data-point="" tabIndex={0} className={name === focusClaim ? 'is-focus' : undefined}>
            <th scope="row" className="mono claim-name">
              {name}
              {name === focusClaim && <span className="sr-only"> (the step points here)</span>}
            </th>
            <td className="claim-value">
              {onEdit ? <ClaimValue key={`${version}-${name}`} name={name} value={value} onEdit={onEdit} /> : <code className="mono">{show(value)}</code>}
              <p className="claim-meaning">{explainClaim(name, value, { now, claims, origin, ...(use ? { use } : {}) })}</p>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
