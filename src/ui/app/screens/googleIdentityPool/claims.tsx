/** Google's ID token as the app holds it: the claims the identity pool reads (iss, aud, sub, email), decoded, not verified. */

const CLAIMS: [string, string][] = [
  ['iss', 'who signed it: Google'],
  ['aud', 'the app’s Google client id: what the identity pool checks against SupportedLoginProviders'],
  ['sub', 'the Google account’s own id: the identity pool keeps one identity per sub'],
  ['email', 'the person’s address (with the email scope)'],
  ['nonce', 'the app’s own value: this token answers this sign-in'],
];

function payloadOf(token: string | undefined): Record<string, unknown> | undefined {
  try {
    const part = token?.split('.')[1];
    if (!part) return undefined;
    return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export function GoogleTokenClaims({ token }: { token: string | undefined }) {
  const payload = payloadOf(token);
  if (!payload) return <p className="screen-text">The app holds no Google ID token.</p>;
  return (
    <section aria-label="Google’s ID token">
      <h4>Google’s ID token (from the redirect’s fragment)</h4>
      <dl className="attributes attributes-stacked">
        {CLAIMS.map(([claim, meaning]) => (
          <div key={claim}>
            <dt>
              <code>{claim}</code> <span className="small">{meaning}</span>
            </dt>
            <dd className="mono">{String(payload[claim] ?? '(none)')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
