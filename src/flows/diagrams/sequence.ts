/**
 * The cloud's log as a Mermaid sequence diagram between App, User pool and Email, with a plain-text transcript for screen
 * readers. Each request says who asks, with what, and who decides (`whoDecides.ts`), and so whether it is authentication (who are
 * you?), authorization (what may you do?) or neither (no identity checked).
 */
import { SERVICES, SITES, type LogEntry, type OutboxMessage } from '../../engine';
import { mermaidText } from './mermaidText';
import { labelOf, labelText, whoDecides, whoDecidesText, type MessageLabel } from './whoDecides';

export { labelOf, type MessageLabel } from './whoDecides';

export interface TranscriptLine {
  text: string;
  label: MessageLabel;
  /** Sent during the step being shown (at or after `highlight`). */
  current: boolean;
  /** On a request: who asks, with what, and who decides. */
  strip?: string;
}

export interface SequenceOptions {
  /** First log index to draw (e.g. `logStart`, hiding the scenario's setup calls). Default 0. */
  from?: number;
  /** Log index to stop before (e.g. `stepLogMarks[stepIndex]`). Default: the whole log. */
  upTo?: number;
  /** Log index from which messages belong to the current step and are highlighted. Default: none highlighted. */
  highlight?: number;
  /** Progressive reveal's pause: the last drawn request's response (and mail) waits, with "What will … answer?" in its place. */
  holdLastResponse?: boolean;
}

export interface SequenceDiagram {
  mermaid: string;
  transcript: TranscriptLine[];
}

/** For each log index, the messages the cloud sent while answering it: every message carries the id of its request. */
export function mailByEntry(entries: readonly LogEntry[], outbox: readonly OutboxMessage[]): Map<number, OutboxMessage[]> {
  const indexOf = new Map(entries.map((e, i) => [e.requestId, i]));
  const byEntry = new Map<number, OutboxMessage[]>();
  for (const message of outbox) {
    const index = indexOf.get(message.requestId);
    if (index === undefined) continue;
    byEntry.set(index, [...(byEntry.get(index) ?? []), message]);
  }
  return byEntry;
}

function requestText(entry: LogEntry): string {
  const request = (entry.request ?? {}) as Record<string, unknown>;
  const detail =
    typeof request['AuthFlow'] === 'string'
      ? request['AuthFlow']
      : typeof request['ChallengeName'] === 'string'
        ? request['ChallengeName']
        : typeof request['AccessToken'] === 'string'
          ? 'with the access token'
          : typeof request['Username'] === 'string'
            ? request['Username']
            : '';
  return detail ? `${entry.action} ${detail}` : entry.action;
}

function responseText(entry: LogEntry): string {
  if (entry.error) return entry.error.code;
  const response = (entry.response ?? {}) as Record<string, unknown>;
  const result = response['AuthenticationResult'] as Record<string, unknown> | undefined;
  if (result) return result['RefreshToken'] ? 'ID, access and refresh tokens' : 'ID and access tokens';
  if (typeof response['ChallengeName'] === 'string') return `challenge ${response['ChallengeName']}`;
  const keys = Object.keys(response);
  return keys.length > 0 ? keys.join(', ') : 'OK';
}

/** Who answered an entry, as the registry names it for diagrams (`User pool`). */
export function participantOf(entry: Pick<LogEntry, 'service'>): string {
  return [...SERVICES, ...SITES].find((s) => s.id === entry.service)?.participant ?? entry.service;
}

/** `User pool` → `the user pool`, `Your API` → `your API`: a participant inside a sentence. */
const theParty = (participant: string) =>
  /^your /i.test(participant) ? `y${participant.slice(1)}` : `the ${participant.charAt(0).toLowerCase()}${participant.slice(1)}`;

/** The log (and the mail it caused) between `from` and `upTo` as Mermaid text and a transcript. */
export function sequenceDiagram(entries: readonly LogEntry[], outbox: readonly OutboxMessage[], options: SequenceOptions = {}): SequenceDiagram {
  const from = Math.max(0, options.from ?? 0);
  const upTo = Math.min(entries.length, options.upTo ?? entries.length);
  const highlight = options.highlight ?? Infinity;
  const mail = mailByEntry(entries, outbox);
  // The current step's messages sit in a highlighted box.
  const start = Math.max(from, highlight);
  const drawn = entries.slice(from, upTo);
  const byRequest = new Map(drawn.map((e) => [e.requestId, e]));
  // App first, then each service in the order it first answers (the user pool alone when nothing was sent yet), then the mail.
  const services = [...new Set(drawn.length ? drawn.map(participantOf) : [participantOf({ service: SERVICES[0]?.id ?? '' })])];
  const lines = ['sequenceDiagram', '  participant App', ...services.map((p) => `  participant ${p}`), '  participant Email'];
  const transcript: TranscriptLine[] = [];
  for (let i = from; i < upTo; i++) {
    const entry = entries[i]!;
    const label = labelOf(entry);
    const current = i >= highlight;
    const add = (arrow: string, text: string, spoken: string, strip?: string) => {
      lines.push(`  ${arrow}: ${mermaidText(text)}`);
      transcript.push(strip ? { text: spoken, label, current, strip } : { text: spoken, label, current });
    };
    if (i === start) lines.push('  rect rgba(255, 221, 87, 0.25)');
    const request = requestText(entry);
    const to = participantOf(entry);
    // A call made inside the cloud (ctx.call) comes from the service that made it.
    const parent = entry.parent ? byRequest.get(entry.parent) : undefined;
    const caller = parent ? participantOf(parent) : 'App';
    const said = labelText(label);
    // A call inside the cloud is the service's own: the table speaks of the app's.
    const strip = parent ? undefined : whoDecidesText(whoDecides(entry));
    add(`${caller}->>${to}`, `${request} (${said})`, `${caller} → ${to}: ${request} (${said})`, strip);
    if (options.holdLastResponse && i === upTo - 1) {
      const question = `What will ${theParty(to)} answer?`;
      lines.push(`  Note over ${caller},${to}: ${mermaidText(question)}`);
      transcript.push({ text: `${question} (the next key shows it)`, label, current });
      break;
    }
    for (const message of mail.get(i) ?? []) {
      const text = `${message.channel === 'SMS' ? 'SMS' : 'email'} "${message.subject}" to ${message.to}`;
      add(`${to}-)Email`, text, `${to} → Email: ${text}`);
    }
    const response = responseText(entry);
    add(entry.error ? `${to}--x${caller}` : `${to}-->>${caller}`, `${entry.status} ${response}`, `${to} → ${caller}: ${entry.status} ${response}`);
  }
  if (start < upTo) lines.push('  end');
  return { mermaid: lines.join('\n'), transcript };
}
