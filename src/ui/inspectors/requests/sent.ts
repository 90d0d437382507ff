/**
 * What a logged request carried, read without the snippet builders (the Tokens tab and lesson focus need it in the first
 * chunk): whether it went to the hosted UI, its form fields in the order sent, and its Authorization header.
 */
import { hostedUi, type LogEntry } from '../../../engine';

/** A header's value, whatever its case in the log. */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/** A request to the hosted UI's domain. */
export function isHostedUiCall(entry: { service?: string }): boolean {
  return entry.service === hostedUi.id;
}

export interface Sent {
  url: string;
  method: string;
  /** The form's fields in the order sent (a POST's body). */
  form: [string, string][];
  authorization: string | undefined;
  contentType: string | undefined;
}

export function sent(entry: LogEntry): Sent {
  const { url, method, headers, body } = entry.http.request;
  const contentType = headerValue(headers, 'content-type');
  const isForm = method === 'POST' && (contentType ?? '').startsWith('application/x-www-form-urlencoded');
  return { url, method, form: isForm ? [...new URLSearchParams(body)] : [], authorization: headerValue(headers, 'authorization'), contentType };
}

/** The request as the Requests tab shows it: a hosted UI form POST's fields (the log's `request` holds only its query). */
export function requestShown(entry: LogEntry): unknown {
  if (!isHostedUiCall(entry)) return entry.request;
  const { form } = sent(entry);
  return form.length ? Object.fromEntries(form) : entry.request;
}
