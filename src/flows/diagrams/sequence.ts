/**
 * The cloud's log as a Mermaid sequence diagram between the Browser, the App, the sites (Your API, the hosted UI, the
 * identity providers), the services (User pool, Identity pool, STS…) and Email, with a plain-text transcript for screen
 * readers. Each request says who asks, with what, and who decides (`whoDecides.ts`), and so whether it is authentication (who are
 * you?), authorization (what may you do?) or neither (no identity checked).
 */
import { cognitoIdp, hostedUi, SERVICES, type LogEntry, type OutboxMessage } from '../../engine';
import { isIdentitySide } from './identityDecides';
import { isBrowserHop, isSite, pageText, safeUrl, siteAnswer } from './siteHops';
import { mermaidText } from './mermaidText';
import { orderParticipants, participantOf } from './participants';
import { topLevelRequests } from './requestSpans';
import { bearerTokenUse, bearerWords, labelOf, labelText, whoDecides, whoDecidesText, type MessageLabel } from './whoDecides';

export { labelOf, type MessageLabel } from './whoDecides';
export { orderParticipants, participantOf } from './participants';
export { isBrowserHop } from './siteHops';
export { revealedEnd, topLevelRequests } from './requestSpans';

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
  if (entry.service === hostedUi.id || isBrowserHop(entry)) return pageText(entry);
  // A site's request reads as its method, path and query, with the bearer token it carries: `GET /orders with the access token`.
  if (!entry.http.request.headers['x-amz-target'] && entry.action.includes(' ')) {
    const use = bearerTokenUse(entry.http.request.headers);
    const search = safeUrl(entry.http.request.url)?.search ?? '';
    return `${entry.action}${search}${use ? ` with ${bearerWords(use)}` : ''}`;
  }
  const request = (entry.request ?? {}) as Record<string, unknown>;
  if (isIdentitySide(entry)) {
    const detail = identityDetail(entry.action, request);
    return detail ? `${entry.action} ${detail}` : entry.action;
  }
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

/** The identity pool's calls an app makes with the user's logins, or none for a guest. */
const LOGIN_ACTIONS = new Set(['GetId', 'GetCredentialsForIdentity', 'GetOpenIdToken']);

/**
 * What an identity-side request names: the login it carries (`with the ID token`, or `as a guest` when it carries none),
 * the role (`role Auth`), the object (`photos/us-east-1:…/a.txt`) or the dataset (`dataset settings`).
 */
function identityDetail(action: string, request: Record<string, unknown>): string {
  const text = (key: string) => (typeof request[key] === 'string' ? (request[key] as string) : undefined);
  if (text('DatasetName')) return `dataset ${text('DatasetName')}`;
  if (LOGIN_ACTIONS.has(action)) {
    const logins = request['Logins'] && typeof request['Logins'] === 'object' ? Object.keys(request['Logins']) : [];
    if (logins.length)
      return logins.every((p) => p.startsWith(`${cognitoIdp.endpointPrefix}.`)) ? 'with the ID token' : `with the ${logins.join(' and ')} login`;
    return 'as a guest';
  }
  if (text('RoleArn')) return `role ${text('RoleArn')!.split('/').at(-1)}`;
  if (text('Bucket')) return text('Key') ? `${text('Bucket')}/${text('Key')}` : text('Bucket')!;
  return text('RoleName') ?? text('PolicyName') ?? '';
}

function responseText(entry: LogEntry): string {
  if (entry.error) return entry.error.code;
  if (isSite(entry)) return siteAnswer(entry);
  const response = (entry.response ?? {}) as Record<string, unknown>;
  const result = response['AuthenticationResult'] as Record<string, unknown> | undefined;
  if (result) return result['RefreshToken'] ? 'ID, access and refresh tokens' : 'ID and access tokens';
  if (typeof response['ChallengeName'] === 'string') return `challenge ${response['ChallengeName']}`;
  if (isIdentitySide(entry)) return identityResponseText(response);
  const keys = Object.keys(response);
  return keys.length > 0 ? keys.join(', ') : 'OK';
}

