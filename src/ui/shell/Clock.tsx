import { formatClock, formatUtc } from '../inspectors/tokens/time';

const MINUTE = 60_000;

interface Props {
  now: number;
  disabled: boolean;
  onAdvance(ms: number): void;
}

/** The simulated time (UTC) and the buttons that move it; nothing here reads the wall clock. */
export function Clock({ now, disabled, onAdvance }: Props) {
  return (
    <div className="clock" role="group" aria-label="Simulated clock">
      <span className="clock-label">Simulated time</span>
      <time dateTime={new Date(now).toISOString()} title={formatUtc(now)} aria-live="polite">
        {formatClock(now)}
      </time>
      <button type="button" className="button" disabled={disabled} onClick={() => onAdvance(5 * MINUTE)}>
        +5 min
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => onAdvance(60 * MINUTE)}>
        +1 h
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => onAdvance(24 * 60 * MINUTE)}>
        +1 day
      </button>
    </div>
  );
}
