/**
 * Which of a step's log entries are the app's own requests, and where the log ends once some are shown: what the step
 * controls and presenter mode count with the page, apart from the request diagram (sequence.ts), which loads with the
 * first lesson that makes requests.
 */
import type { LogEntry } from '../../engine';

/**
 * The log indexes in [from, to) of the requests made from outside the cloud (the app's): a call made inside the cloud is
 * logged just before the request that made it, and belongs to it.
 */
export function topLevelRequests(entries: readonly LogEntry[], from: number, to: number): number[] {
  const ids = new Set(entries.slice(from, to).map((e) => e.requestId));
  const top: number[] = [];
  for (let i = from; i < to; i++) if (!entries[i]!.parent || !ids.has(entries[i]!.parent!)) top.push(i);
  return top;
}

/** Where the log ends once the first `shown` of those requests are shown, each with the calls made inside it. */
export function revealedEnd(entries: readonly LogEntry[], from: number, to: number, shown: number): number {
  return shown <= 0 ? from : (topLevelRequests(entries, from, to)[shown - 1] ?? to - 1) + 1;
}
