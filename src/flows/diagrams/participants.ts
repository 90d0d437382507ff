/**
 * Who takes part in a sequence diagram: the participant that answered a log entry (the registry's `participant`), the
 * site at a host (where a redirect sends the browser), and the left-to-right order a reader expects.
 */
import { SERVICES, SITES, type LogEntry } from '../../engine';

/**
 * The order a reader expects the parties in, after the Browser and the App: the app's own API, the hosted UI the browser is
 * sent to, the providers it is sent on to, then the services behind them; another service (IAM, S3, Sync) after STS, in
 * the order it first answered. Email comes last (sequence.ts).
 */
const PARTICIPANT_ORDER = ['Your API', 'Hosted UI', 'Google', 'OIDC IdP', 'SAML IdP', 'User pool', 'Identity pool', 'STS'];

/** The participants that answered, in the reader's order. */
export function orderParticipants(answering: readonly string[]): string[] {
  const rank = (p: string) => {
    const known = PARTICIPANT_ORDER.indexOf(p);
    return known >= 0 ? known : PARTICIPANT_ORDER.length + answering.indexOf(p);
  };
  return [...answering].sort((a, b) => rank(a) - rank(b));
}

/** Who answered an entry, as the registry names it for diagrams (`User pool`). */
export function participantOf(entry: Pick<LogEntry, 'service'>): string {
  return [...SERVICES, ...SITES].find((s) => s.id === entry.service)?.participant ?? entry.service;
}

/** The simulated site at a host (`accounts.google.com` → Google), if one answers there. */
export function participantAt(host: string): string | undefined {
  return SITES.find((site) => site.matchHost(host) !== undefined)?.participant;
}