/** An identity-side answer in a few words: the credentials or token it carries, the object's size, else its first members. */
function identityResponseText(response: Record<string, unknown>): string {
  const user = response['AssumedRoleUser'] as { Arn?: string } | undefined;
  const session = user?.Arn?.split('/').slice(1).join('/');
  const credentials = response['Credentials'] ? `temporary credentials${session ? ` for ${session}` : ''}` : undefined;
  const token = typeof response['Token'] === 'string' ? 'OpenID token' : undefined;
  const id = typeof response['IdentityId'] === 'string' && (credentials || token) ? 'IdentityId' : undefined;
  if (credentials || token) return [id, credentials ?? token].filter(Boolean).join(', ');
  if (response['Body'] !== undefined) return `the object${typeof response['ContentLength'] === 'number' ? `, ${response['ContentLength']} bytes` : ''}`;
  const keys = Object.keys(response);
  if (keys.length === 0) return 'OK';
  return keys.length > 3 ? `${keys.slice(0, 3).join(', ')}, …` : keys.join(', ');
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
  // Browser and App first, then every party that answered in the order a reader expects (participants.ts; the user pool
  // alone when nothing was sent yet), then the mail.
  const answering = [...new Set(drawn.length ? drawn.map(participantOf) : [participantOf({ service: SERVICES[0]?.id ?? '' })])];
  const services = orderParticipants(answering);
  // Email takes part where the user pool does (it sends the codes), or when mail was sent.
  const mailing = [...mail.keys()].some((i) => i >= from && i < upTo) || answering.includes(participantOf({ service: cognitoIdp.id }));
  // The simulated browser, when it sent something: first, as the person in front of it is where a sign-in starts.
  const browsing = drawn.some(isBrowserHop);
  const lines = [
    'sequenceDiagram',
    ...(browsing ? ['  participant Browser'] : []),
    '  participant App',
    ...services.map((p) => `  participant ${p}`),
    ...(mailing ? ['  participant Email'] : []),
  ];
  const transcript: TranscriptLine[] = [];
  // A call made inside the cloud is logged before the request that made it; it is drawn inside that request, after its arrow.
  const nested = new Map<string, number[]>();
  for (let i = from; i < upTo; i++) {
    const parentId = entries[i]!.parent;
    if (parentId && byRequest.has(parentId)) nested.set(parentId, [...(nested.get(parentId) ?? []), i]);
  }
  let boxOpen = false;
  const held = options.holdLastResponse ? topLevelRequests(entries, from, upTo).at(-1) : undefined;
  const draw = (i: number, caller: string, inside?: LogEntry) => {
    const entry = entries[i]!;
    const label = labelOf(entry);
    const current = i >= highlight;
    // A call made inside another is spoken as such: "Inside GetCredentialsForIdentity, Identity pool → STS: …".
    const within = inside ? `Inside ${inside.action}, ` : '';
    const add = (arrow: string, text: string, spoken: string, strip?: string) => {
      lines.push(`  ${arrow}: ${mermaidText(text)}`);
      const said = `${within}${spoken}`;
      transcript.push(strip ? { text: said, label, current, strip } : { text: said, label, current });
    };
    const request = requestText(entry);
    const to = participantOf(entry);
    const said = labelText(label);
    const children = i === held ? [] : (nested.get(entry.requestId) ?? []);
    // A request that makes calls of its own is active (a bar on its lifeline) until it answers, and its calls sit in a box.
    const activate = children.length > 0 ? '+' : '';
    // A call inside the cloud is the service's own: the table speaks of the app's.
    const strip = caller === 'App' || caller === 'Browser' ? whoDecidesText(whoDecides(entry)) : undefined;
    add(`${caller}->>${activate}${to}`, `${request} (${said})`, `${caller} → ${to}: ${request} (${said})`, strip);
    if (i === held) {
      // Progressive reveal's pause: what happens inside the request, and its answer, wait for the next key.
      const question = `What will ${theParty(to)} answer?`;
      lines.push(`  Note over ${caller},${to}: ${mermaidText(question)}`);
      transcript.push({ text: `${question} (the next key shows it)`, label, current });
      return;
    }
    if (children.length) {
      lines.push('  rect rgba(120, 150, 230, 0.14)');
      lines.push(`  Note right of ${to}: ${mermaidText(`inside ${entry.action}`)}`);
      for (const child of children) draw(child, to, entry);
      lines.push('  end');
    }
    for (const message of mail.get(i) ?? []) {
      const text = `${message.channel === 'SMS' ? 'SMS' : 'email'} "${message.subject}" to ${message.to}`;
      add(`${to}-)Email`, text, `${to} → Email: ${text}`);
    }
    const response = responseText(entry);
    const back = entry.error ? '--x' : '-->>';
    add(`${to}${back}${activate ? '-' : ''}${caller}`, `${entry.status} ${response}`, `${to} → ${caller}: ${entry.status} ${response}`);
  };
  for (let i = from; i < upTo; i++) {
    const parentId = entries[i]!.parent;
    if (parentId && byRequest.has(parentId)) continue;
    if (!boxOpen && i >= start) {
      lines.push('  rect rgba(255, 221, 87, 0.25)');
      boxOpen = true;
    }
    draw(i, isBrowserHop(entries[i]!) ? 'Browser' : 'App');
  }
  if (boxOpen) lines.push('  end');
  return { mermaid: lines.join('\n'), transcript };
}
