/** A signed request's SigV4 pieces, step by step: canonical request, string to sign, the signing key's derivation, the signature. */
import { useMemo, useState } from 'react';
import type { LogEntry } from '../../../engine';
import { maskSecret, sigV4Pieces } from './sigv4Pieces';

function Block({ label, text }: { label: string; text: string }) {
  return (
    <pre className="code-block small" tabIndex={0} aria-label={label}>
      <code>{text}</code>
    </pre>
  );
}

export function SigningSteps({ entry, entries }: { entry: LogEntry; entries: readonly LogEntry[] }) {
  const [revealed, setRevealed] = useState(false);
  // Recomputed only when the request or the log changes, not on every render of the tab.
  const pieces = useMemo(() => sigV4Pieces(entry, entries), [entry, entries]);
  if (!pieces) return null;
  const { steps, secret, derivation } = pieces;
  return (
    <details className="response sigv4">
      <summary>SigV4 signature, step by step</summary>
      <ol className="sigv4-steps">
        <li>
          <strong>Canonical request</strong>: the method, path, query, the signed headers and the body’s SHA-256, one per line.
          <Block label={`${entry.action} canonical request`} text={steps.canonicalRequest} />
        </li>
        <li>
          <strong>String to sign</strong>: the algorithm, the time, the scope <code className="mono">{steps.credentialScope}</code> and the canonical request’s
          SHA-256.
          <Block label={`${entry.action} string to sign`} text={steps.stringToSign} />
        </li>
        <li>
          <strong>Signing key</strong>, derived from the secret of <code className="mono">{pieces.accessKeyId}</code>
          {secret ? (
            <>
              {' '}
              ({pieces.secretFrom}): <code className="mono">{revealed ? secret : maskSecret(secret)}</code>{' '}
              <button type="button" className="reveal-button" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>
                {revealed ? 'Hide the secret' : 'Reveal the secret'}
              </button>
              <Block
                label={`${entry.action} signing key derivation`}
                text={(derivation ?? []).map((step) => `${step.name} = HMAC-SHA256(${step.keyFrom}, "${step.data}")\n        = ${step.hex}`).join('\n')}
              />
            </>
          ) : (
            <span>: the log does not hold that secret, so the key is not derived here.</span>
          )}
        </li>
        <li>
          <strong>Signature</strong> = hex(HMAC-SHA256(kSigning, string to sign)): <code className="mono">{steps.signature}</code>
          {pieces.matches !== undefined && (
            <span className={pieces.matches ? 'muted' : 'sigv4-mismatch'}>
              {pieces.matches
                ? ' — the same as the one the request sent.'
                : ` — not the one the request sent (${steps.claimedSignature}): AWS answers SignatureDoesNotMatch.`}
            </span>
          )}
        </li>
      </ol>
    </details>
  );
}
