import type { OutboxMessage } from '../engine';

/** What the terminal shows for one request: when, what, and how it ended. */
export interface RequestLine {
  /** Wall-clock time the answer left, epoch ms. */
  at: number;
  method: string;
  /** The AWS action (`SignUp`) or, for documents, the path. */
  action: string;
  status: number;
  /** AWS error code and message when the answer was an error. */
  error?: { code: string; message: string };
  ms: number;
}

/** Local wall-clock time: the terminal is read by a person next to it. */
const clockTime = (ms: number) => new Date(ms).toTimeString().slice(0, 8);
const pad = (text: string, width: number) => (text.length >= width ? `${text} ` : text.padEnd(width));

/** `09:15:18  SignUp                    200  4 ms` or `… 400  InvalidParameterException: USER_PASSWORD_AUTH flow not enabled …`. */
export function formatRequest(line: RequestLine): string {
  const outcome = line.error ? `${line.status}  ${line.error.code}${line.error.message ? `: ${line.error.message}` : ''}` : `${line.status}`;
  return `${clockTime(line.at)}  ${pad(line.action, 30)}${outcome}  (${Math.round(line.ms)} ms)`;
}

/** An email or SMS the pool "sent", indented under the request that sent it, with the code easy to spot. */
export function formatMessage(message: OutboxMessage): string {
  const lines = [
    `          ✉ ${message.channel} to ${message.to} (${message.purpose}, pool ${message.userPoolId})${message.code ? `  code: ${message.code}` : ''}`,
  ];
  if (message.subject) lines.push(`            Subject: ${message.subject}`);
  for (const text of message.body.split('\n')) lines.push(`            ${text}`);
  return lines.join('\n');
}

/** The action a request asked for, as far as it can be read without the engine: `X-Amz-Target` suffix, else method and path. */
export function actionOf(method: string, path: string, target: string | undefined): string {
  if (target) return target.slice(target.lastIndexOf('.') + 1) || target;
  return `${method} ${path.length > 60 ? `${path.slice(0, 57)}...` : path}`;
}

/** The AWS error in an answer body, if it is one. */
export function errorOf(status: number, errorType: string | null, body: string): RequestLine['error'] {
  if (status < 300) return undefined;
  let parsed: { __type?: unknown; message?: unknown; Message?: unknown } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // Not JSON: the status and header say enough.
  }
  const code = String(parsed.__type ?? errorType ?? 'Error');
  return { code: code.slice(code.lastIndexOf('#') + 1), message: String(parsed.message ?? parsed.Message ?? '') };
}
