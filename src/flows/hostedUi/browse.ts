/**
 * The flow's `browse` actor: one request of the simulated browser (open a URL, submit a form, go back), with redirects
 * followed hop by hop through `cloud.fetch`, until a page, or until a redirect leads to the app's own URL (its callback or
 * sign-out URL), which the app takes over instead of the browser fetching it.
 */
import type { Cloud } from '../../engine';
import { setCookiesOf } from '../../engine/setCookies';
import { cookieHeader, newJar, restoreJar, serializeJar, storeCookies, type SerializedCookieJar } from './cookieJar';
import { formByButton } from './forms';
import { isAppUrl, type AppUrls } from './oauth';
import type { BrowseOutput, BrowseRequest } from './setup';

/** One hop: a request the browser sent and what came back. */
export interface Hop {
  method: string;
  url: string;
  status: number;
  location?: string;
  setCookies: string[];
}

/** A page the browser shows, with the redirect chain that led to it. */
export interface PageEntry {
  url: string;
  status: number;
  contentType: string;
  body: string;
  chain: Hop[];
}

/** The browser as JSON: history, where it is in it, and the cookie jar. */
export interface BrowserState {
  history: PageEntry[];
  index: number;
  jar: SerializedCookieJar;
}

const MAX_HOPS = 20;

/**
 * `settings` names the app's own URLs (its callback and sign-out URL): any flow whose app sends the browser somewhere and
 * waits for it to come back (the hosted UI's, or an app signing in with Google) browses with it.
 */
export async function browse(cloud: Cloud, state: unknown, request: BrowseRequest, settings: AppUrls): Promise<BrowseOutput> {
  const current = (state as BrowserState | undefined) ?? { history: [], index: -1, jar: serializeJar(newJar()) };
  if (request.kind === 'back') {
    const index = Math.max(0, current.index - 1);
    // SIMPLIFIED: Back shows the earlier page as it was, without fetching it again.
    return { browser: { ...current, index } };
  }
  const jar = restoreJar(current.jar);
  const page = current.history[current.index];
  let method = 'GET';
  let url: string;
  let body: string | undefined;
  if (request.kind === 'navigate') url = request.url;
  else {
    const form = page ? formByButton(page.body, page.url, request.button) : undefined;
    if (!form) throw { code: 'NoSuchForm', message: `This page has no form with a button "${request.button}".` };
    method = form.method;
    url = form.action;
    body = new URLSearchParams({ ...form.fields, ...request.values }).toString();
  }
  const chain: Hop[] = [];
  for (;;) {
    if (isAppUrl(url, settings)) {
      // The app's own page: the app reads the URL (its query and fragment); nothing is fetched.
      const history = [...current.history.slice(0, current.index + 1), { url, status: 0, contentType: 'app', body: '', chain }];
      return { browser: { history, index: history.length - 1, jar: serializeJar(jar) }, landed: url };
    }
    // What a browser sends with a navigation (Fetch Metadata): the sites' pages, and diagrams, tell the browser's requests by it.
    const headers: Record<string, string> = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
    const cookie = cookieHeader(jar, url, cloud.clock.now());
    if (cookie) headers['cookie'] = cookie;
    if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await cloud.fetch(url, { method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}) });
    const setCookies = setCookiesOf(response);
    storeCookies(jar, url, setCookies, cloud.clock.now());
    const location = response.headers.get('location') ?? undefined;
    chain.push({ method, url, status: response.status, ...(location ? { location } : {}), setCookies });
    if (response.status >= 300 && response.status < 400 && location && chain.length < MAX_HOPS) {
      url = new URL(location, url).href;
      // 307 and 308 repeat the request as it was; the others turn it into a GET (RFC 9110 §15.4).
      if (response.status !== 307 && response.status !== 308) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }
    const entry: PageEntry = { url, status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text(), chain };
    const history = [...current.history.slice(0, current.index + 1), entry];
    return { browser: { history, index: history.length - 1, jar: serializeJar(jar) } };
  }
}
