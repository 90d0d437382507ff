const LABELS: Record<string, string> = { username: 'Username', password: 'Password', email: 'Email', code: 'Code', newPassword: 'New password' };
const SECRET = /password/i;

/**
 * What the guided step typed into the app, shown being typed (a CSS effect that never holds anything up). The screen
 * has often moved on by then, after the submit, so this strip keeps the typing visible.
 */
export function TypedSummary({ typed, stepKey }: { typed: Record<string, string>; stepKey: string }) {
  const entries = Object.entries(typed);
  if (!entries.length) return null;
  let delay = 0;
  return (
    <p className="typed-summary" key={stepKey}>
      <span className="typed-lead">Typed for you:</span>{' '}
      {entries.map(([field, value]) => {
        const shown = SECRET.test(field) ? '•'.repeat(value.length) : value;
        const chars = Math.max(1, Math.min(shown.length, 40));
        const duration = Math.min(700, 40 * chars);
        const style = { ['--chars' as string]: chars, ['--duration' as string]: `${duration}ms`, ['--delay' as string]: `${delay}ms` };
        delay += duration;
        return (
          <span key={field} className="typed-item">
            <span className="typed-field">{LABELS[field] ?? field}</span>{' '}
            <span className="sr-only">{SECRET.test(field) ? `${value.length} characters, hidden` : value}</span>
            <span className="typing-inline mono" aria-hidden="true" style={style}>
              {shown}
            </span>
          </span>
        );
      })}
    </p>
  );
}
