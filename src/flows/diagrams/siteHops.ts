/**
 * What the sequence diagram says of the sites' hops (the hosted UI's, the identity providers', your API's): which of them
 * the simulated browser sent, how a page request reads (its path and grant, not its whole query), and a site's answer in
 * a few words (where it redirects and what it carries, a page, or its JSON's first members).
 */
import { SITES, type LogEntry } from '../../engine';
import { participantAt } from './participants';

/**
 * A request the simulated browser sent (a page of the hosted UI or of an identity provider, a redirect it followed), not
 * the app: as a browser does, it marks its navigations `Sec-Fetch-Mode: navigate` (hostedUi/browse.ts), which the app's
 * own calls (fetch) never carry. A call made inside the cloud is never the browser's.
 */
export function isBrowserHop(entry: Pick<LogEntry, 'parent' | 'http'>): boolean {
  return !entry.parent && entry.http.request.headers['sec-fetch-mode'] === 'navigate';
}

/** The grant a request asks for, from its form body or its query: `grant_type=…` or `response_type=…`. */
function grantText(entry: LogEntry): string | undefined {
  const body = new URLSearchParams(typeof entry.http.request.body === 'string' ? entry.http.request.body : '');
  const grant = body.get('grant_type');
  if (grant) return `grant_type=${grant}`;
  const responseType = safeUrl(entry.http.request.url)?.searchParams.get('response_type');
  return responseType && /\/(oauth2\/authorize|o\/oauth2\/v2\/auth|authorize)$/.test(entry.action) ? `response_type=${responseType}` : undefined;
}

/** A hosted UI hop, or any page the browser asked for: its method and path, with the grant it asks for (not the whole query). */
export function pageText(entry: LogEntry): string {
  const grant = grantText(entry);
  return grant ? `${entry.action} ${grant}` : entry.action;
}

/** The URL, or undefined when it is not one. */
export function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The sites' ids: the hosted UI, your API, the identity providers. */
const SITE_IDS = new Set(SITES.map((site) => site.id));
export const isSite = (entry: Pick<LogEntry, 'service'>) => SITE_IDS.has(entry.service);

/** What a redirect to the app carries: tokens or an ID token in the fragment, or a code in the query. */
function carried(target: URL | undefined): string {
  if (!target) return '';
  const fragment = new URLSearchParams(target.hash.slice(1));
  if (fragment.has('access_token')) return ' with the tokens in the fragment';
  if (fragment.has('id_token')) return ' with the ID token in the fragment';
  if (fragment.has('error') || target.searchParams.has('error')) return ` with error=${fragment.get('error') ?? target.searchParams.get('error')}`;
  return target.searchParams.has('code') ? ' with a code' : '';
}

/**
 * A site's answer in a few words: where it redirects (the app, or a page of its own), that it shows a page, or the first
 * members of its JSON.
 */
export function siteAnswer(entry: LogEntry): string {
  const location = entry.http.response.headers['location'];
  if (entry.status >= 300 && entry.status < 400 && location) {
    const target = safeUrl(new URL(location, entry.http.request.url).href);
    const hostedHere = target?.host === safeUrl(entry.http.request.url)?.host;
    if (hostedHere) return `redirect to ${target?.pathname}`;
    // Off to another site (the hosted UI sending the browser on to Google, a provider back to the hosted UI), else the app.
    const site = target && participantAt(target.host);
    return site ? `redirect to ${site}` : `redirect to the app${carried(target)}`;
  }
  const type = entry.http.response.headers['content-type'] ?? '';
  if (type.includes('html')) return 'the page';
  const keys = Object.keys((entry.response ?? {}) as Record<string, unknown>);
  if (keys.length === 0) return 'OK';
  return keys.length > 3 ? `${keys.slice(0, 3).join(', ')}, …` : keys.join(', ');
}
