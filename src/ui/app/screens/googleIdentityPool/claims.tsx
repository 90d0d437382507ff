/** Google's ID token as the app holds it: the claims the identity pool reads (iss, aud, sub, email), decoded, not verified. */

const CLAIMS = ['iss', 'aud', 'sub', 'email', 'nonce'] as const;

function payloadOf(token: string | undefined): Record<string, unknown> | undefined {
  try {
    const part = token?.split('.')[1];
    if (!part) return undefined;
    return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The claims, open until the app holds credentials (then folded, so the identity and the answers come first). */
export function GoogleTokenClaims({ token, folded }: { token: string | undefined; folded: boolean }) {
  const payload = payloadOf(token);
  if (!payload) return <p className="screen-text">The app holds no Google ID token.</p>;
  return (
    <details className="google-token" open={!folded}>
      <summary>Google’s ID token, from the redirect’s fragment (for {String(payload['email'] ?? payload['sub'] ?? 'someone')})</summary>
      <dl className="attributes" aria-label="Google’s ID token">
        {CLAIMS.map((claim) => (
          <div key={claim}>
            <dt className="mono">{claim}</dt>
            <dd className="mono">{String(payload[claim] ?? '(none)')}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
