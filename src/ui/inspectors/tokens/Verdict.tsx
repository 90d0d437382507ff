import type { Verdict as VerdictData } from './verdict';

export function VerdictView({ verdict }: { verdict: VerdictData | undefined }) {
  if (!verdict) return <p className="muted">Checking against the pool's JWKS…</p>;
  return (
    <div className={`verdict ${verdict.ok ? 'verdict-ok' : 'verdict-bad'}`} data-verdict={verdict.ok ? 'valid' : 'rejected'}>
      <p className="verdict-summary" role="status">
        <strong>{verdict.ok ? '✓ Valid.' : '✗ Rejected.'}</strong> {verdict.summary}
      </p>
      <ul className="checks">
        {verdict.checks.map((check) => (
          <li key={check.id + check.label} className={check.ok ? 'check-ok' : 'check-bad'}>
            <span className="check-mark" aria-hidden="true">
              {check.ok ? '✓' : '✗'}
            </span>
            <span className="sr-only">{check.ok ? 'passes: ' : 'fails: '}</span>
            <span className="mono check-label">{check.label}</span> {check.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
