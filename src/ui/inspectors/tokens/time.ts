/** Readable times for the inspectors, always relative to the simulated clock (never the wall clock). */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `2026-01-15 09:00:00 UTC` */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Thu 15 Jan 2026, 09:00 UTC`: the header clock. (By hand: Intl's first call costs tens of ms at start-up.) */
export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** A duration in the largest sensible units: `59 min`, `2 h 5 min`, `30 days`, `45 s`. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.round(abs / 1000)} s`;
  if (abs < HOUR) return `${Math.floor(abs / MINUTE)} min`;
  if (abs < DAY) {
    const h = Math.floor(abs / HOUR);
    const m = Math.floor((abs % HOUR) / MINUTE);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  return `${d} day${d === 1 ? '' : 's'}${h ? ` ${h} h` : ''}`;
}

/** `in 59 min` / `3 min ago` / `now`. */
export function relativeTime(targetMs: number, nowMs: number): string {
  const diff = targetMs - nowMs;
  if (Math.abs(diff) < 1000) return 'now';
  return diff > 0 ? `in ${formatDuration(diff)}` : `${formatDuration(diff)} ago`;
}

/** `expires in 59 min` / `expired 3 min ago`, for a JWT `exp` in epoch seconds. */
export function describeExpiry(expSeconds: number, nowMs: number): string {
  const expMs = expSeconds * 1000;
  // jose (and every Cognito verifier) treats exp == now as expired.
  return expMs > nowMs ? `expires ${relativeTime(expMs, nowMs)}` : `expired ${relativeTime(expMs, nowMs)}`.replace('expired now', 'expired just now');
}
